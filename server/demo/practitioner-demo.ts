// The practitioner part of `npm run seed:demo`: a demo practitioner linked (through invites, as in the
// app) with the demo person and two more demo clients, a practice prescribed to the demo person, a note
// on their latest breathing session, and the clients' own sessions from the simulated strap. Run again,
// it replaces what it made. Called by the demo seed with the demo person's viewer.
import { eq } from 'drizzle-orm';
import { getDatabase } from '@/db/client';
import { deleteAccount } from '@/db/queries/account';
import { setTimeZone } from '@/db/queries/preferences';
import { listSessions, saveSessionOnce } from '@/db/queries/sessions';
import type { UserRole } from '@/db/schema/json-types';
import type { Viewer } from '@/db/viewer';
import { localDayAt } from '@/lib/trends/local-day';
import { getAuth } from '@/server/auth';
import { acceptInvite, createInvite } from '@/server/practitioners/invites';
import { addNote } from '@/server/practitioners/notes';
import { setPrescription } from '@/server/practitioners/prescriptions';
import { prepareUpload } from '@/server/sessions/prepare-upload';
import { demoClientSessions, demoClientZone } from './client-sessions';

export const demoPassword = 'herstel-demo-2026';
export const demoPractitioner = { name: 'Sanne de Vries', email: 'practitioner@herstel.example' } as const;
export const demoClients = [
  { name: 'Noor Bakker', email: 'noor@herstel.example', seed: 31, trend: 0.5, meanHrBpm: 62 },
  { name: 'Daan Jansen', email: 'daan@herstel.example', seed: 47, trend: -0.4, meanHrBpm: 70 },
] as const;
const demoDays = 28;

async function viewerOf(email: string, role: UserRole): Promise<Viewer | undefined> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ id: t.user.id }).from(t.user).where(eq(t.user.email, email));
  return row ? { userId: row.id, role } : undefined;
}

/** A fresh account (an earlier demo one and everything of it removed first). */
async function freshAccount(name: string, email: string, role: UserRole): Promise<Viewer> {
  const existing = await viewerOf(email, role);
  if (existing) await deleteAccount(existing);
  await (await getAuth()).api.signUpEmail({ body: { name, email, password: demoPassword, role } });
  const viewer = await viewerOf(email, role);
  if (!viewer) throw new Error(`The demo account ${email} was not created.`);
  return viewer;
}

async function storeUploads(viewer: Viewer, uploads: ReturnType<typeof demoClientSessions>): Promise<void> {
  for (const upload of uploads) {
    const prepared = prepareUpload(new TextEncoder().encode(JSON.stringify(upload)));
    if (prepared.kind !== 'valid') throw new Error(`A demo session is not a valid upload: ${JSON.stringify(prepared)}`);
    const { localDate, utcOffsetMin } = localDayAt(prepared.row.startedAt.getTime(), demoClientZone);
    await saveSessionOnce(viewer, { ...prepared.row, localDate, utcOffsetMin });
  }
}

/** Returns the lines to print: how to sign in as the practitioner and the clients. */
export async function seedPractitionerDemo(demoPerson: Viewer, now = new Date()): Promise<string[]> {
  const practitioner = await freshAccount(demoPractitioner.name, demoPractitioner.email, 'practitioner');
  // Linked three weeks ago, sharing everything: the practitioner sees the weeks before too.
  const linkedAt = new Date(now.getTime() - 21 * 86_400_000);
  const linkWith = async (client: Viewer) => acceptInvite(client, (await createInvite(practitioner, linkedAt)).code, 'all', linkedAt);
  await linkWith(demoPerson);
  for (const client of demoClients) {
    const viewer = await freshAccount(client.name, client.email, 'practising');
    await setTimeZone(viewer, demoClientZone);
    await storeUploads(viewer, demoClientSessions(now, { seed: client.seed, days: demoDays, trend: client.trend, meanHrBpm: client.meanHrBpm }));
    await linkWith(viewer);
  }
  await setPrescription(practitioner, demoPerson.userId, {
    protocol: { inhaleS: 4, holdInS: 0, exhaleS: 6, holdOutS: 0, baselineS: 120, breathingS: 600, recoveryS: 120 },
    timesPerWeek: 5,
    minutesPerSession: 10,
  });
  const latestBreathing = (await listSessions(demoPerson, { limit: 50 })).find((s) => s.kind === 'breathing');
  if (latestBreathing) await addNote(practitioner, { ownerId: demoPerson.userId, sessionId: latestBreathing.id }, 'A calm, even exhale — your heart rate follows the pacer nicely. Keep the evenings going.', now);
  return [
    `Practitioner demo: ${demoPractitioner.email} / ${demoPassword} (clients: the demo person, ${demoClients.map((c) => c.name).join(', ')})`,
    `Demo clients sign in with ${demoClients.map((c) => c.email).join(', ')} / ${demoPassword}`,
  ];
}
