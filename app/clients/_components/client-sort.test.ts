import { describe, expect, it } from 'vitest';
import { sortClients, type ClientRowData } from './client-sort';

const row = (name: string, over: Partial<ClientRowData> = {}): ClientRowData => ({
  id: name,
  name,
  lastSessionAt: null,
  latestShiftLnRmssd: null,
  trend: null,
  sessionsThisWeek: 0,
  adherence: null,
  ...over,
});

const names = (rows: ClientRowData[]) => rows.map((r) => r.name);

describe('sortClients', () => {
  const rows = [
    row('Ömer', { lastSessionAt: '2026-11-30T08:00:00Z', latestShiftLnRmssd: 0.2, trend: 'up', sessionsThisWeek: 3, adherence: { timesPerWeek: 7, practised: 3 } }),
    row('anna', { lastSessionAt: '2026-12-01T08:00:00Z', latestShiftLnRmssd: -0.1, trend: 'down', sessionsThisWeek: 1, adherence: { timesPerWeek: 3, practised: 3 } }),
    row('Bram'),
  ];

  it('sorts names by the reader’s alphabet, case and accents aside', () => {
    expect(names(sortClients(rows, 'name', 'ascending', 'nl'))).toEqual(['anna', 'Bram', 'Ömer']);
    expect(names(sortClients(rows, 'name', 'descending', 'nl'))).toEqual(['Ömer', 'Bram', 'anna']);
  });

  it('keeps clients without a value last in both directions', () => {
    expect(names(sortClients(rows, 'lastSession', 'descending', 'en'))).toEqual(['anna', 'Ömer', 'Bram']);
    expect(names(sortClients(rows, 'lastSession', 'ascending', 'en'))).toEqual(['Ömer', 'anna', 'Bram']);
    expect(names(sortClients(rows, 'latestShift', 'ascending', 'en'))).toEqual(['anna', 'Ömer', 'Bram']);
  });

  it('orders trends falling, flat, rising and practice by the share of the week done', () => {
    expect(names(sortClients(rows, 'trend', 'ascending', 'en'))).toEqual(['anna', 'Ömer', 'Bram']);
    expect(names(sortClients(rows, 'practice', 'descending', 'en'))).toEqual(['anna', 'Ömer', 'Bram']);
    expect(names(sortClients(rows, 'sessionsThisWeek', 'descending', 'en'))).toEqual(['Ömer', 'anna', 'Bram']);
  });
});
