import { useCallback, useEffect, useRef, useState } from 'react';
import type { Beat } from '@/lib/hrv';
import { getJournal, getUploader } from '@/lib/session/journal/browser-journal';
import { toSessionUpload } from '@/lib/session/journal/journal';
import { toJournalError, type JournalErrorCode } from '@/lib/session/journal/journal-error';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import type { SessionUpload } from '@/lib/session/protocol/record';
import { holdSessionLock } from '@/lib/session/journal/session-lock';
import { SessionRecorder } from '@/lib/session/runner/session-recorder';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import type { RunnerState } from '@/lib/session/runner/session-runner';
import { useHrvWorker } from './use-hrv-worker';
import type { LiveStrapControls } from './use-live-strap';

const TRACE_WINDOW_MS = 60_000;

/** One session from its first beat to its summary: recorder, worker, journal and upload. */
export function useSessionRun(initial: JournalSession, strap: LiveStrapControls) {
  const [session, setSession] = useState(initial);
  const [runner, setRunner] = useState<RunnerState>(initial.runner);
  const [clockS, setClockS] = useState(0);
  const [trace, setTrace] = useState<Beat[]>([]);
  const [record, setRecord] = useState<SessionUpload | null>(null);
  const [summary, setSummary] = useState<Awaited<ReturnType<ReturnType<typeof useHrvWorker>['summarize']>> | null>(null);
  /** Why the browser is not keeping this session (it then lives in this tab only); the first reason stays. */
  const [storage, setStorage] = useState<JournalErrorCode | null>(null);
  /** The journal could not give the beats back for the summary. */
  const [summaryFailed, setSummaryFailed] = useState(false);
  const recorderRef = useRef<SessionRecorder | null>(null);
  const finishing = useRef(false);
  const worker = useHrvWorker();
  const { pushBeats, summarize } = worker;
  const { getClient } = strap;

  const note = useCallback((code: JournalErrorCode) => setStorage((current) => current ?? code), []);
  /** A journal call failed outright (the journal logs its own move to memory; this one is not logged elsewhere). */
  const report = useCallback(
    (error: unknown) => {
      const coded = toJournalError(error);
      console.warn(`Herstel: the session journal failed (${coded.code})`, coded.cause ?? coded);
      note(coded.code);
    },
    [note],
  );

  /** The summary, then the upload. Never rejects: a journal failure is shown (translated), not thrown. */
  const conclude = useCallback(
    async (done: JournalSession) => {
      const journal = await getJournal();
      let upload: SessionUpload;
      try {
        upload = toSessionUpload(done, await journal.readBeats(done.id));
      } catch (error) {
        report(error);
        setSummaryFailed(true);
        return;
      }
      setRecord(upload);
      const local = await summarize(toSessionInput(upload)).catch(() => null);
      setSummary(local);
      const clientSummary = local ? { baselineRmssdMs: local.shift.baselineRmssdMs, recoveryRmssdMs: local.shift.recoveryRmssdMs } : null;
      try {
        setSession(await journal.updateSession(done.id, (s) => ({ ...s, clientSummary: s.clientSummary ?? clientSummary })));
      } catch (error) {
        report(error);
      }
      const uploader = await getUploader();
      const synced = await uploader.sync(done.id).catch(() => null);
      if (synced) setSession(synced);
    },
    [summarize, report],
  );

  const finish = useCallback(async () => {
    const recorder = recorderRef.current;
    if (!recorder || finishing.current) return;
    finishing.current = true;
    recorderRef.current = null;
    const done = await recorder.finish();
    setRunner(done.runner);
    setSession(done);
    await conclude(done);
  }, [conclude]);

  useEffect(() => {
    let cancelled = false;
    const client = getClient();
    if (initial.status !== 'recording') {
      void Promise.resolve(initial).then(conclude);
      return;
    }
    if (!client) return;
    // Another tab's resume offer must not save or discard the session while this one records it.
    const releaseLock = holdSessionLock(initial.id);
    let recorder: SessionRecorder | null = null;
    const show = (beats: Beat[]) => {
      pushBeats(beats);
      setTrace((prev) => [...prev.filter((b) => b.tMs >= beats[beats.length - 1]!.tMs - TRACE_WINDOW_MS), ...beats]);
    };
    // A resumed session first shows the last minute already journaled; beats that arrive while it is read
    // back are journaled at once but shown after it (the analysis drops a beat older than the last one).
    let held: Beat[] | null = initial.beatCount > 0 ? [] : null;
    void getJournal().then(async (journal) => {
      if (cancelled) return;
      recorder = new SessionRecorder(
        {
          journal,
          strap: client,
          onBeats: (beats) => {
            if (held) held.push(...beats);
            else show(beats);
          },
          onStored: (stored) => setSession(stored),
          onError: report,
        },
        initial,
      );
      recorderRef.current = recorder;
      if (!held) return;
      try {
        const earlier = (await journal.readBeats(initial.id)).filter((b) => b.tMs >= initial.lastSeenMs - 70_000 && b.tMs <= initial.lastSeenMs);
        if (cancelled) return;
        pushBeats(earlier);
        setTrace(earlier.filter((b) => b.tMs >= initial.lastSeenMs - TRACE_WINDOW_MS));
      } finally {
        const arrived = held;
        held = null;
        if (!cancelled && arrived.length > 0) show(arrived);
      }
    }).catch(report);
    const interval = setInterval(() => {
      const r = recorderRef.current;
      if (!r) return;
      if (r.tick()) setRunner(r.runner);
      setClockS(Math.floor(r.sessionMs() / 1000));
      if (r.runner.status === 'done') void finish();
    }, 250);
    return () => {
      cancelled = true;
      clearInterval(interval);
      recorder?.stop();
      releaseLock();
      if (recorderRef.current === recorder) recorderRef.current = null;
    };
  }, [initial, getClient, pushBeats, conclude, finish, report]);

  // Retries that finish later (back online, the check-in) reach this view too, and so does the journal
  // moving this session to memory (the browser stopped storing it) or never having had storage at all.
  useEffect(() => {
    const offs: (() => void)[] = [];
    let cancelled = false;
    void getJournal().then((journal) => {
      if (cancelled) return;
      const problem = journal.problemOf(initial.id);
      if (problem) note(problem.code);
      offs.push(
        journal.onProblem((id, error) => {
          if (id === initial.id) note(error.code);
        }),
      );
    });
    void getUploader().then((uploader) => {
      if (cancelled) return;
      offs.push(
        uploader.subscribe((stored) => {
          if (stored.id === initial.id) setSession(stored);
        }),
      );
    });
    return () => {
      cancelled = true;
      for (const off of offs.splice(0)) off();
    };
  }, [initial.id, note]);

  const pause = useCallback(() => {
    recorderRef.current?.pause();
    if (recorderRef.current) setRunner(recorderRef.current.runner);
  }, []);
  const resume = useCallback(() => {
    recorderRef.current?.resume();
    if (recorderRef.current) setRunner(recorderRef.current.runner);
  }, []);
  const pacerTimeMs = useCallback(() => recorderRef.current?.pacerTimeMs() ?? null, []);
  const sessionMs = useCallback(() => recorderRef.current?.sessionMs() ?? 0, []);

  return { session, setSession, runner, clockS, trace, record, summary, storage, summaryFailed, metrics: worker.metrics, setCoherenceFrom: worker.setCoherenceFrom, pause, resume, finish, pacerTimeMs, sessionMs };
}
