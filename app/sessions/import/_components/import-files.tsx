'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { sendImport, type ChosenFile, type ImportAnswer } from '@/lib/session/import/import-request';
import type { ImportedFile, PreviewedFile } from '@/lib/session/import/import-results';
import { importLimits } from '@/lib/session/protocol/limits';
import { ImportDone } from './import-done';
import { PreviewTable } from './preview-table';

/** How long the file list must stay unchanged before it is checked again (ms). */
const previewPauseMs = 500;

type Failure = Extract<ImportAnswer, { kind: 'failed' }>['reason'];
const failureKeys = { 'too-large': 'tooLarge', 'rate-limited': 'rateLimited', busy: 'busy', other: 'failed' } as const;
const limits = { maxFiles: importLimits.maxFiles, maxMegabytes: importLimits.maxRequestBytes / 1024 / 1024 };

let nextKey = 1;
interface Entry extends ChosenFile {
  key: number;
}

/**
 * Pick or drop files, see what each holds (a dry run on the server, so the numbers are the ones it will
 * store), set a start where a file has none, then import them all at once.
 */
export function ImportFiles({ timeZone }: { timeZone: string }) {
  const t = useTranslations('imports');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [preview, setPreview] = useState<{ entries: Entry[]; files: PreviewedFile[] } | null>(null);
  const [importing, setImporting] = useState(false);
  // Which list a failure belongs to: a new list is checked afresh.
  const [failure, setFailure] = useState<{ entries: Entry[] | null; reason: Failure } | null>(null);
  const [trimmed, setTrimmed] = useState(false);
  const [imported, setImported] = useState<ImportedFile[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // Every change of the files or their starts is checked again, once the person pauses: each check sends
  // the files and counts against the upload allowance, so typing a start must not send one per keystroke.
  // An answer to an older list is dropped.
  useEffect(() => {
    if (entries.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      sendImport(entries, timeZone, { dryRun: true, signal: controller.signal })
        .then((answer) => {
          if (answer.kind === 'previewed' || answer.kind === 'refused') {
            setPreview({ entries, files: answer.files });
            setFailure(null);
          } else if (answer.kind === 'failed') setFailure({ entries, reason: answer.reason });
        })
        .catch(() => {
          if (!controller.signal.aborted) setFailure({ entries, reason: 'other' });
        });
    }, previewPauseMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [entries, timeZone]);

  // While the import is out the list is what is being imported: a file added or removed meanwhile
  // would be dropped or imported unseen when the answer comes.
  function add(files: FileList | null) {
    if (!files || files.length === 0 || importing) return;
    const added = [...files].map((file) => ({ key: nextKey++, file, startedAt: '' }));
    const all = [...entries, ...added];
    setTrimmed(all.length > importLimits.maxFiles);
    setFailure(null);
    setImported(null);
    setEntries(all.slice(0, importLimits.maxFiles));
  }

  function remove(key: number) {
    if (importing) return;
    const rest = entries.filter((entry) => entry.key !== key);
    setTrimmed(false);
    setFailure(null);
    setEntries(rest);
    if (rest.length === 0) setPreview(null);
  }

  const setStart = (key: number, startedAt: string) => {
    if (!importing) setEntries(entries.map((entry) => (entry.key === key ? { ...entry, startedAt } : entry)));
  };

  async function submit() {
    setImporting(true);
    setFailure(null);
    try {
      const answer = await sendImport(entries, timeZone, { dryRun: false });
      if (answer.kind === 'imported') {
        setImported(answer.files);
        setEntries([]);
        setPreview(null);
      } else if (answer.kind === 'refused') setPreview({ entries, files: answer.files });
      else if (answer.kind === 'failed') setFailure({ entries: null, reason: answer.reason });
    } catch {
      setFailure({ entries: null, reason: 'other' });
    } finally {
      setImporting(false);
    }
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    add(event.dataTransfer.files);
  }

  if (imported) return <ImportDone files={imported} timeZone={timeZone} onMore={() => setImported(null)} />;

  const current = preview && preview.entries === entries ? preview.files : null;
  const checking = entries.length > 0 && current === null && failure?.entries !== entries;
  const results = new Map(preview ? preview.entries.flatMap((entry, i) => (preview.files[i] ? [[entry.key, preview.files[i]] as const] : [])) : []);
  const ready = current !== null && current.length === entries.length && current.every((file) => file.ok);
  return (
    <>
      <div
        className={`import-drop card${dragging ? ' import-drop-active' : ''}`}
        data-testid="import-drop"
        data-dragging={dragging}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label className="button">
          {t('pick.label')}
          <input
            ref={input}
            className="visually-hidden"
            type="file"
            multiple
            accept=".txt,.csv,.hrm,.tsv,.rr,text/plain,text/csv"
            data-testid="import-files"
            disabled={importing}
            onChange={(event) => {
              add(event.currentTarget.files);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <span className="hint">{t('pick.drop')}</span>
        {trimmed ? (
          <p className="notice" role="status">
            {t('pick.tooMany', limits)}
          </p>
        ) : null}
      </div>
      {entries.length > 0 ? (
        <section className="card" aria-labelledby="import-preview-heading" aria-busy={checking}>
          <h2 id="import-preview-heading">{t('preview.heading')}</h2>
          <p className="hint" id="import-preview-caption">
            {t('preview.caption', { timeZone })}
          </p>
          <PreviewTable entries={entries} results={results} stale={!current} timeZone={timeZone} onRemove={remove} onStart={setStart} disabled={importing} />
          <p className="hint" role="status" data-testid="import-status">
            {checking ? t('preview.checking') : current && !ready ? t('fixFirst') : null}
          </p>
          {failure && (failure.entries === null || failure.entries === entries) ? (
            <p className="form-error" role="alert" data-testid="import-failure">
              {t(`preview.${failureKeys[failure.reason]}`, limits)}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="button button-primary" data-testid="import-submit" disabled={!ready || checking || importing} onClick={submit}>
              {importing ? t('importing') : t('submit', { count: entries.length })}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}
