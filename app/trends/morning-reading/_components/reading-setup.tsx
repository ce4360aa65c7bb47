import { useFormatter, useTranslations } from 'next-intl';
import { SegmentedOptions } from '@/app/_components/segmented-options';

export type Posture = 'lying' | 'sitting';
const minuteChoices = [1, 2, 3] as const;

interface Props {
  minutes: number;
  posture: Posture;
  overrideS: number | null;
  canStart: boolean;
  onMinutes: (minutes: number) => void;
  onPosture: (posture: Posture) => void;
  onStart: () => void;
}

/** How long and in which position: the two things that make readings comparable from morning to morning. */
export function ReadingSetup({ minutes, posture, overrideS, canStart, onMinutes, onPosture, onStart }: Props) {
  const t = useTranslations('morningReading.setup');
  const format = useFormatter();
  return (
    <section className="card" aria-labelledby="reading-setup-heading" data-testid="reading-setup">
      <h2 id="reading-setup-heading">{t('heading')}</h2>
      <p className="hint">{t('how')}</p>
      {overrideS !== null ? (
        <p data-testid="reading-override">{t('override', { seconds: format.number(overrideS) })}</p>
      ) : (
        <fieldset className="segmented-field">
          <legend>{t('duration')}</legend>
          <div className="segmented">
            <SegmentedOptions
              name="reading-minutes"
              options={minuteChoices.map((m) => ({ value: m, label: t('minutes', { count: m }) }))}
              value={minutes}
              onChange={onMinutes}
              testId={(m) => `reading-minutes-${m}`}
            />
          </div>
        </fieldset>
      )}
      <fieldset className="segmented-field">
        <legend>{t('posture')}</legend>
        <div className="segmented">
          <SegmentedOptions
            name="reading-posture"
            options={(['lying', 'sitting'] as const).map((p) => ({ value: p, label: t(`postures.${p}`) }))}
            value={posture}
            onChange={onPosture}
            testId={(p) => `reading-posture-${p}`}
          />
        </div>
      </fieldset>
      <p className="hint">{t('postureHint')}</p>
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="start-session" disabled={!canStart} onClick={onStart}>
          {t('start')}
        </button>
      </div>
      {!canStart ? <p className="hint">{t('connectFirst')}</p> : null}
    </section>
  );
}
