import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal, toSessionUpload, type Journal } from './journal';
import { defaultProtocol } from '@/lib/session/protocol/protocol';
import { finishJournalSession, newJournalSession, resumeJournalSession, saveRecordedSession } from './session-lifecycle';
import { pauseSession, resumeSession } from '@/lib/session/runner/session-runner';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';

const protocol = { ...defaultProtocol, baselineS: 10, breathingS: 10, recoveryS: 10 };
let journal: Journal;
let dbName = 0;

beforeEach(async () => {
  dbName++;
  journal = await openJournal(indexedDB, `journal-test-${dbName}`);
});
afterEach(() => journal.close());

const session = (id = '7d0f6c1e-3a55-4c43-9a4e-2f4b8f0b8a11', owner: string | null = null) =>
  newJournalSession({ id, owner, protocol, device: { kind: 'simulated', name: 'Simulated strap', bodySensorLocation: 'chest' }, startedAtEpochMs: Date.UTC(2026, 0, 5, 7) });

const beat = (tMs: number, rrMs = 1000) => ({ tMs, rrMs, rrRaw: Math.round((rrMs * 1024) / 1000) });

describe('journal', () => {
  it('appends every packet and reads the beats back in order', async () => {
    await journal.createSession(session());
    await journal.appendBeats(session().id, [beat(1000)], 1000);
    await journal.appendBeats(session().id, [beat(2000), beat(2900, 900)], 2950);
    await journal.appendBeats(session().id, [], 3500);
    const stored = await journal.getSession(session().id);
    expect(stored).toMatchObject({ beatCount: 3, packetCount: 3, lastBeatMs: 2900, lastSeenMs: 3500 });
    expect(await journal.readBeats(session().id)).toEqual([beat(1000), beat(2000), beat(2900, 900)]);
  });

  it('keeps concurrent appends (one per packet, not awaited) in arrival order', async () => {
    await journal.createSession(session());
    await Promise.all(Array.from({ length: 50 }, (_, i) => journal.appendBeats(session().id, [beat((i + 1) * 1000)], (i + 1) * 1000)));
    const beats = await journal.readBeats(session().id);
    expect(beats.map((b) => b.tMs)).toEqual(Array.from({ length: 50 }, (_, i) => (i + 1) * 1000));
    expect((await journal.getSession(session().id))?.beatCount).toBe(50);
  });

  it('survives a reopen (a reload) with nothing lost', async () => {
    await journal.createSession(session());
    await journal.appendBeats(session().id, [beat(1000)], 1000);
    journal.close();
    journal = await openJournal(indexedDB, `journal-test-${dbName}`);
    expect(await journal.readBeats(session().id)).toHaveLength(1);
    expect((await journal.listSessions()).map((s) => s.status)).toEqual(['recording']);
  });

  it('rejects a write to an unknown session and deletes a session with its beats', async () => {
    await expect(journal.appendBeats('nope', [beat(1)], 1)).rejects.toMatchObject({ name: 'JournalError', code: 'session-missing' });
    await journal.createSession(session());
    await journal.appendBeats(session().id, [beat(1000)], 1000);
    await journal.deleteSession(session().id);
    expect(await journal.getSession(session().id)).toBeNull();
    expect(await journal.readBeats(session().id)).toEqual([]);
  });
});

describe('session lifecycle', () => {
  it('a resumed session records the reload as a gap and continues the phase where it was', () => {
    const s = { ...session(), lastSeenMs: 12_000 };
    const resumed = resumeJournalSession(s, 20_000);
    expect(resumed.gaps).toEqual([{ startMs: 12_000, endMs: 20_000 }]);
    expect(resumed.runner.pauses).toEqual([]);
    const done = finishJournalSession(resumed, 40_000);
    expect(done.phases.map((p) => [p.phase, p.startMs, p.endMs])).toEqual([
      ['baseline', 0, 10_000],
      ['breathing', 10_000, 28_000],
      ['recovery', 28_000, 38_000],
    ]);
    expect(done.durationMs).toBe(38_000);
    expect(done.endedEarly).toBe(false);
  });

  it('the reload gap starts after the last beat kept, even when it sits after its packet', () => {
    const resumed = resumeJournalSession({ ...session(), lastSeenMs: 12_000, lastBeatMs: 12_004 }, 20_000);
    expect(resumed.gaps).toEqual([{ startMs: 12_004, endMs: 20_000 }]);
  });

  it('save-as-recorded ends at the last journaled moment; the upload is valid', async () => {
    await journal.createSession(session());
    await journal.appendBeats(session().id, [beat(1000), beat(2000)], 15_000);
    const stored = (await journal.getSession(session().id))!;
    const done = saveRecordedSession(stored);
    expect(done).toMatchObject({ status: 'finished', durationMs: 15_000, endedEarly: true });
    expect(done.upload.status).toBe('local');
    const upload = toSessionUpload(done, await journal.readBeats(session().id));
    expect(sessionUploadSchema.safeParse(upload).success).toBe(true);
  });

  it('save-as-recorded cuts pauses and phases the journal holds past its last seen moment to the end', () => {
    // A journal written before the fix: the runner paused (in the breathing phase) after lastSeenMs.
    const runner = resumeSession(pauseSession(session().runner, 12_000), 14_000);
    const stale = { ...session(), runner: pauseSession(runner, 16_000), lastSeenMs: 9_000 };
    const done = saveRecordedSession(stale);
    expect(done.durationMs).toBe(9_000);
    expect(done.pauses).toEqual([
      { startMs: 9_000, endMs: 9_000 },
      { startMs: 9_000, endMs: 9_000 },
    ]);
    expect(done.phases).toEqual([
      { phase: 'baseline', startMs: 0, endMs: 9_000 },
      { phase: 'breathing', startMs: 9_000, endMs: 9_000 },
    ]);
    const upload = toSessionUpload(done, [beat(1000), beat(2000)]);
    expect(sessionUploadSchema.safeParse(upload).error?.issues).toBeUndefined();
  });

  it('closes a gap still open at the end, and owned sessions wait to upload', () => {
    const done = finishJournalSession(session(undefined, 'user-1'), 9000, 7000);
    expect(done.gaps).toEqual([{ startMs: 7000, endMs: 9000 }]);
    expect(done.upload.status).toBe('pending');
  });
});
