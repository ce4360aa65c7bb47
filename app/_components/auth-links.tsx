'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** Sign in / create account from the header, coming back to this page afterwards (the forms check `next`). */
export function AuthLinks({ signIn, signUp }: { signIn: string; signUp: string }) {
  const pathname = usePathname();
  // From the start page or the auth pages themselves there is nowhere particular to return to.
  const back = pathname === '/' || pathname === '/sign-in' || pathname === '/sign-up' ? '' : `?next=${encodeURIComponent(pathname)}`;
  return (
    <>
      <Link href={`/sign-in${back}`} className="button button-quiet">
        {signIn}
      </Link>
      <Link href={`/sign-up${back}`} className="button">
        {signUp}
      </Link>
    </>
  );
}
