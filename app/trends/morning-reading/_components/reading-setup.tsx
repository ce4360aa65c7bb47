import { useFormatter, useTranslations } from 'next-intl';

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
            {minuteChoices.map((m) => (
              <label key={m}>
                <input type="radio" name="reading-minutes" value={m} checked={minutes === m} onChange={() => onMinutes(m)} data-testid={`reading-minutes-${m}`} />
                <span>{t('minutes', { count: m })}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <fieldset className="segmented-field">
        <legend>{t('posture')}</legend>
        <div className="segmented">
          {(['lying', 'sitting'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="reading-posture" value={p} checked={posture === p} onChange={() => onPosture(p)} data-testid={`reading-posture-${p}`} />
              <span>{t(`postures.${p}`)}</span>
            </label>
          ))}
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
