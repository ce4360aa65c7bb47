'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { PracticeSessionListRow } from '@/db/queries/sessions';
import { SessionRow } from './session-row';

type ListedSession = Omit<PracticeSessionListRow, 'startedAt'> & { startedAt: string };

/**
 * The rows after the first page and the button that fetches the next page. Focus moves to the first
 * newly shown row, so a keyboard or screen-reader user continues where the new rows begin.
 * `listPath` is the API list that pages (the person's own, or a client's for a practitioner) and
 * `rowPath` where a row opens; both default to the person's own sessions.
 */
export function OlderSessions({ initialCursor, listPath = '/api/sessions', rowPath = '/sessions' }: { initialCursor: string | null; listPath?: string; rowPath?: string }) {
  const t = useTranslations('sessionPages');
  const [rows, setRows] = useState<PracticeSessionListRow[]>([]);
  const [cursor, setCursor] = useState(initialCursor);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusId) return;
    listRef.current?.querySelector<HTMLElement>(`[data-session-id="${focusId}"]`)?.focus();
  }, [focusId]);

  if (cursor === null && rows.length === 0) return null;

  const loadOlder = async () => {
    if (cursor === null) return;
    setState('loading');
    try {
      const response = await fetch(`${listPath}?cursor=${encodeURIComponent(cursor)}`, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`status ${response.status}`);
      const body = (await response.json()) as { sessions: ListedSession[]; nextCursor: string | null };
      const added = body.sessions.map((row) => ({ ...row, startedAt: new Date(row.startedAt) }));
      setRows((shown) => [...shown, ...added]);
      setCursor(body.nextCursor);
      setFocusId(added[0]?.id ?? null);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      {rows.length > 0 ? (
        <ol className="session-list session-list-older" data-testid="session-list-older" ref={listRef}>
          {rows.map((row) => (
            <SessionRow key={row.id} session={row} href={`${rowPath}/${encodeURIComponent(row.id)}`} />
          ))}
        </ol>
      ) : null}
      {cursor !== null ? (
        <div className="actions">
          <button type="button" className="button" data-testid="show-older-sessions" onClick={loadOlder} disabled={state === 'loading'}>
            {state === 'loading' ? t('loading') : t('showOlder')}
          </button>
        </div>
      ) : null}
      {state === 'failed' ? (
        <p className="form-error" role="alert">
          {t('failed')}
        </p>
      ) : null}
    </>
  );
}
