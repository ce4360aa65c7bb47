import Link from 'next/link';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { getCurrentSession, toViewer } from '@/server/auth';
import { lookUpInviteForPage, requestAddress } from '@/server/practitioners/invite-guesses';
import { orNotFound } from '@/app/_lib/or-not-found';
import { AcceptInviteForm } from './accept-invite-form';

/**
 * An unknown, used or expired code renders ./not-found.tsx with a 404 (orNotFound). Lookups count
 * against the same allowance as GET /api/invites/:code; past it the page says how long to wait.
 */
export default async function InvitePage({ params }: { params: Promise<{ code: string }> }) {
  const [{ code }, requestHeaders] = await Promise.all([params, headers()]);
  const session = await getCurrentSession();
  const lookUp = lookUpInviteForPage(requestAddress(requestHeaders), session ? toViewer(session) : null, code);
  const [t, found] = await Promise.all([getTranslations('practitioners.acceptInvite'), orNotFound(lookUp)]);
  if ('retryAfterS' in found) {
    return (
      <section className="auth-card" data-testid="invite-too-many">
        <h1>{t('tooManyHeading')}</h1>
        <p>{t('tooManyBody', { minutes: Math.max(1, Math.ceil(found.retryAfterS / 60)) })}</p>
        <div className="actions">
          <Link href="/" className="button">
            {t('home')}
          </Link>
        </div>
      </section>
    );
  }
  const { invite } = found;
  const name = invite.practitioner.name;
  const back = encodeURIComponent(`/invite/${code}`);
  return (
    <section className="auth-card" data-testid="invite">
      <h1 data-testid="invite-practitioner">{t('heading', { name })}</h1>
      <p>{t('body', { name })}</p>
      {!session ? (
        <>
          <p className="notice">{t('signedOut')}</p>
          <div className="actions">
            <Link href={`/sign-in?next=${back}`} className="button button-primary" data-testid="invite-sign-in">
              {t('signIn')}
            </Link>
            <Link href={`/sign-up?next=${back}`} className="button" data-testid="invite-sign-up">
              {t('signUp')}
            </Link>
          </div>
        </>
      ) : session.user.role === 'practitioner' ? (
        <>
          <p className="notice" role="status" data-testid="invite-practitioner-note">
            {t('practitionerNote')}
          </p>
          <div className="actions">
            <Link href="/clients" className="button">
              {t('practitionerClients')}
            </Link>
          </div>
        </>
      ) : (
        <AcceptInviteForm code={code} practitionerName={name} />
      )}
    </section>
  );
}
