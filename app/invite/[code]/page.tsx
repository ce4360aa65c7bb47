import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getCurrentSession, toViewer } from '@/server/auth';
import { getInvite } from '@/server/practitioners/invites';
import { orNotFound } from '@/app/_lib/or-not-found';
import { AcceptInviteForm } from './accept-invite-form';

/** An unknown, used or expired code renders ./not-found.tsx with a 404 (orNotFound). */
export default async function InvitePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const session = await getCurrentSession();
  const [t, invite] = await Promise.all([getTranslations('practitioners.acceptInvite'), orNotFound(getInvite(session ? toViewer(session) : null, code))]);
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
        <p className="notice" role="status" data-testid="invite-practitioner-note">
          {t('practitionerNote')}
        </p>
      ) : (
        <AcceptInviteForm code={code} practitionerName={name} />
      )}
    </section>
  );
}
