import { useFormatter, useTranslations } from 'next-intl';
import { RESONANCE_RATES_BPM } from '@/lib/hrv/resonance';
import { formatMinSec } from '@/lib/session/protocol/duration-text';

interface Props {
  stepS: number;
  restS: number;
  shortened: boolean;
  currentRateBpm: number | null;
  canStart: boolean;
  onStart: () => void;
}

export function ResonanceSetup({ stepS, restS, shortened, currentRateBpm, canStart, onStart }: Props) {
  const t = useTranslations('resonance.setup');
  const format = useFormatter();
  const count = RESONANCE_RATES_BPM.length;
  return (
    <section className="card" aria-labelledby="resonance-setup-heading" data-testid="resonance-setup">
      <h2 id="resonance-setup-heading">{t('heading')}</h2>
      <p>{t('plan', { count, step: formatMinSec(stepS), rest: formatMinSec(restS), total: formatMinSec(count * stepS + (count - 1) * restS) })}</p>
      {shortened ? <p className="notice" data-testid="resonance-override">{t('override', { step: format.number(stepS), rest: format.number(restS) })}</p> : null}
      <p className="hint">{t('how')}</p>
      {currentRateBpm !== null ? <p data-testid="resonance-current">{t('current', { rate: format.number(currentRateBpm, { maximumFractionDigits: 1 }) })}</p> : null}
      <div className="actions">
        <button type="button" className={canStart ? 'button button-primary' : 'button'} data-testid="start-resonance" disabled={!canStart} onClick={onStart}>
          {t('start')}
        </button>
      </div>
      {!canStart ? <p className="hint">{t('connectFirst')}</p> : null}
    </section>
  );
}
