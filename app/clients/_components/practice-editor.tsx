'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import type { PresetId } from '@/lib/session/protocol/record';
import type { PracticeData } from '@/app/_components/practice/practice-summary';
import { useEditCount } from '@/app/_components/use-edit-count';
import { defaultPractice, fromFormValues, minuteFields, rhythmFields, toFormValues, withPreset, type PracticeFormValues } from './practice-form';

const presets: PresetId[] = ['rest-rhythm', 'resonance', 'box', 'four-seven-eight', 'custom'];
const fieldLabel = { inhaleS: 'inhale', holdInS: 'holdIn', exhaleS: 'exhale', holdOutS: 'holdOut', baselineMin: 'baseline', breathingMin: 'breathing', recoveryMin: 'recovery' } as const;

type Status = 'idle' | 'saving' | 'saved' | 'cleared' | 'failed' | 'invalid';

/** Sets or clears the client's prescribed practice (PUT/DELETE /api/clients/:id/prescription). */
export function PracticeEditor({ clientId, clientName, current }: { clientId: string; clientName: string; current: PracticeData | null }) {
  const t = useTranslations('practitioners.practice');
  const tp = useTranslations('practitioners.presets');
  const id = useId();
  const router = useRouter();
  const [values, setValues] = useState<PracticeFormValues>(toFormValues(current ?? defaultPractice));
  const [status, setStatus] = useState<Status>('idle');
  // Apart from the status: an edit while a request is out makes it idle, but Save and Clear stay off until it is back.
  const [saving, setSaving] = useState(false);
  const edits = useEditCount();
  const url = `/api/clients/${encodeURIComponent(clientId)}/prescription`;

  const change = (field: keyof PracticeFormValues, value: string) => {
    setStatus('idle');
    edits.edited();
    setValues((v) => {
      const next = { ...v, [field]: value };
      return field === 'preset' ? withPreset(v, value as PresetId) : { ...next, preset: (fromFormValues(next)?.protocol.preset ?? 'custom') as PresetId };
    });
  };

  const send = async (method: 'PUT' | 'DELETE', body?: PracticeData) => {
    if (saving) return;
    setSaving(true);
    setStatus('saving');
    const unchanged = edits.since();
    try {
      const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
      if (!response.ok) throw new Error(`practice: ${response.status}`);
      router.refresh();
      // Changed while the request was out: the form shows edits not yet saved, and keeps them.
      if (!unchanged()) return setStatus('idle');
      setStatus(method === 'PUT' ? 'saved' : 'cleared');
      if (method === 'DELETE') setValues(toFormValues(defaultPractice));
    } catch {
      setStatus('failed');
    } finally {
      setSaving(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const practice = fromFormValues(values);
    if (!practice) return setStatus('invalid');
    void send('PUT', practice);
  };

  const numberField = (field: (typeof rhythmFields)[number] | (typeof minuteFields)[number]) => (
    <label key={field} className="practice-field">
      <span>{t(fieldLabel[field])}</span>
      <input
        name={field}
        inputMode="decimal"
        value={values[field]}
        onChange={(e) => change(field, e.target.value)}
        aria-invalid={status === 'invalid'}
        data-testid={`practice-${field}`}
      />
    </label>
  );

  return (
    <form onSubmit={save} className="practice-editor" aria-busy={saving} aria-describedby={`${id}-status`} data-testid="practice-editor">
      <label className="practice-field practice-rhythm">
        <span>{t('rhythm')}</span>
        <select value={values.preset} onChange={(e) => change('preset', e.target.value)} data-testid="practice-preset">
          {presets.map((preset) => (
            <option key={preset} value={preset}>
              {tp(preset)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="practice-fields">
        <legend className="visually-hidden">{t('rhythm')}</legend>
        {rhythmFields.map(numberField)}
      </fieldset>
      <fieldset className="practice-fields">
        <legend className="visually-hidden">{t('durations')}</legend>
        {minuteFields.map(numberField)}
        <label className="practice-field">
          <span>{t('timesPerWeek')}</span>
          <input
            name="timesPerWeek"
            inputMode="numeric"
            value={values.timesPerWeek}
            onChange={(e) => change('timesPerWeek', e.target.value)}
            aria-invalid={status === 'invalid'}
            aria-describedby={`${id}-times`}
            data-testid="practice-timesPerWeek"
          />
          <span className="hint" id={`${id}-times`}>
            {t('timesHint')}
          </span>
        </label>
      </fieldset>
      <p
        id={`${id}-status`}
        role={status === 'invalid' || status === 'failed' ? 'alert' : 'status'}
        className={status === 'invalid' || status === 'failed' ? 'form-error' : 'hint'}
        data-testid="practice-status"
        data-state={status}
      >
        {status === 'saved' ? t('saved', { name: clientName }) : status === 'cleared' ? t('cleared') : status === 'failed' ? t('failed') : status === 'invalid' ? t('invalid') : null}
      </p>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saving} data-testid="practice-save">
          {saving ? t('saving') : t('save')}
        </button>
        {current ? (
          <button type="button" className="button" disabled={saving} onClick={() => void send('DELETE')} data-testid="practice-clear">
            {t('clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
