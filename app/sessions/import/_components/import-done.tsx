'use client';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { ImportedFile } from '@/lib/session/import/import-results';

/** After an import: a link to each session it made (or found), and the way on. */
export function ImportDone({ files, timeZone, onMore }: { files: ImportedFile[]; timeZone: string; onMore: () => void }) {
  const t = useTranslations('imports.done');
  const format = useFormatter();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the outcome, so a keyboard or screen-reader user hears what happened.
  useEffect(() => heading.current?.focus(), []);
  const sessions = files.filter((file, i) => files.findIndex((other) => other.sessionId === file.sessionId) === i);
  const names = (sessionId: string) => files.filter((file) => file.sessionId === sessionId).map((file) => file.name).join(', ');
  return (
    <section className="card" aria-labelledby="import-done-heading" data-testid="import-done">
      <h2 id="import-done-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p>{t('text', { count: sessions.length })}</p>
      <ul className="import-done-list">
        {sessions.map((file) => (
          <li key={file.sessionId}>
            <Link href={`/sessions/${file.sessionId}`} data-testid="imported-session-link" data-session-id={file.sessionId}>
              {t('open', { date: format.dateTime(new Date(file.startedAt), { dateStyle: 'medium', timeStyle: 'short', timeZone }) })}
            </Link>{' '}
            {/* Two files of one recording are one session: both names stand by it. */}
            <span className="hint">{names(file.sessionId)}</span> {file.created ? null : <span className="hint">{t('existing')}</span>}
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={onMore}>
          {t('more')}
        </button>
        <Link href="/sessions" className="button button-primary">
          {t('all')}
        </Link>
      </div>
    </section>
  );
}
