import { describe, expect, it } from 'vitest';
import { summarizeSession } from '@/lib/hrv';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { sessionUploadSchema } from '@/lib/session/protocol/upload-schema';
import { localDayAt } from '@/lib/trends/local-day';
import { demoDays, demoSessions, demoZone } from './demo-sessions';

describe('the demo person’s twelve weeks', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  const sessions = demoSessions(now);

  it('are valid uploads, all in the past, a morning reading every day and breathing most evenings', () => {
    for (const { upload } of sessions) {
      expect(sessionUploadSchema.safeParse(upload).success).toBe(true);
      expect(Date.parse(upload.startedAt) + upload.durationMs).toBeLessThanOrEqual(now.getTime());
    }
    const mornings = sessions.filter((s) => s.upload.kind === 'morning-reading');
    expect(new Set(mornings.map((s) => localDayAt(Date.parse(s.upload.startedAt), demoZone).localDate)).size).toBe(demoDays);
    // Every morning at 07:10 on the demo person's clock, summer time or not.
    for (const s of mornings) expect(new Intl.DateTimeFormat('en-GB', { timeZone: demoZone, hour: '2-digit', minute: '2-digit' }).format(new Date(s.upload.startedAt))).toBe('07:10');
    const evenings = sessions.length - mornings.length;
    expect(evenings).toBeGreaterThan(demoDays * 0.6);
    expect(evenings).toBeLessThan(demoDays);
  });

  it('are the same every run, apart from the ids', () => {
    const again = demoSessions(now);
    const strip = (list: typeof sessions) => list.map(({ upload: { id: _id, ...upload }, ...rest }) => ({ upload, ...rest }));
    expect(strip(again)).toEqual(strip(sessions));
    expect(sessions.some((s) => s.tags.includes('slept-badly'))).toBe(true);
  });

  it('show what practice does: RMSSD a little higher after breathing than before, more so as the weeks go by, and not every evening', () => {
    const shifts = sessions.filter((s) => s.upload.kind !== 'morning-reading').map((s) => summarizeSession(toSessionInput(s.upload)).shift.percent);
    expect(shifts.every((x) => x !== null && Number.isFinite(x))).toBe(true);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const all = shifts as number[];
    const third = Math.floor(all.length / 3);
    expect(median(all)).toBeGreaterThan(5);
    expect(median(all)).toBeLessThan(25);
    expect(median(all.slice(-third))).toBeGreaterThan(median(all.slice(0, third)));
    expect(all.some((x) => x < 0)).toBe(true);
  });
});
