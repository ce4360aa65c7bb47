import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Auth } from '@/server/auth/config';
import { getTrendsHandler } from '@/server/trends/handlers';
import { getTrends } from '@/server/trends/get-trends';
import { addDays } from '@/lib/trends/local-day';
import { apiRequest, signUp, startApp, stopApp } from '../support/api-harness';
import { testDialects, type TestDatabase } from '../support/test-databases';
import { insertTrendRows, uuidOf } from '../support/trend-rows';

describe.each(testDialects)('trends API on %s', (dialect) => {
  let test: TestDatabase;
  let auth: Auth;
  let anna: string;
  let bram: string;
  let annaId: string;
  let bramId: string;

  const userId = async (email: string) => (await test.query<{ id: string }>('select id from "user" where email = ?', [email]))[0]!.id;

  beforeAll(async () => {
    ({ test, auth } = await startApp(dialect));
  });
  afterAll(() => stopApp(test));
  beforeEach(async () => {
    await test.reset();
    anna = await signUp(auth, 'anna@example.com', '10.2.0.1');
    bram = await signUp(auth, 'bram@example.com', '10.2.0.2');
    annaId = await userId('anna@example.com');
    bramId = await userId('bram@example.com');
  });

  const viewerOf = (id: string) => ({ userId: id, role: 'practising' as const });

  it('answers 401 signed out and 400 for a range it does not offer', async () => {
    const anonymous = await getTrendsHandler(apiRequest('GET', '/api/trends'));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('unauthenticated');
    for (const days of ['7', 'abc', '', '91.0', '-28']) {
      const response = await getTrendsHandler(apiRequest('GET', `/api/trends?days=${days}`, { cookie: anna }));
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('invalid-days');
    }
  });

  it('gives the exact days, sessions, weeks and reading, and nothing of another person', async () => {
    await insertTrendRows(test.database, [
      // Two sessions on 1 Dec: the first one's baseline is the day's value; only the second one practised.
      { id: uuidOf(1), userId: annaId, startedAt: '2026-12-01T07:00:00Z', localDate: '2026-12-01', baselineLnRmssd: 3.5, kind: 'morning-reading' },
      { id: uuidOf(2), userId: annaId, startedAt: '2026-12-01T18:00:00Z', localDate: '2026-12-01', baselineLnRmssd: 4.0, practiceMinutes: 10 },
      // On 2 Dec the first baseline was flagged: the second session's counts.
      { id: uuidOf(3), userId: annaId, startedAt: '2026-12-02T07:00:00Z', localDate: '2026-12-02', baselineLnRmssd: null, baselineRmssdMs: 12 },
      { id: uuidOf(4), userId: annaId, startedAt: '2026-12-02T08:00:00Z', localDate: '2026-12-02', baselineLnRmssd: 3.7 },
      { id: uuidOf(5), userId: annaId, startedAt: '2026-12-03T07:00:00Z', localDate: '2026-12-03', baselineLnRmssd: 3.6, tags: ['alcohol'], note: 'Late dinner' },
      { id: uuidOf(6), userId: annaId, startedAt: '2026-12-05T07:00:00Z', localDate: '2026-12-05', baselineLnRmssd: 3.8, practiceMinutes: 5 },
      // Before the range: neither a day nor a session in the answer.
      { id: uuidOf(7), userId: annaId, startedAt: '2026-11-01T07:00:00Z', localDate: '2026-11-01', baselineLnRmssd: 3.0, practiceMinutes: 20 },
      { id: uuidOf(8), userId: bramId, startedAt: '2026-12-03T06:00:00Z', localDate: '2026-12-03', baselineLnRmssd: 5.0, practiceMinutes: 30, tags: ['bram'] },
    ]);
    const trends = await getTrends(viewerOf(annaId), { days: 28, todayOverride: '2026-12-10' });
    expect(trends.timeZone).toBe('UTC');
    expect(trends.goalMinutesPerDay).toBe(5);
    expect(trends.days).toHaveLength(28);
    expect(trends.days[0]?.date).toBe('2026-11-13');
    expect(trends.days.at(-1)?.date).toBe('2026-12-10');
    const byDate = Object.fromEntries(trends.days.map((d) => [d.date, d]));
    const empty = { dailyLnRmssd: null, sessionId: null, normalLow: null, normalHigh: null, minutes: 0, sessions: 0, tags: [], notes: [] };
    expect(byDate['2026-11-30']).toEqual({ date: '2026-11-30', rolling7: null, ...empty });
    expect(byDate['2026-12-01']).toEqual({ ...empty, date: '2026-12-01', dailyLnRmssd: 3.5, sessionId: uuidOf(1), rolling7: null, minutes: 10, sessions: 2 });
    expect(byDate['2026-12-02']).toEqual({ ...empty, date: '2026-12-02', dailyLnRmssd: 3.7, sessionId: uuidOf(4), rolling7: null, sessions: 2 });
    expect(byDate['2026-12-03']!.rolling7).toBeCloseTo(3.6, 12);
    expect(byDate['2026-12-03']).toMatchObject({ dailyLnRmssd: 3.6, sessionId: uuidOf(5), sessions: 1, tags: ['alcohol'], notes: ['Late dinner'] });
    expect(byDate['2026-12-04']!.rolling7).toBeCloseTo(3.6, 12);
    expect(byDate['2026-12-05']!.rolling7).toBeCloseTo(3.65, 12);
    expect(byDate['2026-12-08']!.rolling7).toBeCloseTo((3.7 + 3.6 + 3.8) / 3, 12);
    expect(byDate['2026-12-09']!.rolling7).toBeNull();
    expect(trends.days.every((d) => d.normalLow === null && d.normalHigh === null)).toBe(true);
    expect(trends.reading).toBe('not-enough-data');

    expect(trends.sessions.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6].map(uuidOf));
    expect(trends.sessions[0]).toMatchObject({ id: uuidOf(1), startedAt: '2026-12-01T07:00:00.000Z', kind: 'morning-reading', minutes: 0, tags: [] });
    expect(Object.keys(trends.sessions[0]!).sort()).toEqual(
      ['id', 'startedAt', 'kind', 'baselineRmssdMs', 'recoveryRmssdMs', 'shiftRmssdMs', 'shiftLnRmssd', 'minutes', 'checkIn', 'tags'].sort(),
    );
    expect(trends.weeks).toEqual([
      { weekStart: '2026-11-09', minutes: 0, sessions: 0, daysPractised: 0 },
      { weekStart: '2026-11-16', minutes: 0, sessions: 0, daysPractised: 0 },
      { weekStart: '2026-11-23', minutes: 0, sessions: 0, daysPractised: 0 },
      { weekStart: '2026-11-30', minutes: 15, sessions: 6, daysPractised: 2 },
      { weekStart: '2026-12-07', minutes: 0, sessions: 0, daysPractised: 0 },
    ]);
    expect(JSON.stringify(trends)).not.toMatch(/bram|5\.0|"minutes":30/);

    const bramsTrend = await getTrends(viewerOf(bramId), { days: 28, todayOverride: '2026-12-10' });
    expect(bramsTrend.sessions.map((s) => s.id)).toEqual([uuidOf(8)]);
    expect(bramsTrend.days.find((d) => d.date === '2026-12-03')).toMatchObject({ dailyLnRmssd: 5.0, minutes: 30, sessions: 1 });
  });

  it('names the session that gave each day its value: the first passed one, the id breaking a tie', async () => {
    await insertTrendRows(test.database, [
      { id: uuidOf(12), userId: annaId, startedAt: '2026-12-04T07:00:00Z', localDate: '2026-12-04', baselineLnRmssd: 3.2 },
      { id: uuidOf(11), userId: annaId, startedAt: '2026-12-04T07:00:00Z', localDate: '2026-12-04', baselineLnRmssd: 3.9 },
      { id: uuidOf(13), userId: annaId, startedAt: '2026-12-05T06:00:00Z', localDate: '2026-12-05', baselineLnRmssd: null, practiceMinutes: 5 },
      { id: uuidOf(14), userId: annaId, startedAt: '2026-12-05T20:00:00Z', localDate: '2026-12-05', baselineLnRmssd: 3.4 },
      { id: uuidOf(15), userId: annaId, startedAt: '2026-12-06T20:00:00Z', localDate: '2026-12-06', baselineLnRmssd: null, practiceMinutes: 5 },
    ]);
    const trends = await getTrends(viewerOf(annaId), { days: 0, todayOverride: '2026-12-06' });
    expect(trends.days.map((d) => [d.date, d.sessionId, d.dailyLnRmssd])).toEqual([
      ['2026-12-04', uuidOf(11), 3.9],
      ['2026-12-05', uuidOf(14), 3.4],
      ['2026-12-06', null, null],
    ]);
  });

  it('gives each start to the millisecond, before 1970 too, and each session its own tags', async () => {
    await insertTrendRows(test.database, [
      { id: uuidOf(1), userId: annaId, startedAt: '1969-12-31T23:59:59.999Z', localDate: '1969-12-31', baselineLnRmssd: 3.1, tags: ['alcohol', 'late'] },
      { id: uuidOf(2), userId: annaId, startedAt: '1970-01-01T00:00:00.001Z', localDate: '1970-01-01', baselineLnRmssd: null },
      { id: uuidOf(3), userId: annaId, startedAt: '2026-12-01T07:00:00.999Z', localDate: '2026-12-01', baselineLnRmssd: 3.4, tags: ['ill'] },
      { id: uuidOf(4), userId: annaId, startedAt: '2004-01-10T19:24:04.656Z', localDate: '2004-01-10', baselineLnRmssd: null },
    ]);
    const early = await getTrends(viewerOf(annaId), { days: 28, todayOverride: '1970-01-02' });
    expect(early.sessions.map((s) => [s.startedAt, s.tags])).toEqual([
      ['1969-12-31T23:59:59.999Z', ['alcohol', 'late']],
      ['1970-01-01T00:00:00.001Z', []],
    ]);
    expect(early.days.find((d) => d.date === '1969-12-31')?.tags).toEqual(['alcohol', 'late']);
    const late = await getTrends(viewerOf(annaId), { days: 28, todayOverride: '2026-12-10' });
    expect(late.sessions.map((s) => [s.startedAt, s.tags])).toEqual([['2026-12-01T07:00:00.999Z', ['ill']]]);
    // PostgreSQL's epoch of this start in double seconds, times 1000, is 1073762644655.9999 ms: only
    // rounding makes it the stored millisecond again.
    const older = await getTrends(viewerOf(annaId), { days: 28, todayOverride: '2004-01-11' });
    expect(older.sessions.map((s) => [s.startedAt, s.tags])).toEqual([['2004-01-10T19:24:04.656Z', []]]);
  });

  it('reads the last days against the normal range once 14 days have a value', async () => {
    // 14 days ending 10 Dec, 3.0 on odd days and 4.0 on even ones: mean 3.5, sample SD √(3.5/13).
    await insertTrendRows(
      test.database,
      Array.from({ length: 14 }, (_, i) => {
        const date = `2026-11-${String(27 + i).padStart(2, '0')}`;
        const localDate = i < 4 ? date : `2026-12-${String(i - 3).padStart(2, '0')}`;
        return { id: uuidOf(i + 1), userId: annaId, startedAt: `${localDate}T07:00:00Z`, localDate, baselineLnRmssd: (i + 1) % 2 === 1 ? 3.0 : 4.0 };
      }),
    );
    const trends = await getTrends(viewerOf(annaId), { days: 28, todayOverride: '2026-12-10' });
    const today = trends.days.at(-1)!;
    const half = 0.5 * Math.sqrt(3.5 / 13);
    expect(today.normalLow).toBeCloseTo(3.5 - half, 12);
    expect(today.normalHigh).toBeCloseTo(3.5 + half, 12);
    expect(today.rolling7).toBeCloseTo(25 / 7, 12);
    expect(trends.days.at(-2)!.normalLow).toBeNull();
    expect(trends.reading).toBe('within');
  });

  it('answers over HTTP with the default range, and from the first session for everything', async () => {
    const response = await getTrendsHandler(apiRequest('GET', '/api/trends', { cookie: anna }));
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.days).toHaveLength(91);
    expect(answer.reading).toBe('not-enough-data');
    expect(Object.keys(answer).sort()).toEqual(['days', 'goalMinutesPerDay', 'reading', 'sessions', 'timeZone', 'weeks']);

    expect((await getTrends(viewerOf(annaId), { days: 0 })).days).toEqual([]);
    await insertTrendRows(test.database, [{ id: uuidOf(1), userId: annaId, startedAt: '2026-12-01T07:00:00Z', localDate: '2026-12-01', baselineLnRmssd: 3.2 }]);
    const everything = await getTrends(viewerOf(annaId), { days: 0, todayOverride: '2026-12-04' });
    expect(everything.days.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
    expect(everything.weeks).toEqual([{ weekStart: '2026-11-30', minutes: 0, sessions: 1, daysPractised: 0 }]);
    const brams = await (await getTrendsHandler(apiRequest('GET', '/api/trends?days=0', { cookie: bram }))).json();
    expect(brams).toMatchObject({ days: [], sessions: [], weeks: [], reading: 'not-enough-data' });
  });

  it("on the clock's today reads the same days as with that day given: nothing after it, the look-back before the range", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const day = (offset: number, n: number, baselineLnRmssd: number | null = 3.5) => ({
      id: uuidOf(n),
      userId: annaId,
      startedAt: `${addDays(today, offset)}T07:00:00Z`,
      localDate: addDays(today, offset),
      baselineLnRmssd,
    });
    await insertTrendRows(test.database, [
      // Before the look-back of a 28-day range's first day (27 days back, then 59 more): counted nowhere.
      day(-87, 1, 9.0),
      // In the look-back: the first day's rolling mean counts these two, their sessions are not listed.
      day(-29, 2, 3.0),
      day(-28, 3, 4.0),
      day(-27, 4, 5.0),
      day(0, 5),
      // Dated after today (a clock or zone ahead): neither a day nor a session yet.
      day(1, 6),
      day(2, 7),
    ]);
    const answer = await (await getTrendsHandler(apiRequest('GET', '/api/trends?days=28', { cookie: anna }))).json();
    expect(answer.days).toHaveLength(28);
    expect(answer.days.at(-1).date).toBe(today);
    expect(answer.days[0]).toMatchObject({ date: addDays(today, -27), dailyLnRmssd: 5.0, rolling7: 4.0 });
    expect(answer.sessions.map((s: { id: string }) => s.id)).toEqual([uuidOf(4), uuidOf(5)]);
    expect(answer).toEqual(JSON.parse(JSON.stringify(await getTrends(viewerOf(annaId), { days: 28, todayOverride: today }))));
  });
});
