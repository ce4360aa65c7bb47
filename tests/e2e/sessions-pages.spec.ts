import { summarizeSession } from '@/lib/hrv';
import { toSessionInput } from '@/lib/session/protocol/session-input';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { realisticBeats } from '../support/realistic-session';
import { expect, test } from './fixtures';
import { signUp } from './support/accounts';

/** Eight minutes of plausible beats: 2 min rest, 4 min paced breathing, 2 min rest. */
function uploadFor(id: string) {
  return makeUpload({
    id,
    durationMs: 480_000,
    beats: realisticBeats(11),
    gaps: [{ startMs: 200_000, endMs: 203_000 }],
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 120_000 },
      { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
      { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
    ],
    pacerCycleStartsMs: Array.from({ length: 24 }, (_, i) => 120_000 + i * 10_000),
    checkIn: { breathing: 4, mood: 5 },
  });
}

test('sessions: empty state, list, summary with the server numbers, 404 for someone else, delete', async ({ page, browser, baseURL }) => {
  await signUp(page);
  await page.goto('/sessions');
  await expect(page.getByTestId('sessions-empty')).toBeVisible();
  await expect(page.getByTestId('sessions-empty').getByRole('link')).toHaveAttribute('href', '/breathe');

  const upload = uploadFor(crypto.randomUUID());
  const created = await page.request.post('/api/sessions', { data: upload, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  const expected = summarizeSession(toSessionInput(upload)).shift;

  await page.goto('/sessions');
  const row = page.getByTestId('session-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('4 s in · 6 s out');
  await expect(row).toContainText('8 min');
  await row.click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${upload.id}$`));

  const number = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));
  expect(await number('summary-baseline-rmssd')).toBeCloseTo(expected.baselineRmssdMs ?? NaN, 1);
  expect(await number('summary-recovery-rmssd')).toBeCloseTo(expected.recoveryRmssdMs ?? NaN, 1);
  expect(await number('summary-shift')).toBeCloseTo(expected.rmssdMs ?? NaN, 1);
  await expect(page.getByTestId('summary-chart')).toBeVisible();
  await expect(page.getByTestId('summary-chart')).toHaveAttribute('data-gaps', '1');
  // The owner's session page shows the same check-in as after the session, with the answers chosen.
  await expect(page.getByTestId('check-in-mood-5')).toBeChecked();
  await expect(page.getByTestId('check-in-mood-4')).not.toBeChecked();

  // Another person: the page and the API answer as if the session did not exist.
  const otherContext = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.251' } });
  const other = await otherContext.newPage();
  await signUp(other);
  const foreign = await other.goto(`/sessions/${upload.id}`);
  expect(foreign?.status()).toBe(404);
  expect((await other.request.get(`/api/sessions/${upload.id}`)).status()).toBe(404);
  expect((await other.request.delete(`/api/sessions/${upload.id}`, { headers: { origin: baseURL! } })).status()).toBe(404);
  await otherContext.close();

  await page.getByTestId('delete-session').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page).toHaveURL(/\/sessions$/);
  await expect(page.getByTestId('sessions-empty')).toBeVisible();
  expect((await page.request.get(`/api/sessions/${upload.id}`)).status()).toBe(404);
});

test('sessions pages need an account', async ({ page }) => {
  await page.goto('/sessions');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsessions$/);
  expect((await page.request.get('/api/sessions')).status()).toBe(401);
});

test('a session saved without a check-in can be checked in afterwards', async ({ page, baseURL }) => {
  await signUp(page);
  const upload = { ...uploadFor(crypto.randomUUID()), checkIn: null };
  expect((await page.request.post('/api/sessions', { data: upload, headers: { origin: baseURL! } })).status()).toBe(201);
  await page.goto(`/sessions/${upload.id}`);
  await expect(page.getByTestId('check-in-status')).toHaveAttribute('data-state', 'idle');
  await page.getByTestId('check-in-energy-3').check();
  await page.getByTestId('check-in-head-5').check();
  await page.getByTestId('save-check-in').click();
  await expect(page.getByTestId('check-in-status')).toHaveAttribute('data-state', 'saved');
  // Focus moves to the confirmation, and the answers are there after a reload.
  await expect(page.getByTestId('check-in-status')).toBeFocused();
  // A changed answer is not saved yet, and the status no longer says it is.
  await page.getByTestId('check-in-energy-4').check();
  await expect(page.getByTestId('check-in-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('check-in-status')).toHaveText('');
  await page.reload();
  await expect(page.getByTestId('check-in-head-5')).toBeChecked();
  await expect(page.getByTestId('check-in-energy-3')).toBeChecked();
  const stored = await (await page.request.get(`/api/sessions/${upload.id}`)).json();
  expect(stored.session.checkIn).toEqual({ energy: 3, head: 5 });
});
