import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listOwnSessions } from '@/db/practice-sessions';
import { requireSession } from '@/server/auth';
import { SessionRow } from './_components/session-row';
import './_components/sessions.css';

export default async function SessionsPage() {
  const session = await requireSession('/sessions');
  const t = await getTranslations('sessions');
  const sessions = listOwnSessions(getDb(), session.user.id);
  return (
    <>
      <h1>{t('heading')}</h1>
      {sessions.length === 0 ? (
        <section className="card" data-testid="sessions-empty">
          <h2>{t('empty.heading')}</h2>
          <p>{t('empty.text')}</p>
          <div className="actions">
            <Link href="/breathe" className="button button-primary">
              {t('empty.link')}
            </Link>
          </div>
        </section>
      ) : (
        <>
          <p className="lead">{t('intro')}</p>
          <ol className="session-list" data-testid="session-list">
            {sessions.map((row) => (
              <SessionRow key={row.id} session={row} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}
