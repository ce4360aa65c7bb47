'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { formatDuration, localeFixed } from '@/app/_components/session-summary/format';
import type { ChosenFile } from '@/lib/session/import/import-request';
import type { PreviewedFile } from '@/lib/session/import/import-results';
import { importLimits } from '@/lib/session/protocol/limits';
import { StartCell, StartInput } from './start-cell';

interface Row extends ChosenFile {
  key: number;
}

interface Props {
  entries: Row[];
  /** Each file's last answer by its row key; `stale` while the list has changed since and is checked again. */
  results: ReadonlyMap<number, PreviewedFile>;
  stale: boolean;
  timeZone: string;
  onRemove: (key: number) => void;
  onStart: (key: number, startedAt: string) => void;
  /** While the files are being imported: the list stays as it was sent. */
  disabled: boolean;
}

/** One row per chosen file: what the server read from it, or why it cannot, and a start to set where needed. */
export function PreviewTable({ entries, results, stale, timeZone, onRemove, onStart, disabled }: Props) {
  const t = useTranslations('imports.preview');
  const ts = useTranslations('summary');
  const format = useFormatter();
  const number = format.number.bind(format);
  return (
    <fieldset className="import-scroll" disabled={disabled}>
      <table className="import-table" data-testid="import-preview" aria-describedby="import-preview-caption" data-stale={stale}>
        <thead>
          <tr>
            <th scope="col">{t('columns.file')}</th>
            <th scope="col">{t('columns.duration')}</th>
            <th scope="col">{t('columns.start')}</th>
            <th scope="col">{t('columns.rmssd')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const file = results.get(entry.key);
            return (
              <tr key={entry.key} data-testid="import-row" data-ok={file ? String(file.ok) : 'pending'} className={file && !file.ok ? 'row-flagged' : undefined}>
                <th scope="row" className="import-name">
                  {entry.file.name}
                  {file?.ok ? <span className="hint">{t(`formatNames.${file.format}`)}</span> : null}
                  {file?.ok && file.alreadyImported ? <span className="badge-quiet">{t('alreadyImported')}</span> : null}
                </th>
                {!file ? (
                  <td colSpan={3} className="hint">
                    {t('checking')}
                  </td>
                ) : file.ok ? (
                  <>
                    <td>
                      <span className="import-figure">{formatDuration(ts, file.durationS)}</span>
                      <span className="hint" data-testid="import-beats" data-value={file.beats}>
                        {t('beatsValue', { beats: file.beats })}
                      </span>
                    </td>
                    <td>
                      <StartCell name={entry.file.name} preview={file} given={entry.startedAt} timeZone={timeZone} onStart={(at) => onStart(entry.key, at)} />
                    </td>
                    <td>
                      <span className="import-figure" data-testid="import-rmssd" data-value={file.rmssd ?? ''}>
                        {file.rmssd === null ? ts('noValue') : t('rmssdValue', { value: localeFixed(number, file.rmssd, 1) })}
                      </span>
                      <span className="hint">{t('artifactsValue', { percent: localeFixed(number, file.artifactsPercent, 1) })}</span>
                      <span className="hint">{file.countsInTrends ? t('countsYes') : file.durationS > importLimits.maxTrendReadingS ? t('countsNoLong') : t('countsNo')}</span>
                    </td>
                  </>
                ) : (
                  <td colSpan={3} data-testid="import-error" data-line={file.line ?? ''}>
                    <span className="import-error">{describeFailure(t, file)}</span>
                    {file.code === 'no-start' || file.code === 'bad-start' ? (
                      <StartInput name={entry.file.name} value={entry.startedAt} onStart={(at) => onStart(entry.key, at)} />
                    ) : null}
                  </td>
                )}
                <td>
                  <button type="button" className="button button-quiet" aria-label={t('removeLabel', { name: entry.file.name })} onClick={() => onRemove(entry.key)}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

type FailureTranslator = ReturnType<typeof useTranslations<'imports.preview'>>;

/** The reason in the reader's language, with the line it is on. */
function describeFailure(t: FailureTranslator, file: Extract<PreviewedFile, { ok: false }>): string {
  const reason = t(`codes.${file.code}`, { maxMegabytes: importLimits.maxFileBytes / 1024 / 1024 });
  return file.line === null ? t('error', { reason }) : t('errorAtLine', { line: file.line, reason });
}
