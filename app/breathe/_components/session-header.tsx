import { useLocale, useTranslations } from 'next-intl';
import type { PracticeText } from '@/lib/session/practice/practice-script';
import type { PracticeId } from '@/lib/session/protocol/record';
import { useState } from 'react';
import type { PhaseName } from '@/lib/hrv';
import { currentPhase, phaseRemainingMs, totalRemainingMs, type RunnerState } from '@/lib/session/runner/session-runner';
import { FinishDialog } from './finish-dialog';
import styles from './session.module.css';

function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

interface Props {
  runner: RunnerState;
  /** Session time now, ms (updated a few times a second, not per frame). */
  nowMs: number;
  focus: boolean;
  /** During a guided practice: which one, and the step it is at (the phase line names the step). */
  practice?: { id: PracticeId; step: PracticeText } | null;
  onPause: () => void;
  onResume: () => void;
  onFinish: () => void;
  onToggleFocus: () => void;
}

/** Phase, time left and the controls. The buttons keep one order and place in every phase and state. */
export function SessionHeader({ runner, nowMs, focus, practice = null, onPause, onResume, onFinish, onToggleFocus }: Props) {
  const t = useTranslations('session.run');
  const tp = useTranslations('practice');
  const locale = useLocale() === 'nl' ? 'nl' : 'en';
  const phase: PhaseName | null = currentPhase(runner);
  const paused = runner.status === 'paused';
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={styles.header}>
      <div>
        <p
          id="session-phase"
          className={styles.phase}
          data-testid="session-phase"
          data-phase={phase ?? 'done'}
          data-practice={practice?.id}
          aria-live="polite"
          tabIndex={-1}
        >
          {practice ? practice.step[locale] : phase ? t(`phases.${phase}`) : t('finishing')}
        </p>
        <p className={styles.phaseHint}>
          {paused ? t('pausedHint') : practice ? tp('run.hint', { practice: tp(`names.${practice.id}`) }) : phase ? t(`phaseHints.${phase}`) : null}
        </p>
      </div>
      <dl className={styles.times}>
        <dt>{t('phaseLeft')}</dt>
        <dd data-testid="phase-time-left">{formatClock(phaseRemainingMs(runner, nowMs))}</dd>
        <dt>{t('totalLeft')}</dt>
        <dd data-testid="total-time-left">{formatClock(totalRemainingMs(runner, nowMs))}</dd>
      </dl>
      <div className={`actions ${styles.controls}`}>
        {paused ? (
          <button type="button" className="button button-primary" data-testid="continue-session" onClick={onResume}>
            {t('resume')}
          </button>
        ) : (
          <button type="button" className="button" data-testid="pause-session" onClick={onPause} disabled={!phase}>
            {t('pause')}
          </button>
        )}
        <button type="button" className="button" data-testid="focus-mode" aria-pressed={focus} onClick={onToggleFocus}>
          {focus ? t('focusExit') : t('focus')}
        </button>
        <button type="button" className="button button-quiet" data-testid="finish-session" onClick={() => setConfirming(true)}>
          {t('finish')}
        </button>
      </div>
      <FinishDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onFinish();
        }}
      />
    </div>
  );
}
