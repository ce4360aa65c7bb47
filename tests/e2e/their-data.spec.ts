import fs from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { analyzeRecording } from '@/lib/hrv';
import { parseRrFile } from '@/lib/hrv/formats';
import { csvHeader } from '@/lib/session/export/session-export';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { realisticBeats } from '../support/realistic-session';
import { expect, test } from './fixtures';
import { signUp, testPassword } from './support/accounts';

function upload(id: string) {
  return makeUpload({
    id,
    durationMs: 480_000,
    beats: realisticBeats(7),
    gaps: [{ startMs: 200_000, endMs: 203_000 }],
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 120_000 },
      { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
      { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
    ],
    pacerCycleStartsMs: Array.from({ length: 24 }, (_, i) => 120_000 + i * 10_000),
  });
}

test('a session downloads as RR text and CSV; everything as a zip', async ({ page, baseURL }) => {
  await signUp(page);
  const id = crypto.randomUUID();
  const session = upload(id);
  expect((await page.request.post('/api/sessions', { data: session, headers: { origin: baseURL as string } })).status()).toBe(201);

  await page.goto(`/sessions/${id}`);
  const [rrDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-rr').click()]);
  expect(rrDownload.suggestedFilename()).toBe('herstel-2026-11-21T08-00-00Z.txt');
  const rr = parseRrFile(rrDownload.suggestedFilename(), fs.readFileSync(await rrDownload.path(), 'utf8'));
  if (!rr.ok) throw new Error(rr.reason);
  expect(rr.rrMs).toEqual(session.beats.map((b) => b.rrMs));
  expect(analyzeRecording(rr.rrMs).n).toBe(session.beats.length);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csvDownload.suggestedFilename()).toBe('herstel-2026-11-21T08-00-00Z.csv');
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8').trim().split('\n');
  expect(csv[0]).toBe(csvHeader);
  expect(csv).toHaveLength(session.beats.length + 1);

  await page.goto('/settings');
  const [zipDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-account').click()]);
  expect(zipDownload.suggestedFilename()).toMatch(/^herstel-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(fs.readFileSync(await zipDownload.path())));
  expect(Object.keys(files).filter((n) => n.endsWith('.txt') && n.startsWith('sessions/'))).toHaveLength(1);
  const account = JSON.parse(strFromU8(files['account.json'] as Uint8Array)) as { sessions: { id: string }[] };
  expect(account.sessions.map((s) => s.id)).toEqual([id]);
});

test('deleting the account asks for the email, signs out, and the account cannot sign in again', async ({ page, baseURL }) => {
  const { email } = await signUp(page);
  const id = crypto.randomUUID();
  expect((await page.request.post('/api/sessions', { data: upload(id), headers: { origin: baseURL as string } })).status()).toBe(201);

  await page.goto('/settings');
  await page.getByTestId('delete-account').click();
  const field = page.getByTestId('delete-account-email');
  await expect(field).toBeFocused();
  await field.fill('someone-else@example.com');
  await page.getByTestId('confirm-delete-account').click();
  await expect(page.locator('.form-error')).toContainText('not the email address');
  expect((await page.request.get(`/api/sessions/${id}`)).status()).toBe(200);

  await field.fill(email);
  await page.getByTestId('confirm-delete-account').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('sign-out')).toHaveCount(0);
  expect((await page.request.get('/api/sessions')).status()).toBe(401);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.form-error')).toBeVisible();
  await expect(page.getByTestId('sign-out')).toHaveCount(0);
});
