// People, links and sessions for the practitioner suites: a client with sessions before and after
// linking (and one hidden), another client, and practitioners in every relation to them.
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/database';
import type { Viewer } from '@/db/viewer';
import type { UserRole } from '@/db/schema/json-types';
import { encodeBeats } from '@/lib/session/protocol/beats-codec';
import type { Auth } from '@/server/auth/config';
import { clientAddressHeader } from '@/server/client-address';
import { acceptInvite, createInvite } from '@/server/practitioners/invites';
import { endLink } from '@/server/practitioners/links';
import { baseUrl } from './api-harness';
import { insertTrendRows, uuidOf, type TrendRowInput } from './trend-rows';

export interface Person {
  id: string;
  cookie: string;
  viewer: Viewer;
}

let address = 0;

export async function signUpAs(auth: Auth, name: string, role: UserRole): Promise<Person> {
  const response = await auth.handler(
    new Request(`${baseUrl}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, [clientAddressHeader()]: `10.7.${Math.floor(++address / 200)}.${address % 200}` },
      body: JSON.stringify({ name, email: `${name.toLowerCase()}@example.com`, password: 'correct-horse-battery', role }),
    }),
  );
  if (response.status !== 200) throw new Error(`sign-up of ${name}: ${response.status} ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string } };
  return { id: user.id, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', viewer: { userId: user.id, role } };
}

/** Links `client` to `practitioner` through an invite, accepted at `at`. */
export async function link(practitioner: Person, client: Person, share: 'from-now' | 'all', at: Date): Promise<string> {
  const invite = await createInvite(practitioner.viewer, new Date(at.getTime() - 60_000));
  return (await acceptInvite(client.viewer, invite.code, share, at)).link.id;
}

/** Sessions with beats (the detail reads them), straight through the data layer. */
export async function insertSessions(database: Database, rows: (TrendRowInput & { hidden?: boolean })[]): Promise<void> {
  await insertTrendRows(database, rows);
  const beats = encodeBeats(Array.from({ length: 20 }, (_, i) => ({ tMs: (i + 1) * 1000, rrMs: 1000, rrRaw: 1024 })));
  await database.db.insert(database.t.sessionBeats).values(rows.map((r) => ({ userId: r.userId, sessionId: r.id, beats: Buffer.from(beats) })));
  for (const r of rows.filter((r) => r.hidden)) {
    await database.db.update(database.t.practiceSession).set({ hidden: true }).where(and(eq(database.t.practiceSession.userId, r.userId), eq(database.t.practiceSession.id, r.id)));
  }
}

export const linkedAt = new Date('2026-11-15T00:00:00Z');
export const sessionIds = { before: uuidOf(101), after: uuidOf(102), hidden: uuidOf(103), other: uuidOf(104) };

export interface PractitionerWorld {
  anna: Person;
  bram: Person;
  pieter: Person;
  petra: Person;
  ruud: Person;
  roos: Person;
  annaPieterLink: string;
}

/**
 * anna: sessions before the link (11-10), after it (11-20) and one hidden (11-21). pieter: linked with
 * anna "from now on" (11-15) and with bram. petra: no link. ruud: anna revoked his link. roos: ended
 * her link with anna herself.
 */
export async function buildWorld(auth: Auth, database: Database): Promise<PractitionerWorld> {
  const [anna, bram, pieter, petra, ruud, roos] = await Promise.all([
    signUpAs(auth, 'Anna', 'practising'),
    signUpAs(auth, 'Bram', 'practising'),
    signUpAs(auth, 'Pieter', 'practitioner'),
    signUpAs(auth, 'Petra', 'practitioner'),
    signUpAs(auth, 'Ruud', 'practitioner'),
    signUpAs(auth, 'Roos', 'practitioner'),
  ]);
  await insertSessions(database, [
    { id: sessionIds.before, userId: anna.id, startedAt: '2026-11-10T07:00:00Z', localDate: '2026-11-10', baselineLnRmssd: 3.2 },
    { id: sessionIds.after, userId: anna.id, startedAt: '2026-11-20T07:00:00Z', localDate: '2026-11-20', baselineLnRmssd: 3.6, practiceMinutes: 10 },
    { id: sessionIds.hidden, userId: anna.id, startedAt: '2026-11-21T07:00:00Z', localDate: '2026-11-21', baselineLnRmssd: 4.4, practiceMinutes: 7, hidden: true },
    { id: sessionIds.other, userId: bram.id, startedAt: '2026-11-20T08:00:00Z', localDate: '2026-11-20', baselineLnRmssd: 3.9 },
  ]);
  const annaPieterLink = await link(pieter, anna, 'from-now', linkedAt);
  await link(pieter, bram, 'all', linkedAt);
  const ruudLink = await link(ruud, anna, 'all', linkedAt);
  await endLink(anna.viewer, ruudLink);
  const roosLink = await link(roos, anna, 'all', linkedAt);
  await endLink(roos.viewer, roosLink);
  return { anna, bram, pieter, petra, ruud, roos, annaPieterLink };
}
