import 'server-only';
// What the practitioner's clients page reads, in two queries whatever the number of clients: the active
// links with each client's name, zone, prescription and latest readable session, then the readable
// sessions of the last weeks for the trend direction and this week's practice. Only what the viewer may
// read counts (db/access.ts): a hidden or unshared session moves none of the figures.
import { and, asc, eq, gte, isNotNull, sql } from 'drizzle-orm';
import { clientLinks, readableSessions, sharedThroughLink } from '../access';
import { getDatabase } from '../client';
import type { Viewer } from '../viewer';

export async function listClientRows(viewer: Viewer) {
  const { db, t } = await getDatabase();
  const l = t.practitionerLink;
  const s = t.practiceSession;
  const p = t.prescription;
  // Correlated on the link's client; the query joins tables, so drizzle qualifies every column and the
  // inner practice_session is the subquery's own.
  const latest = (column: typeof s.startedAt | typeof s.shiftLnRmssd, extra = sql`true`) =>
    sql`(select ${column} from ${s} where ${s.userId} = ${l.clientId} and ${extra} and ${readableSessions(t, viewer)} order by ${s.startedAt} desc limit 1)`;
  return db
    .select({
      linkId: l.id,
      clientId: l.clientId,
      share: l.share,
      acceptedAt: l.acceptedAt,
      name: t.user.name,
      timeZone: t.user.timeZone,
      prescription: { timesPerWeek: p.timesPerWeek, minutesPerSession: p.minutesPerSession, protocol: p.protocol },
      lastSessionAt: latest(s.startedAt).mapWith(s.startedAt),
      latestShiftLnRmssd: latest(s.shiftLnRmssd, isNotNull(s.shiftLnRmssd)).mapWith(Number),
    })
    .from(l)
    .innerJoin(t.user, eq(t.user.id, l.clientId))
    .leftJoin(p, eq(p.linkId, l.id))
    .where(clientLinks(t, viewer))
    .orderBy(asc(t.user.name), asc(l.id));
}

export type ClientRow = Awaited<ReturnType<typeof listClientRows>>[number];

/**
 * The shared sessions of all the viewer's clients on or after `fromDate` (each session's own calendar
 * day), through the active links: one join instead of a link lookup per session.
 */
export async function listRecentClientSessions(viewer: Viewer, fromDate: string) {
  const { db, t } = await getDatabase();
  const s = t.practiceSession;
  return db
    .select({ userId: s.userId, localDate: s.localDate, startedAt: s.startedAt, baselineLnRmssd: s.baselineLnRmssd, practiceMinutes: s.practiceMinutes })
    .from(t.practitionerLink)
    .innerJoin(s, sharedThroughLink(t))
    .where(and(clientLinks(t, viewer), gte(s.localDate, fromDate)))
    .orderBy(asc(s.userId), asc(s.localDate), asc(s.startedAt));
}
