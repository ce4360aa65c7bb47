import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Beat, Gap, MeasurementEvent, StatusEvent, StrapClient } from '@/lib/ble';
import { toSessionUpload, type Journal } from '@/lib/session/journal/journal';
import type { JournalSession } from '@/lib/session/journal/journal-types';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { newJournalSession, saveRecordedSession } from '@/lib/session/journal/session-lifecycle';
import { RESONANCE_RATES_BPM } from '@/lib/hrv/resonance';
import { resonancePlan, resonanceProtocol } from '@/lib/session/protocol/resonance';
import { SessionRecorder } from './session-recorder';
import { openTestJournal } from '@/lib/session/testing/journal-fixtures';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';

/** Just the strap client surface the recorder uses, driven by the test. */
function fakeStrap() {
  const listeners = { measurement: [] as ((e: MeasurementEvent) => void)[], gap: [] as ((g: Gap) => void)[], status: [] as ((s: StatusEvent) => void)[] };
  const strap = {
    status: 'connected',
    source: { kind: 'bluetooth' },
    origins: [] as number[],
    setTimeOrigin(originMs: number) {
      strap.origins.push(originMs);
    },
    onMeasurement: (l: (e: MeasurementEvent) => void) => (listeners.measurement.push(l), () => undefined),
    onGap: (l: (g: Gap) => void) => (listeners.gap.push(l), () => undefined),
    onStatus: (l: (s: StatusEvent) => void) => (listeners.status.push(l), () => undefined),
    beats(beats: Beat[], arrivalMs: number) {
      for (const l of listeners.measurement) l({ beats, arrivalMs, anchor: null, measurement: {} as MeasurementEvent['measurement'] });
    },
    drop() {
      strap.status = 'reconnecting';
      for (const l of listeners.status) l({ status: 'reconnecting', attempt: 1, retryInMs: 1000, error: null });
    },
  };
  return strap;
}

/**
 * A journal that applies each write in the order issued (as IndexedDB does) but resolves the promises
 * only when the test says, in any order.
 */
function reorderingJournal(initial: JournalSession) {
  let row = initial;
  const waiting: (() => void)[] = [];
  const later = (stored: JournalSession) => new Promise<JournalSession>((resolve) => waiting.push(() => resolve(stored)));
  const fake: Pick<Journal, 'updateSession' | 'appendBeats'> = {
    updateSession: (_id, change) => later((row = change(row))),
    appendBeats: (_id, beats, seenMs) =>
      later(
        (row = {
          ...row,
          beatCount: row.beatCount + beats.length,
          packetCount: row.packetCount + 1,
          lastBeatMs: beats.at(-1)?.tMs ?? row.lastBeatMs,
          lastSeenMs: Math.max(row.lastSeenMs, seenMs),
        }),
      ),
  };
  return {
    journal: fake as Journal,
    row: () => row,
    async resolveNewestFirst() {
      for (const resolve of waiting.splice(0).reverse()) resolve();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

let journal: Journal;
beforeEach(async () => {
  journal = await openTestJournal();
});
afterEach(() => journal.close());

describe('SessionRecorder', () => {
  it('paces an assessment step by step: cycle starts at each step’s rhythm, a simulated strap breathing at each rate, a valid upload', async () => {
    let nowMs = 0;
    const strap = fakeStrap();
    const followed: number[] = [];
    (strap as { source: object }).source = { kind: 'simulated', followBreathing: (_volume: unknown, cycleS: number) => followed.push(cycleS), setBreathing: () => undefined };
    const session = newJournalSession({
      id: crypto.randomUUID(),
      owner: 'u',
      protocol: resonanceProtocol(30, 5),
      plan: resonancePlan(30, 5),
      resonanceRatesBpm: [...RESONANCE_RATES_BPM],
      kind: 'resonance',
      device: null,
      startedAtEpochMs: Date.UTC(2026, 11, 1, 7),
    });
    await journal.createSession(session);
    const recorder = new SessionRecorder({ journal, strap: strap as unknown as StrapClient, now: () => nowMs }, session, 1_000_000);
    const beats = [];
    for (let t = 1000; t <= 170_000; t += 1000) beats.push({ tMs: t, rrMs: 1000, rrRaw: 1024 });
    for (nowMs = 0; nowMs <= 170_000; nowMs += 250) {
      const beat = beats.find((b) => b.tMs === nowMs);
      if (beat) strap.beats([beat], nowMs);
      recorder.tick();
    }
    const done = await recorder.finish();
    expect(followed.map((s) => Math.round(s * 10) / 10)).toEqual([9.2, 10, 10.9, 12, 13.3]);
    // The first step (6.5 a minute, 9.2 s a breath) from 0 s, the second (10 s a breath) from 35 s.
    expect(done.pacerCycleStartsMs.slice(0, 4)).toEqual([0, 9200, 18_400, 27_600]);
    expect(done.pacerCycleStartsMs).toContain(35_000);
    expect(done.pacerCycleStartsMs).toContain(45_000);
    expect(done.phases.map((p) => p.phase)).toEqual(['breathing', 'recovery', 'breathing', 'recovery', 'breathing', 'recovery', 'breathing', 'recovery', 'breathing']);
    const upload = toSessionUpload(done, await journal.readBeats(session.id));
    expect(upload.resonanceRatesBpm).toEqual([6.5, 6, 5.5, 5, 4.5]);
    expect(sessionUploadSchema.safeParse(upload).error?.issues).toBeUndefined();
  });

  it('journals beats, marks phases and cycle starts, and closes an open gap at the end', async () => {
    let nowMs = 5000;
    const strap = fakeStrap();
    const protocol = { ...defaultProtocol, baselineS: 10, breathingS: 20, recoveryS: 10 };
    const session = newJournalSession({ id: crypto.randomUUID(), owner: 'u', protocol, device: null, startedAtEpochMs: 1_000_000 });
    await journal.createSession(session);
    const seen: number[] = [];
    const recorder = new SessionRecorder({ journal, strap: strap as unknown as StrapClient, now: () => nowMs, onBeats: (b) => seen.push(...b.map((x) => x.tMs)) }, session, 1_000_000);
    expect(strap.origins).toEqual([5000]);

    strap.beats([{ tMs: 900, rrMs: 900, rrRaw: 922 }, { tMs: 1800, rrMs: 900, rrRaw: 922 }], 1850);
    expect(seen).toEqual([900, 1800]);
    nowMs = 5000 + 10_500;
    recorder.tick();
    expect(recorder.runner.phases).toEqual([{ phase: 'baseline', startMs: 0, endMs: 10_000 }]);
    expect(recorder.pacerTimeMs()).toBe(500);
    nowMs = 5000 + 21_000;
    recorder.tick();
    strap.drop();
    nowMs = 5000 + 25_000;
    const done = await recorder.finish();

    expect(done.status).toBe('finished');
    expect(done.beatCount).toBe(2);
    expect(await journal.readBeats(session.id)).toHaveLength(2);
    expect(done.pacerCycleStartsMs).toEqual([10_000, 20_000]);
    expect(done.gaps).toEqual([{ startMs: 21_000, endMs: 25_000 }]);
    expect(done.phases.at(-1)).toEqual({ phase: 'breathing', startMs: 10_000, endMs: 25_000 });
    expect(done.endedEarly).toBe(true);
  });

  it('a guided practice runs its phases like breathing but marks no pacer cycles', async () => {
    let nowMs = 0;
    const strap = fakeStrap();
    const protocol = { ...defaultProtocol, practice: 'body-scan' as const, baselineS: 10, breathingS: 20, recoveryS: 10 };
    const session = newJournalSession({ id: crypto.randomUUID(), owner: 'u', protocol, device: null, startedAtEpochMs: 1_000_000 });
    await journal.createSession(session);
    const recorder = new SessionRecorder({ journal, strap: strap as unknown as StrapClient, now: () => nowMs }, session, 1_000_000);
    for (nowMs = 0; nowMs <= 41_000; nowMs += 250) recorder.tick();
    expect(recorder.pacerTimeMs()).toBeNull();
    const done = await recorder.finish();
    expect(done.phases.map((p) => p.phase)).toEqual(['baseline', 'breathing', 'recovery']);
    expect(done.pacerCycleStartsMs).toEqual([]);
    expect(done.protocol.practice).toBe('body-scan');
  });

  it('continues the session clock of a resumed session and never places a beat before one kept', async () => {
    const strap = fakeStrap();
    const session = { ...newJournalSession({ id: crypto.randomUUID(), owner: null, protocol: defaultProtocol, device: null, startedAtEpochMs: 1_000_000 }), lastBeatMs: 30_000 };
    await journal.createSession(session);
    new SessionRecorder({ journal, strap: strap as unknown as StrapClient, now: () => 100_000 }, session, 1_040_000);
    expect(strap.origins).toEqual([60_000]);
    strap.beats([{ tMs: 29_500, rrMs: 800, rrRaw: 819 }], 29_600);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await journal.readBeats(session.id)).map((b) => b.tMs)).toEqual([30_000]);
  });

  it('a pause then a reload then "save what was recorded" gives a valid upload', async () => {
    let nowMs = 0;
    const strap = fakeStrap();
    const protocol = { ...defaultProtocol, baselineS: 10, breathingS: 20, recoveryS: 10 };
    const session = newJournalSession({ id: crypto.randomUUID(), owner: 'u', protocol, device: null, startedAtEpochMs: 1_000_000 });
    await journal.createSession(session);
    const recorder = new SessionRecorder({ journal, strap: strap as unknown as StrapClient, now: () => nowMs }, session, 1_000_000);
    strap.beats([{ tMs: 1000, rrMs: 1000, rrRaw: 1024 }], 1000);
    nowMs = 12_000;
    recorder.tick();
    nowMs = 14_500;
    recorder.pause();
    nowMs = 20_000;
    recorder.resume();
    nowMs = 21_000;
    recorder.pause();
    await new Promise((resolve) => setTimeout(resolve, 20));
    recorder.stop();

    // The page reloads: only the journal is left.
    const stored = (await journal.getSession(session.id))!;
    expect(stored.lastSeenMs).toBe(21_000);
    const done = saveRecordedSession(stored);
    expect(done.pauses).toEqual([
      { startMs: 14_500, endMs: 20_000 },
      { startMs: 21_000, endMs: 21_000 },
    ]);
    const upload = toSessionUpload(done, await journal.readBeats(session.id));
    // The fake clock starts in 1970, which the server refuses as a date; the marks are what is tested.
    expect(sessionUploadSchema.safeParse({ ...upload, startedAt: new Date().toISOString() }).error?.issues).toBeUndefined();
  });

  it('a slower journal write finishing last does not take back newer beat times or cycle starts', async () => {
    let nowMs = 0;
    const strap = fakeStrap();
    const protocol = { ...defaultProtocol, baselineS: 10, breathingS: 60, recoveryS: 10 };
    const session = newJournalSession({ id: crypto.randomUUID(), owner: 'u', protocol, device: null, startedAtEpochMs: 1_000_000 });
    const fake = reorderingJournal(session);
    const recorder = new SessionRecorder({ journal: fake.journal, strap: strap as unknown as StrapClient, now: () => nowMs }, session, 1_000_000);

    strap.beats([{ tMs: 9_800, rrMs: 1000, rrRaw: 1024 }], 9_800);
    strap.beats([{ tMs: 10_400, rrMs: 600, rrRaw: 614 }], 10_400);
    nowMs = 10_500;
    recorder.tick();
    expect(fake.row().pacerCycleStartsMs).toEqual([10_000]);
    await fake.resolveNewestFirst();
    expect(recorder.session).toMatchObject({ lastBeatMs: 10_400, beatCount: 2, pacerCycleStartsMs: [10_000] });

    nowMs = 11_000;
    recorder.tick();
    // A packet from a strap timeline that restarted: never placed before the beat already kept.
    strap.beats([{ tMs: 10_000, rrMs: 800, rrRaw: 819 }], 11_000);
    await fake.resolveNewestFirst();
    expect(fake.row().pacerCycleStartsMs).toEqual([10_000]);
    expect(fake.row().lastBeatMs).toBe(10_400);
    recorder.stop();
  });

  it('a journal that cannot write (even throwing at once) still lets every beat through, reports it, and the session still ends', async () => {
    let nowMs = 0;
    const strap = fakeStrap();
    const session = newJournalSession({ id: crypto.randomUUID(), owner: null, protocol: defaultProtocol, device: null, startedAtEpochMs: 1_000_000 });
    const broken = {
      appendBeats: () => {
        throw new DOMException('closed', 'InvalidStateError');
      },
      updateSession: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    } as unknown as Journal;
    const seen: number[] = [];
    const errors: string[] = [];
    const recorder = new SessionRecorder(
      { journal: broken, strap: strap as unknown as StrapClient, now: () => nowMs, onBeats: (b) => seen.push(...b.map((x) => x.tMs)), onError: (e) => errors.push((e as DOMException).name) },
      session,
      1_000_000,
    );
    expect(() => strap.beats([{ tMs: 1000, rrMs: 1000, rrRaw: 1024 }], 1000)).not.toThrow();
    strap.beats([{ tMs: 2000, rrMs: 1000, rrRaw: 1024 }], 2000);
    expect(seen).toEqual([1000, 2000]);
    nowMs = 5000;
    const done = await recorder.finish();
    expect(done).toMatchObject({ status: 'finished', durationMs: 5000, endedEarly: true });
    expect(errors).toEqual(['InvalidStateError', 'InvalidStateError', 'QuotaExceededError']);
  });
});
