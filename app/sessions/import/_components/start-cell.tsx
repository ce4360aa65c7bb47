'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ImportPreview } from '@/lib/session/import/import-results';
import { wallClockAt } from '@/lib/trends/local-day';

interface Props {
  name: string;
  preview: ImportPreview;
  /** The start the person set (datetime-local value), '' when none. */
  given: string;
  timeZone: string;
  onStart: (startedAt: string) => void;
}

/**
 * A file's start: as the file says it (changeable on request), or a field to check and set where it is
 * only an estimate or the person's own — in the person's zone.
 */
export function StartCell({ name, preview, given, timeZone, onStart }: Props) {
  const t = useTranslations('imports.preview');
  const format = useFormatter();
  const [editing, setEditing] = useState(false);
  const fromFile = preview.startSource === 'file' && !editing;
  return (
    <div className="import-when">
      {fromFile ? (
        <time dateTime={preview.startedAt}>{format.dateTime(new Date(preview.startedAt), { dateStyle: 'medium', timeStyle: 'short', timeZone })}</time>
      ) : (
        <StartInput name={name} value={given !== '' ? given : wallClockAt(Date.parse(preview.startedAt), timeZone)} autoFocus={editing} onStart={onStart} />
      )}
      <span className="hint">{t(`startFrom.${preview.startSource}`)}</span>
      {fromFile ? (
        <button type="button" className="link-button" aria-label={t('changeStartLabel', { name })} onClick={() => setEditing(true)}>
          {t('changeStart')}
        </button>
      ) : null}
    </div>
  );
}

export function StartInput({ name, value, autoFocus = false, onStart }: { name: string; value: string; autoFocus?: boolean; onStart: (startedAt: string) => void }) {
  const t = useTranslations('imports.preview');
  return (
    <input
      type="datetime-local"
      className="import-start"
      aria-label={t('startLabel', { name })}
      data-testid="import-start"
      value={value}
      // Only right after "Change": the field the person asked for.
      autoFocus={autoFocus}
      onChange={(event) => onStart(event.currentTarget.value)}
    />
  );
}
