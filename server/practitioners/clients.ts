import 'server-only';
// The practitioner's clients page: each active client with what the page shows of them, computed only
// from the sessions the practitioner may read. Opening it logs a 'clients' entry for every client listed.
import { listClientRows, listRecentClientSessions, type ClientRow } from '@/db/queries/clients';
import type { LinkShare, PrescribedProtocol } from '@/db/schema/json-types';
import type { Viewer } from '@/db/viewer';
import { trendDirection, type TrendDirection } from '@/lib/trends/direction';
import { addDays, isoWeekStart, localDayAt } from '@/lib/trends/local-day';
import { requirePractitioner } from './errors';
import { readLogged } from './logged-read';

export interface ClientListItem {
  /** The client's account id. */
  id: string;
  name: string;
  linkId: string;
  share: LinkShare;
  sharedSince: string;
  lastSessionAt: string | null;
  /** The shift (ln RMSSD, recovery − baseline) of the latest readable session that has one. */
  latestShiftLnRmssd: number | null;
  /** lib/trends/direction.ts: the 7-day mean of the daily lnRMSSD against the week before; null without enough days. */
  trend: TrendDirection | null;
  /** Readable sessions in the client's current ISO week (Monday first, in their time zone). */
  sessionsThisWeek: number;
  minutesThisWeek: number;
  prescription: { timesPerWeek: number; minutesPerSession: number; protocol: PrescribedProtocol } | null;
  /** This week's readable sessions with at least the prescribed minutes of practice (rounded); null without a prescription. */
  practisedThisWeek: number | null;
}

type RecentSession = Awaited<ReturnType<typeof listRecentClientSessions>>[number];

/** Every zone's today is within a day of UTC's: 15 days back covers two rolling weeks and this week anywhere. */
const recentDays = 15;

function summarise(row: ClientRow, sessions: readonly RecentSession[], now: Date): ClientListItem {
  const today = localDayAt(now.getTime(), row.timeZone ?? 'UTC').localDate;
  const weekStart = isoWeekStart(today);
  const daily = new Map<string, number>();
  let sessionsThisWeek = 0;
  let minutesThisWeek = 0;
  let practisedThisWeek = 0;
  for (const s of sessions) {
    if (s.localDate > today) continue;
    // Ordered by start: the day's first passed baseline is its value (as on the trends page).
    if (s.baselineLnRmssd !== null && !daily.has(s.localDate)) daily.set(s.localDate, s.baselineLnRmssd);
    if (s.localDate < weekStart) continue;
    sessionsThisWeek += 1;
    minutesThisWeek += s.practiceMinutes;
    if (row.prescription && Math.round(s.practiceMinutes) >= row.prescription.minutesPerSession) practisedThisWeek += 1;
  }
  const prescription = row.prescription?.timesPerWeek != null ? row.prescription : null;
  return {
    id: row.clientId,
    name: row.name,
    linkId: row.linkId,
    share: row.share,
    sharedSince: row.acceptedAt.toISOString(),
    lastSessionAt: row.lastSessionAt ? row.lastSessionAt.toISOString() : null,
    latestShiftLnRmssd: row.latestShiftLnRmssd ?? null,
    trend: trendDirection(daily, today),
    sessionsThisWeek,
    minutesThisWeek,
    prescription,
    practisedThisWeek: prescription ? practisedThisWeek : null,
  };
}

export async function listClients(viewer: Viewer, now = new Date()): Promise<{ clients: ClientListItem[] }> {
  requirePractitioner(viewer);
  const clients = await readLogged(
    viewer,
    async () => {
      const rows = await listClientRows(viewer);
      const from = addDays(localDayAt(now.getTime(), 'UTC').localDate, -recentDays);
      const recent = await listRecentClientSessions(viewer, from);
      const byClient = new Map<string, RecentSession[]>();
      for (const s of recent) {
        const list = byClient.get(s.userId);
        if (list) list.push(s);
        else byClient.set(s.userId, [s]);
      }
      return {
        value: rows.map((row) => summarise(row, byClient.get(row.clientId) ?? [], now)),
        entries: rows.map((row) => ({ clientId: row.clientId, what: 'clients' as const })),
      };
    },
    now,
  );
  return { clients: clients ?? [] };
}
