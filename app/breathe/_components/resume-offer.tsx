import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { RESUME_WITHIN_MS } from '@/lib/session/journal/interrupted-session';
import type { JournalSession } from '@/lib/session/journal/journal-types';

interface Props {
  session: JournalSession;
  /** False after a long interruption: only saving (or discarding) is offered. */
  resumable: boolean;
  canResume: boolean;
  onResume: () => void;
  onSave: () => void;
  onDiscard: () => void;
}

/** A session cut off by a reload or a crash: continue it (after a short break), keep what was recorded, or (asked twice) discard it. */
export function ResumeOffer({ session, resumable, canResume, onResume, onSave, onDiscard }: Props) {
  const t = useTranslations('session.resume');
  const format = useFormatter();
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="card notice" data-testid="resume-offer" data-session-id={session.id} aria-labelledby="resume-heading">
      <h2 id="resume-heading">{t('heading')}</h2>
      <p>
        {t('text', {
          started: format.dateTime(new Date(session.startedAtEpochMs), { hour: '2-digit', minute: '2-digit' }),
          beats: session.beatCount,
          minutes: Math.floor(session.lastSeenMs / 60_000),
          seconds: Math.floor((session.lastSeenMs % 60_000) / 1000),
        })}
      </p>
      {resumable ? null : (
        <p className="hint" data-testid="resume-too-late">
          {t('tooLate', { minutes: RESUME_WITHIN_MS / 60_000 })}
        </p>
      )}
      <div className="actions">
        {resumable ? (
          <button type="button" className="button button-primary" data-testid="resume-session" onClick={onResume} disabled={!canResume}>
            {t('resume')}
          </button>
        ) : null}
        <button type="button" className={resumable ? 'button' : 'button button-primary'} data-testid="save-recorded" onClick={onSave}>
          {t('save')}
        </button>
        {confirming ? null : (
          <button type="button" className="button button-quiet" data-testid="discard-recorded" onClick={() => setConfirming(true)}>
            {t('discard')}
          </button>
        )}
      </div>
      {confirming ? (
        <div className="actions" role="alert">
          <p>{t('discardConfirm', { beats: session.beatCount })}</p>
          <button type="button" className="button" data-testid="confirm-discard" onClick={onDiscard}>
            {t('discardYes')}
          </button>
          <button type="button" className="button button-primary" onClick={() => setConfirming(false)}>
            {t('discardNo')}
          </button>
        </div>
      ) : null}
      {canResume || !resumable ? null : <p className="hint">{t('needsStrap')}</p>}
    </section>
  );
}
