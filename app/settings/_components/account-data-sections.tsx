import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { DeleteAccount } from './delete-account';
import './account-data.css';

/** Settings' part about the person's data: bring recordings in, take all of it along, or delete the account. */
export async function AccountDataSections({ email, userId }: { email: string; userId: string }) {
  const t = await getTranslations('data');
  return (
    <>
      <section className="card" aria-labelledby="account-export-heading">
        <h2 id="account-export-heading">{t('accountExport.heading')}</h2>
        <p>{t('accountExport.intro')}</p>
        <div className="actions">
          <a className="button" href="/api/account/export" download data-testid="export-account">
            {t('accountExport.button')}
          </a>
          <Link className="button" href="/sessions/import" data-testid="settings-import-link">
            {t('accountExport.import')}
          </Link>
        </div>
      </section>
      <section className="card danger-card" aria-labelledby="delete-account-heading">
        <h2 id="delete-account-heading">{t('deleteAccount.heading')}</h2>
        <p>{t('deleteAccount.intro')}</p>
        <DeleteAccount email={email} userId={userId} />
      </section>
    </>
  );
}
