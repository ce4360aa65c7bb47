import { useLocale, useTranslations } from 'next-intl';
import { useEffect } from 'react';
import type { CueMoment } from '@/lib/session/practice/practice-script';
import { practiceScripts } from '@/lib/session/practice/practices';
import type { PracticeId } from '@/lib/session/protocol/record';
import styles from './practice-guide.module.css';

interface Props {
  practice: PracticeId;
  moment: CueMoment;
  /** Speak each new cue (speechSynthesis), when the person chose it. */
  speak: boolean;
  paused: boolean;
}

const speechLang = { en: 'en-GB', nl: 'nl-NL' } as const;

/** In the pacer's place during a practice: the current cue in large calm text, the next one hinted, and how far along. */
export function PracticeGuide({ practice, moment, speak, paused }: Props) {
  const t = useTranslations('practice');
  const locale = useLocale() === 'nl' ? 'nl' : 'en';
  const { cue, next } = moment;
  const steps = practiceScripts[practice].cues.length;
  const text = cue.text[locale];

  useEffect(() => {
    if (!speak || paused || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = speechLang[locale];
    // A little slower than the default: these words are for winding down.
    utterance.rate = 0.9;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }, [speak, paused, text, locale]);
  useEffect(() => () => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis.cancel() : undefined), []);

  const percent = Math.round(moment.progress * 100);
  return (
    <div className={styles.guide} data-testid="practice-guide" data-practice={practice} data-cue={cue.id} data-kind={cue.kind} role="group" aria-label={t('run.guideLabel')}>
      <p key={cue.id} className={styles.cue} data-testid="practice-cue">
        {text}
      </p>
      <p className={styles.next} data-testid="practice-next">
        {next ? t('run.next', { title: next.title[locale] }) : t('run.last')}
      </p>
      <div
        className={styles.progress}
        role="progressbar"
        aria-label={t(`names.${practice}`)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('run.progress', { practice: t(`names.${practice}`), step: moment.index + 1, steps })}
        data-testid="practice-progress"
      >
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
