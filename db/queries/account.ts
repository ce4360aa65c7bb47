import 'server-only';
import { and, asc, eq, inArray, isNotNull, like, or } from 'drizzle-orm';
import { notesOnOwnSessions as notesUnderOwnSessions, ownBeats, ownLiveSession, ownPlan, ownSessions } from '../access';
import { getDatabase } from '../client';
import type { Tables } from '../database';
import type { Viewer } from '../viewer';
import type { PracticeSessionRow } from './sessions';

type UserRow = Tables['user']['$inferSelect'];
type AuthSessionRow = Tables['session']['$inferSelect'];
type AccountRow = Tables['account']['$inferSelect'];

/** What the person's own export holds of the auth tables: never a password hash or a token. */
export interface AccountRecords {
  user: UserRow;
  signIns: Pick<AuthSessionRow, 'id' | 'createdAt' | 'updatedAt' | 'expiresAt' | 'ipAddress' | 'userAgent'>[];
  logins: Pick<AccountRow, 'id' | 'providerId' | 'accountId' | 'scope' | 'createdAt' | 'updatedAt'>[];
  requestLimits: Tables['requestLimit']['$inferSelect'][];
  sessions: PracticeSessionRow[];
  /** The practice plan, without the hash of its feed's token (a secret, even hashed). */
  plan: Omit<Tables['practicePlan']['$inferSelect'], 'feedTokenHash'> & { feedEnabled: boolean } | null;
  /** Links on either side, invites made, notes written and notes on the person's sessions, prescriptions, accesses on either side. */
  practitioners: {
    links: Tables['practitionerLink']['$inferSelect'][];
    invites: Omit<Tables['practitionerInvite']['$inferSelect'], 'codeHash'>[];
    notesWritten: Tables['practitionerNote']['$inferSelect'][];
    notesOnOwnSessions: Tables['practitionerNote']['$inferSelect'][];
    prescriptions: Tables['prescription']['$inferSelect'][];
    accessLog: Tables['accessLog']['$inferSelect'][];
  };
}

/** Keys of Herstel's own limits that name a person end in `:<userId>` (`upload:<userId>`). */
const limitKeyPattern = (userId: string) => `%:${userId}`;

export async function getAccountRecords(viewer: Viewer): Promise<AccountRecords | undefined> {
  const { db, t } = await getDatabase();
  const [user] = await db.select().from(t.user).where(eq(t.user.id, viewer.userId));
  if (!user) return undefined;
  const s = t.session;
  const a = t.account;
  const p = t.practicePlan;
  const [signIns, logins, requestLimits, sessions, plans, practitioners] = await Promise.all([
    db.select({ id: s.id, createdAt: s.createdAt, updatedAt: s.updatedAt, expiresAt: s.expiresAt, ipAddress: s.ipAddress, userAgent: s.userAgent }).from(s).where(eq(s.userId, viewer.userId)),
    db.select({ id: a.id, providerId: a.providerId, accountId: a.accountId, scope: a.scope, createdAt: a.createdAt, updatedAt: a.updatedAt }).from(a).where(eq(a.userId, viewer.userId)),
    db.select().from(t.requestLimit).where(like(t.requestLimit.key, limitKeyPattern(viewer.userId))),
    db.select().from(t.practiceSession).where(ownSessions(t, viewer)).orderBy(asc(t.practiceSession.startedAt)),
    db
      .select({ id: p.id, userId: p.userId, weekdays: p.weekdays, timeOfDay: p.timeOfDay, durationMin: p.durationMin, locale: p.locale, updatedAt: p.updatedAt, feedEnabled: isNotNull(p.feedTokenHash) })
      .from(p)
      .where(ownPlan(t, viewer)),
    getPractitionerRecords(viewer),
  ]);
  const [plan] = plans;
  return { user, signIns, logins, requestLimits, sessions, plan: plan ? { ...plan, feedEnabled: Boolean(plan.feedEnabled) } : null, practitioners };
}

async function getPractitionerRecords(viewer: Viewer): Promise<AccountRecords['practitioners']> {
  const { db, t } = await getDatabase();
  const l = t.practitionerLink;
  const i = t.practitionerInvite;
  const n = t.practitionerNote;
  const a = t.accessLog;
  const me = viewer.userId;
  const [links, invites, notesWritten, notesOnOwnSessions, prescriptions, accessLog] = await Promise.all([
    db.select().from(l).where(ownLinks(t, me)).orderBy(asc(l.acceptedAt)),
    db
      .select({ id: i.id, practitionerId: i.practitionerId, createdAt: i.createdAt, expiresAt: i.expiresAt, usedAt: i.usedAt, usedBy: i.usedBy })
      .from(i)
      .where(or(eq(i.practitionerId, me), eq(i.usedBy, me)))
      .orderBy(asc(i.createdAt)),
    db.select().from(n).where(eq(n.authorId, me)).orderBy(asc(n.createdAt)),
    db.select().from(n).where(notesUnderOwnSessions(t, viewer)).orderBy(asc(n.createdAt)),
    db.select().from(t.prescription).where(inArray(t.prescription.linkId, db.select({ id: l.id }).from(l).where(ownLinks(t, me)))),
    db.select().from(a).where(or(eq(a.practitionerId, me), eq(a.clientId, me))).orderBy(asc(a.at)),
  ]);
  return { links, invites, notesWritten, notesOnOwnSessions, prescriptions, accessLog };
}

/** Links the person is on, on either side, ended ones too: their own history. */
const ownLinks = (t: Tables, userId: string) => or(eq(t.practitionerLink.practitionerId, userId), eq(t.practitionerLink.clientId, userId));

/** The packed beats of some of the viewer's own sessions, by session id. */
export async function getOwnBeats(viewer: Viewer, sessionIds: string[]): Promise<Map<string, Uint8Array>> {
  if (sessionIds.length === 0) return new Map();
  const { db, t } = await getDatabase();
  const rows = await db
    .select({ id: t.sessionBeats.sessionId, beats: t.sessionBeats.beats })
    .from(t.sessionBeats)
    .where(and(inArray(t.sessionBeats.sessionId, sessionIds), ownBeats(t, viewer)));
  return new Map(rows.map((r) => [r.id, r.beats]));
}

/**
 * Removes the person and every row of theirs in one transaction: all of it goes, or nothing does.
 * Explicit deletes rather than relying on ON DELETE CASCADE alone, so a row that names the person
 * without a foreign key (limits, verification) goes too. A table added later adds its delete here;
 * tests/integration/account-deletion.test.ts walks every table and fails otherwise.
 */
export async function deleteAccount(viewer: Viewer): Promise<{ email: string } | undefined> {
  const database = await getDatabase();
  const { t } = database;
  return database.transaction(async (tx) => {
    const [user] = await tx.select({ email: t.user.email }).from(t.user).where(eq(t.user.id, viewer.userId));
    if (!user) return undefined;
    // Practitioner data on both sides: a practitioner who leaves ends their links, and their notes on
    // clients' sessions go with them; a client who leaves takes the notes on their sessions along.
    const me = viewer.userId;
    const links = tx.select({ id: t.practitionerLink.id }).from(t.practitionerLink).where(ownLinks(t, me));
    // The client's access log is theirs: a practitioner who leaves is no longer named in it, but the
    // record that their data was opened stays. A client who leaves takes their log along.
    await tx.delete(t.accessLog).where(eq(t.accessLog.clientId, me));
    await tx.update(t.accessLog).set({ practitionerId: null }).where(eq(t.accessLog.practitionerId, me));
    await tx.delete(t.practitionerNote).where(or(eq(t.practitionerNote.authorId, me), notesUnderOwnSessions(t, viewer)));
    await tx.delete(t.prescription).where(inArray(t.prescription.linkId, links));
    await tx.delete(t.practitionerLink).where(ownLinks(t, me));
    await tx.delete(t.practitionerInvite).where(or(eq(t.practitionerInvite.practitionerId, me), eq(t.practitionerInvite.usedBy, me)));
    await tx.delete(t.liveSession).where(ownLiveSession(t, viewer));
    await tx.delete(t.sessionBeats).where(ownBeats(t, viewer));
    await tx.delete(t.practiceSession).where(ownSessions(t, viewer));
    await tx.delete(t.practicePlan).where(ownPlan(t, viewer));
    await tx.delete(t.requestLimit).where(like(t.requestLimit.key, limitKeyPattern(viewer.userId)));
    await tx.delete(t.rateLimit).where(or(like(t.rateLimit.key, `%${viewer.userId}%`), like(t.rateLimit.key, `%${user.email}%`)));
    await tx
      .delete(t.verification)
      .where(or(eq(t.verification.identifier, user.email), like(t.verification.identifier, `%:${user.email}`), eq(t.verification.value, viewer.userId), like(t.verification.value, `%${viewer.userId}%`)));
    await tx.delete(t.session).where(eq(t.session.userId, viewer.userId));
    await tx.delete(t.account).where(eq(t.account.userId, viewer.userId));
    await tx.delete(t.user).where(eq(t.user.id, viewer.userId));
    return { email: user.email };
  });
}
