import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { listSessionPage } from '@/db/queries/session-pages';
import { requireViewer } from '@/server/auth';
import { getServerEnv } from '@/server/env';
import { encodeSessionCursor } from '@/server/sessions/list-page';
import { OlderSessions } from './_components/older-sessions';
import { SessionRow } from './_components/session-row';
import './_components/sessions.css';

export default async function SessionsPage() {
  const { viewer } = await requireViewer('/sessions');
  const [t, page] = await Promise.all([getTranslations('sessions'), listSessionPage(viewer, { limit: getServerEnv().sessionsPageSize })]);
  const sessions = page.rows;
  return (
    <>
      <div className="page-heading">
        <h1>{t('heading')}</h1>
        <Link href="/sessions/import" className="button" data-testid="import-link">
          {t('importLink')}
        </Link>
      </div>
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
          <OlderSessions initialCursor={page.next ? encodeSessionCursor(page.next) : null} />
        </>
      )}
    </>
  );
}
