// `npm run seed:demo`: a demo person with twelve weeks of morning readings and breathing sessions in the
// configured database (DATABASE_PATH or DATABASE_URL), through the same code an upload takes: the upload
// body validated and recomputed by lib/hrv, then stored once. Run again, it replaces the demo person.
// Started by scripts/seed-demo.ts with server-only mapped to a stub, as the benchmarks are.
import { eq } from 'drizzle-orm';
import { getDatabase } from '@/db/client';
import { deleteAccount } from '@/db/queries/account';
import { savePlan } from '@/db/queries/plans';
import { setTimeZone } from '@/db/queries/preferences';
import { saveSessionOnce, setSessionContext } from '@/db/queries/sessions';
import type { Viewer } from '@/db/viewer';
import { localDayAt } from '@/lib/trends/local-day';
import { getAuth } from '@/server/auth';
import { prepareUpload } from '@/server/sessions/prepare-upload';
import { demoSessions, demoZone } from './demo-sessions';
import { seedPractitionerDemo } from './practitioner-demo';

export const demoAccount = { name: 'Demo', email: 'demo@herstel.example', password: 'herstel-demo-2026' } as const;

async function demoViewer(): Promise<Viewer | undefined> {
  const { db, t } = await getDatabase();
  const [row] = await db.select({ id: t.user.id }).from(t.user).where(eq(t.user.email, demoAccount.email));
  return row ? { userId: row.id, role: 'practising' } : undefined;
}

async function main(): Promise<void> {
  // Demo accounts have a published password: never in a production database by accident.
  if (process.env.NODE_ENV === 'production' && process.env.HERSTEL_ALLOW_DEMO !== '1') {
    throw new Error('npm run seed:demo refuses to run with NODE_ENV=production: its accounts have a published password. Set HERSTEL_ALLOW_DEMO=1 to do it anyway.');
  }
  const existing = await demoViewer();
  if (existing) await deleteAccount(existing);
  const auth = await getAuth();
  await auth.api.signUpEmail({ body: { name: demoAccount.name, email: demoAccount.email, password: demoAccount.password } });
  const viewer = await demoViewer();
  if (!viewer) throw new Error('The demo account was not created.');
  await setTimeZone(viewer, demoZone);

  const sessions = demoSessions(new Date());
  for (const { upload, tags, note } of sessions) {
    const prepared = prepareUpload(new TextEncoder().encode(JSON.stringify(upload)));
    if (prepared.kind !== 'valid') throw new Error(`A demo session is not a valid upload: ${JSON.stringify(prepared)}`);
    const { localDate, utcOffsetMin } = localDayAt(prepared.row.startedAt.getTime(), demoZone);
    await saveSessionOnce(viewer, { ...prepared.row, localDate, utcOffsetMin });
    if (tags.length > 0 || note) await setSessionContext(viewer, upload.id, { tags, note });
  }
  await savePlan(viewer, { weekdays: [1, 2, 4, 5, 7], timeOfDay: '19:30', durationMin: 10 }, 'en');

  const mornings = sessions.filter((s) => s.upload.kind === 'morning-reading').length;
  console.log(`Demo data: ${mornings} morning readings and ${sessions.length - mornings} breathing sessions over 12 weeks.`);
  console.log(`Sign in with ${demoAccount.email} / ${demoAccount.password}`);
  // A practitioner linked with the demo person and two more clients (re-running replaces them too).
  for (const line of await seedPractitionerDemo(viewer)) console.log(line);
  await (await getDatabase()).close();
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
