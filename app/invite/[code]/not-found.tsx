import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** An unknown, used or expired invite: one calm message for all three, so a code reveals nothing. */
export default async function InviteNotFound() {
  const t = await getTranslations('practitioners');
  return (
    <section className="auth-card" data-testid="invite-not-found">
      <h1>{t('acceptInvite.notFoundHeading')}</h1>
      <p>{t('acceptInvite.notFoundBody')}</p>
      <div className="actions">
        <Link href="/" className="button">
          {t('acceptInvite.home')}
        </Link>
      </div>
    </section>
  );
}
