'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { defaultPlanTime, planDurationLimits, planInputSchema, weekdays, type PracticePlan, type Weekday } from '@/lib/plan/plan';
import { useEditCount } from '@/app/_components/use-edit-count';
import { useWeekdayName } from './weekday-names';

type FormState = 'idle' | 'saved' | 'removed' | 'invalid' | 'error';

async function send(method: 'PUT' | 'DELETE', body?: unknown): Promise<boolean> {
  const response = await fetch('/api/plan', {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.ok;
}

/** The days, time and length of the plan; saving replaces it, the page then shows the week against it. */
export function PlanForm({ plan }: { plan: PracticePlan | null }) {
  const t = useTranslations('plan');
  const locale = useLocale();
  const dayName = useWeekdayName();
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [days, setDays] = useState<Set<Weekday>>(new Set(plan?.weekdays ?? []));
  const [time, setTime] = useState(plan?.timeOfDay ?? defaultPlanTime);
  const [minutes, setMinutes] = useState(String(plan?.durationMin ?? planDurationLimits.defaultMinutes));
  const [state, setState] = useState<FormState>('idle');
  const edits = useEditCount();
  const edit = () => {
    edits.edited();
    setState('idle');
  };

  const toggle = (day: Weekday) => {
    const next = new Set(days);
    if (next.has(day)) next.delete(day);
    else next.add(day);
    setDays(next);
    edit();
  };

  const run = (action: () => Promise<boolean>, done: FormState) =>
    startTransition(async () => {
      const unchanged = edits.since();
      try {
        if (!(await action())) throw new Error('refused');
        // Changed while the request was out: those changes are not saved yet.
        setState(unchanged() ? done : 'idle');
        router.refresh();
      } catch {
        setState('error');
      }
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    const parsed = planInputSchema.safeParse({ weekdays: [...days], timeOfDay: time, durationMin: Number(minutes) });
    if (!parsed.success) {
      setState('invalid');
      return;
    }
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    run(() => send('PUT', { ...parsed.data, locale, timeZone }), 'saved');
  };

  const failed = state === 'invalid' || state === 'error';
  return (
    <form className="plan-form" onSubmit={save} aria-busy={pending} data-testid="plan-form">
      <fieldset className="plan-days-picker">
        <legend>{t('days')}</legend>
        <div className="segmented">
          {weekdays.map((day) => (
            <label key={day} title={dayName(day)}>
              <input type="checkbox" checked={days.has(day)} onChange={() => toggle(day)} data-testid={`plan-day-${day}`} aria-label={dayName(day)} />
              <span aria-hidden="true">{dayName(day, 'short')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="plan-fields">
        <label htmlFor={`${id}-time`}>
          {t('time')}
          <input
            id={`${id}-time`}
            type="time"
            required
            value={time}
            onChange={(e) => {
              setTime(e.target.value);
              edit();
            }}
            data-testid="plan-time"
          />
        </label>
        <label htmlFor={`${id}-minutes`}>
          {t('duration')}
          <span className="plan-minutes">
            <input
              id={`${id}-minutes`}
              type="number"
              inputMode="numeric"
              min={planDurationLimits.min}
              max={planDurationLimits.max}
              step={1}
              value={minutes}
              onChange={(e) => {
                setMinutes(e.target.value);
                edit();
              }}
              data-testid="plan-duration"
            />
            {t('minutes')}
          </span>
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending} data-testid="plan-save">
          {t('save')}
        </button>
        {plan ? (
          <button type="button" className="button button-quiet" disabled={pending} onClick={() => run(() => send('DELETE'), 'removed')} data-testid="plan-remove">
            {t('remove')}
          </button>
        ) : null}
      </div>
      <p role={failed ? 'alert' : 'status'} className={failed ? 'form-error' : 'hint'} data-testid="plan-status" data-state={state} hidden={state === 'idle'}>
        {state === 'idle' ? null : t(state)}
      </p>
    </form>
  );
}
