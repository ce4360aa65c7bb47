'use client';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { updateDailyGoal } from '@/app/_actions/preferences';
import { useSettingSave } from './use-setting-save';
import './setting.css';

const minGoal = 1;
const maxGoal = 120;

/** Minutes of practice a day the trends measure weeks against (5 by default). */
export function DailyGoalSetting({ current }: { current: number }) {
  const t = useTranslations('settings.dailyGoal');
  const id = useId();
  const [value, setValue] = useState(String(current));
  const { pending, state, setState, save: store } = useSettingSave(updateDailyGoal);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const minutes = Number(value);
    if (!Number.isInteger(minutes) || minutes < minGoal || minutes > maxGoal) setState('invalid');
    else store(minutes);
  };

  return (
    <section className="card setting" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      {/* Our own message, in the app's language, rather than the browser's bubble. */}
      <form onSubmit={save} aria-busy={pending} noValidate>
        <label htmlFor={`${id}-goal`}>{t('label')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('hint', { min: minGoal, max: maxGoal })}
        </p>
        <div className="setting-row">
          <input
            id={`${id}-goal`}
            type="number"
            inputMode="numeric"
            min={minGoal}
            max={maxGoal}
            step={1}
            value={value}
            aria-describedby={`${id}-hint ${id}-status`}
            aria-invalid={state === 'invalid'}
            data-testid="daily-goal-input"
            onChange={(e) => {
              setValue(e.target.value);
              setState('idle');
            }}
          />
          <span>{t('unit')}</span>
          <button type="submit" className="button" disabled={pending} data-testid="daily-goal-save">
            {t('save')}
          </button>
        </div>
        <p
          id={`${id}-status`}
          role={state === 'invalid' || state === 'error' ? 'alert' : 'status'}
          className={state === 'invalid' || state === 'error' ? 'form-error' : 'hint'}
          data-testid="daily-goal-status"
          data-state={state}
        >
          {state === 'saved' ? t('saved') : state === 'error' ? t('error') : state === 'invalid' ? t('invalid', { min: minGoal, max: maxGoal }) : null}
        </p>
      </form>
    </section>
  );
}
