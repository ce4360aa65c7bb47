import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Beat, Gap, MeasurementEvent, StatusEvent, StrapClient } from '@/lib/ble';
import type { Journal } from './journal';
import { defaultProtocol } from './protocol';
import { newJournalSession } from './session-lifecycle';
import { SessionRecorder } from './session-recorder';
import { openTestJournal } from './testing/journal-fixtures';

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

let journal: Journal;
beforeEach(async () => {
  journal = await openTestJournal();
});
afterEach(() => journal.close());

describe('SessionRecorder', () => {
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
});
