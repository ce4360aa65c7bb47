import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { HrvLevel } from '@/lib/ble';
import type { SimulationSettings } from './use-live-strap';

const heartRates = [50, 56, 64, 72, 80, 90, 100];
const hrvLevels: HrvLevel[] = ['low', 'normal', 'high'];

interface Props {
  running: boolean;
  /** The primary action when no real strap can be paired in this browser. */
  prominent: boolean;
  onStart: (settings: SimulationSettings) => void;
}

/** Try it without a strap: one button, with the simulated heart's settings folded beside it. */
export function SimulationControls({ running, prominent, onStart }: Props) {
  const t = useTranslations('breathe');
  const id = useId();
  const [settings, setSettings] = useState<SimulationSettings>({ meanHrBpm: 64, hrv: 'normal' });
  if (running) {
    return (
      <p className="hint" data-testid="simulation-notice">
        {t('simulation.notice')}
      </p>
    );
  }
  return (
    <div className="simulation">
      <p className="simulation-offer">
        {prominent ? null : <span className="hint">{t('simulation.offer')}</span>}
        <button type="button" className={prominent ? 'button button-primary' : 'button'} data-testid="simulate-strap" onClick={() => onStart(settings)}>
          {t('strap.simulate')}
        </button>
      </p>
      <details>
        <summary>{t('simulation.heading')}</summary>
        <div className="simulation-fields">
          <label htmlFor={`${id}-hr`}>{t('simulation.meanHr')}</label>
          <select id={`${id}-hr`} value={settings.meanHrBpm} onChange={(event) => setSettings({ ...settings, meanHrBpm: Number(event.target.value) })}>
            {heartRates.map((bpm) => (
              <option key={bpm} value={bpm}>
                {t('simulation.meanHrValue', { bpm })}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-hrv`}>{t('simulation.hrv')}</label>
          <select id={`${id}-hrv`} value={settings.hrv} onChange={(event) => setSettings({ ...settings, hrv: event.target.value as HrvLevel })}>
            {hrvLevels.map((level) => (
              <option key={level} value={level}>
                {t(`simulation.hrvLevels.${level}`)}
              </option>
            ))}
          </select>
        </div>
      </details>
    </div>
  );
}
