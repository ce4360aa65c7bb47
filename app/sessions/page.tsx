import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listSessions } from '@/db/queries/sessions';
import { requireViewer } from '@/server/auth';
import { SessionRow } from './_components/session-row';
import './_components/sessions.css';

export default async function SessionsPage() {
  const { viewer } = await requireViewer('/sessions');
  const [t, sessions] = await Promise.all([getTranslations('sessions'), listSessions(viewer)]);
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
