// Sorting the clients table: pure, so the order is tested without a browser.
import type { TrendDirection } from './trend-direction';

export interface ClientRowData {
  id: string;
  name: string;
  /** ISO time of the latest shared session, or null. */
  lastSessionAt: string | null;
  latestShiftLnRmssd: number | null;
  trend: TrendDirection;
  sessionsThisWeek: number;
  /** This week's sessions of at least the prescribed minutes against its times a week; null without a prescription. */
  adherence: { practised: number; timesPerWeek: number } | null;
}

export const sortKeys = ['name', 'lastSession', 'latestShift', 'trend', 'sessionsThisWeek', 'practice'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

const trendRank = { down: 0, flat: 1, up: 2 } as const;

function sortValue(row: ClientRowData, key: SortKey): string | number | null {
  switch (key) {
    case 'name':
      return row.name;
    case 'lastSession':
      return row.lastSessionAt ? Date.parse(row.lastSessionAt) : null;
    case 'latestShift':
      return row.latestShiftLnRmssd;
    case 'trend':
      return row.trend === null ? null : trendRank[row.trend];
    case 'sessionsThisWeek':
      return row.sessionsThisWeek;
    case 'practice':
      // How far along this week's prescription is, as a share, so 3 of 3 ranks above 3 of 7.
      return row.adherence ? row.adherence.practised / Math.max(1, row.adherence.timesPerWeek) : null;
  }
}

/** A sorted copy. Rows without a value go last in either direction; ties keep the name order. */
export function sortClients(rows: readonly ClientRowData[], key: SortKey, direction: SortDirection, locale: string): ClientRowData[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return sign * (typeof va === 'string' && typeof vb === 'string' ? collator.compare(va, vb) : Number(va) - Number(vb));
    }
    return collator.compare(a.name, b.name);
  });
}
