'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useState } from 'react';
import { updateTimeZone } from '@/app/_actions/preferences';
import { useSettingSave } from './use-setting-save';
import './setting.css';

/** The zone whose calendar days the trends count in: first taken from the browser, changeable here. */
export function TimeZoneSetting({ current }: { current: string | null }) {
  const t = useTranslations('settings.timeZone');
  const id = useId();
  const { pending, state, setState, save } = useSettingSave(updateTimeZone);
  const browserZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  const [value, setValue] = useState(current ?? browserZone);
  const zones = useMemo(() => {
    const all = Intl.supportedValuesOf('timeZone');
    // The stored zone may be an alias the list leaves out (e.g. 'UTC' on some engines): keep it choosable.
    return all.includes(value) ? all : [value, ...all];
  }, [value]);

  const change = (zone: string) => {
    setValue(zone);
    setState('idle');
    save(zone);
  };

  return (
    <section className="card setting" aria-labelledby={`${id}-heading`} aria-busy={pending}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <label htmlFor={`${id}-zone`}>{t('label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {current === null ? t('hintBrowser', { zone: browserZone }) : t('hint')}
      </p>
      <select id={`${id}-zone`} value={value} aria-describedby={`${id}-hint ${id}-status`} data-testid="time-zone-picker" onChange={(e) => change(e.target.value)}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </select>
      <p id={`${id}-status`} role="status" className="hint" data-testid="time-zone-status" data-state={state}>
        {state === 'saved' ? t('saved') : state === 'error' ? t('error') : null}
      </p>
    </section>
  );
}
