import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { SessionSummaryView } from '@/app/_components/session-summary/session-summary-view';
import type { SessionSummary } from '@/lib/hrv';
import { getJournal, getUploader } from '@/lib/session/journal/browser-journal';
import type { JournalErrorCode } from '@/lib/session/journal/journal-error';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import type { CheckIn, SessionUpload } from '@/lib/session/protocol/record';
import { buildSessionView } from '@/lib/session/summary/session-view';
import { CheckInForm } from '@/app/_components/check-in/check-in-form';
import { ContextEditor } from '@/app/_components/context/context-editor';
import { canDiscardShortSession } from '@/lib/session/journal/discard-session';
import { DiscardShortSession } from './discard-short-session';
import { SaveStatus } from './save-status';

export interface SessionOutcomeProps {
  session: JournalSession;
  record: SessionUpload | null;
  summary: SessionSummary | null;
  /** Why the browser is not keeping this session (it lives in this tab only), or null. */
  storage: JournalErrorCode | null;
  /** The beats could not be read back: no summary will come. */
  summaryFailed: boolean;
  onStored: (session: JournalSession) => void;
  onNewSession: () => void;
}

/**
 * After the session: the result first (where it is kept, then the shift and what it means), then the
 * check-in, then the chart and the details.
 */
export function SessionOutcome({ session, record, summary, storage, summaryFailed, onStored, onNewSession }: SessionOutcomeProps) {
  const t = useTranslations('session.outcome');
  const [checkInState, setCheckInState] = useState<'idle' | 'saving' | 'saved' | 'error'>(session.checkIn ? 'saved' : 'idle');
  const serverSummary = session.upload.serverSummary;
  const shown = serverSummary ?? summary;
  const view = useMemo(() => (record && shown ? buildSessionView(record, shown) : null), [record, shown]);

  const saveCheckIn = async (checkIn: CheckIn) => {
    setCheckInState('saving');
    try {
      const journal = await getJournal();
      const stored = await journal.updateSession(session.id, (s) => ({ ...s, checkIn, upload: { ...s.upload, checkInSynced: false, checkInError: null } }));
      onStored(stored);
      setCheckInState('saved');
      // Signed in: sent now, or queued with the upload. A guest's goes with the upload once they have an account.
      if (stored.owner !== null) {
        const uploader = await getUploader();
        // A failed send is retried by the uploader and shown by the save status: nothing to add here.
        void uploader
          .sync(session.id)
          .then((s) => s && onStored(s))
          .catch(() => undefined);
      }
    } catch {
      setCheckInState('error');
    }
  };

  const checkInForm = <CheckInForm initial={session.checkIn} onSave={saveCheckIn} state={checkInState} />;
  return (
    <div data-testid="session-outcome" data-session-id={session.id}>
      <section className="card" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading" tabIndex={-1}>
          {session.endedEarly ? t('headingEarly') : t('heading')}
        </h2>
        <SaveStatus session={session} storage={storage} />
        <div className="actions">
          <button type="button" className="button" data-testid="new-session" onClick={onNewSession}>
            {t('newSession')}
          </button>
          {canDiscardShortSession(session) ? <DiscardShortSession session={session} onDiscarded={onNewSession} /> : null}
        </div>
      </section>
      {view ? (
        <div data-testid="summary-source" data-source={serverSummary ? 'server' : 'browser'}>
          <SessionSummaryView view={view} checkIn={checkInForm} />
        </div>
      ) : (
        <>
          {summaryFailed ? (
            <p className="form-error" role="alert" data-testid="summary-failed">
              {t('summaryFailed')}
            </p>
          ) : (
            <p className="hint" role="status">
              {t('computing')}
            </p>
          )}
          {checkInForm}
        </>
      )}
      <section className="card" aria-labelledby="recording-heading">
        <h2 id="recording-heading">{t('recordingHeading')}</h2>
        <dl className="facts">
          <dt>{t('beats')}</dt>
          <dd data-testid="summary-beats">{session.beatCount}</dd>
          <dt>{t('gaps')}</dt>
          <dd data-testid="summary-gaps" data-count={session.gaps.length}>
            {session.gaps.length === 0 ? t('gapsNone') : t('gapsValue', { count: session.gaps.length, seconds: Math.round(session.gaps.reduce((s, g) => s + g.endMs - g.startMs, 0) / 1000) })}
          </dd>
        </dl>
      </section>
      {session.owner !== null && session.upload.status === 'done' ? <ContextEditor sessionId={session.id} /> : null}
    </div>
  );
}
