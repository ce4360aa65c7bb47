import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { pacerAt, type BreathStage } from '@/lib/session/pacer/pacer';
import type { BreathPattern } from '@/lib/session/protocol/protocol';
import type { CueSettings } from '@/lib/session/runner/setup-preferences';
import { createToneCues, vibrateFor } from '@/lib/session/pacer/tone-cues';
import styles from './pacer.module.css';

interface Props {
  pattern: BreathPattern;
  /** Time into the breathing phase (frozen while paused), or null. */
  getTimeMs: () => number | null;
  cues: CueSettings;
}

/**
 * The breathing pacer. One requestAnimationFrame loop writes CSS variables on the element: React renders
 * it once, not once per frame. With prefers-reduced-motion the circle stays still (CSS) and the text cue
 * and a bar that fills breathing in and empties breathing out carry the rhythm.
 */
export function Pacer({ pattern, getTimeMs, cues }: Props) {
  const t = useTranslations('session.pacer');
  const rootRef = useRef<HTMLDivElement>(null);
  const cueRef = useRef<HTMLSpanElement>(null);
  const secondsRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const labels: Record<BreathStage, string> = { inhale: t('inhale'), holdIn: t('hold'), exhale: t('exhale'), holdOut: t('hold') };
    const tones = cues.tones ? createToneCues(cues.volume) : null;
    let frame = 0;
    let lastStage: BreathStage | null = null;
    let lastCycle = -1;
    const draw = () => {
      const timeMs = getTimeMs();
      const root = rootRef.current;
      if (timeMs !== null && root) {
        const state = pacerAt(pattern, timeMs);
        root.style.setProperty('--volume', state.volume.toFixed(4));
        // Whole seconds left in this breath, counted down like a clock (4, 3, 2, 1).
        const seconds = String(Math.max(1, Math.ceil(state.stageRemainingMs / 1000)));
        if (secondsRef.current && secondsRef.current.textContent !== seconds) secondsRef.current.textContent = seconds;
        if (state.stage !== lastStage || state.cycleIndex !== lastCycle) {
          // Cues only on a fresh stage, not when the view opens halfway through one.
          const fresh = lastStage !== null || state.stageProgress < 0.15;
          lastStage = state.stage;
          lastCycle = state.cycleIndex;
          root.dataset.stage = state.stage;
          if (cueRef.current) cueRef.current.textContent = labels[state.stage];
          if (fresh) {
            tones?.play(state.stage, state.stageRemainingMs);
            if (cues.vibration) vibrateFor(state.stage);
          }
        }
      }
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => {
      cancelAnimationFrame(frame);
      tones?.close();
    };
  }, [pattern, getTimeMs, cues, t]);

  return (
    <div ref={rootRef} className={styles.pacer} data-testid="pacer" data-stage="inhale">
      <div className={styles.stage} aria-hidden="true">
        <div className={styles.ring} />
        <div className={styles.ball} />
      </div>
      <p className={styles.cue}>
        <span ref={cueRef} data-testid="pacer-cue">
          {t('inhale')}
        </span>
        {/* Changes every second: read out it would drown the cue, so it is for the eyes only. */}
        <span ref={secondsRef} className={styles.seconds} data-testid="pacer-seconds" aria-hidden="true" />
      </p>
      <div className={styles.progress} aria-hidden="true">
        <span />
      </div>
    </div>
  );
}
