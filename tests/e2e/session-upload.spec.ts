import type { Page } from '@playwright/test';
import { makeUpload } from '../../lib/session/testing/make-upload';
import { expect, test } from './fixtures';
import { signUp } from './support/accounts';
import { feed, outcomeShown, rrSeries, sessionIdOf, startSession } from './support/session-driver';

async function listSessions(page: Page): Promise<{ id: string; checkIn: Record<string, number> | null }[]> {
  const response = await page.request.get('/api/sessions');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { sessions: { id: string; checkIn: Record<string, number> | null }[] }).sessions;
}

test('offline at the end: kept in the browser, saved exactly once when the server is back', async ({ page, strap }) => {
  test.setTimeout(90_000);
  await signUp(page);
  await startSession(page, 'inhale=4&exhale=6&baseline=4&breathing=6&recovery=4');
  const id = await sessionIdOf(page);
  let posts = 0;
  await page.route('**/api/sessions', async (route) => {
    posts++;
    await route.abort('internetdisconnected');
  });
  await feed(page, strap, rrSeries(4), outcomeShown(page));
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'retrying');
  await expect(page.getByTestId('save-status')).toContainText('kept in this browser');
  expect(posts).toBeGreaterThanOrEqual(1);
  expect((await listSessions(page)).filter((s) => s.id === id)).toHaveLength(0);

  await page.unroute('**/api/sessions');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('summary-source')).toHaveAttribute('data-source', 'server');

  // A check-in after the upload goes to the server too.
  await page.getByTestId('check-in-mood-4').check();
  await page.getByTestId('save-check-in').click();
  await expect(page.getByTestId('check-in-status')).toHaveAttribute('data-state', 'saved');
  await expect.poll(async () => (await listSessions(page)).find((s) => s.id === id)?.checkIn?.mood, { timeout: 10_000 }).toBe(4);

  // A reload re-runs the sync: still one session with that id.
  await page.goto('/breathe');
  await page.waitForTimeout(1000);
  expect((await listSessions(page)).filter((s) => s.id === id)).toHaveLength(1);
});

test("a guest's session moves to the account on sign-up, check-in included", async ({ page, strap }) => {
  test.setTimeout(90_000);
  await startSession(page, 'inhale=4&exhale=6&baseline=3&breathing=5&recovery=3');
  const id = await sessionIdOf(page);
  await feed(page, strap, rrSeries(5), outcomeShown(page));
  await expect(page.getByTestId('guest-note')).toBeVisible();
  await page.getByTestId('check-in-energy-2').check();
  await page.getByTestId('save-check-in').click();
  await expect(page.getByTestId('check-in-status')).toHaveAttribute('data-state', 'saved');

  await signUp(page);
  await expect.poll(async () => (await listSessions(page)).filter((s) => s.id === id).length, { timeout: 15_000 }).toBe(1);
  expect((await listSessions(page)).find((s) => s.id === id)?.checkIn).toEqual({ energy: 2 });
});

test('a malformed upload gets a 400 with a reason and stores nothing', async ({ page, baseURL }) => {
  await signUp(page);
  const valid = makeUpload({ id: crypto.randomUUID() });
  const [first, second] = valid.beats;
  const outOfOrder = { ...valid, beats: [second!, first!, ...valid.beats.slice(2)] };
  const response = await page.request.post('/api/sessions', { data: outOfOrder, headers: { origin: baseURL! } });
  expect(response.status()).toBe(400);
  const body = (await response.json()) as { error: { code: string; message: string; issues: { path: string; message: string }[] } };
  expect(body.error.code).toBe('invalid-session');
  expect(body.error.message).toMatch(/not valid/);
  expect(body.error.issues[0]).toMatchObject({ path: 'beats.1.tMs', message: 'beats must be in time order' });

  const missing = await page.request.post('/api/sessions', { data: { ...valid, phases: undefined, protocol: { ...valid.protocol, inhaleS: 0 } }, headers: { origin: baseURL! } });
  expect(missing.status()).toBe(400);
  expect(await listSessions(page)).toEqual([]);
});
