import { getTranslations } from 'next-intl/server';
import { sessionExportFormats } from '@/lib/session/export/session-export';

/** Plain download links: the browser saves the file under the name the server gives (it holds the date). */
export async function SessionExportLinks({ sessionId }: { sessionId: string }) {
  const t = await getTranslations('data.sessionExport');
  const base = `/api/sessions/${encodeURIComponent(sessionId)}/export`;
  return (
    <section className="card" aria-labelledby="session-export-heading">
      <h2 id="session-export-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className="actions">
        {sessionExportFormats.map((format) => (
          <a key={format} className="button" href={`${base}?format=${format}`} download data-testid={`export-${format}`}>
            {t(format)}
          </a>
        ))}
      </div>
    </section>
  );
}
