import { expect, test } from './fixtures';
import { signUp } from './support/accounts';
import { feed, outcomeShown, rrSeries, sessionIdOf } from './support/session-driver';

async function startReading(page: import('@playwright/test').Page, query: string) {
  await page.goto(`/trends/morning-reading?${query}`);
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
}

test('a morning reading with the strap: rest only, its result, stored as a reading with posture, tags saved', async ({ page, strap }) => {
  test.setTimeout(150_000);
  await signUp(page);

  // 62 s: enough clean rest (60 s) for the quality checks, shorter than the 1-minute choice would allow to test fast.
  await startReading(page, 'baseline=62');
  await page.getByTestId('reading-posture-sitting').check();
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('session-phase')).toHaveAttribute('data-phase', 'baseline');
  const id = await sessionIdOf(page);
  await feed(page, strap, rrSeries(2), outcomeShown(page));

  const result = page.getByTestId('reading-result');
  await expect(result).toHaveAttribute('data-quality', 'ok');
  await expect(page.getByRole('heading', { name: 'Your morning reading' })).toBeFocused();
  expect(Number(await page.getByTestId('reading-ln').getAttribute('data-value'))).toBeGreaterThan(1);
  await expect(page.getByTestId('reading-rmssd')).toContainText('ms');
  await expect(page.getByTestId('reading-hr')).toContainText('bpm');
  await expect(page.getByTestId('reading-no-range')).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });

  const stored = await page.request.get(`/api/sessions/${id}`);
  expect(stored.status()).toBe(200);
  const { session } = (await stored.json()) as { session: { kind: string; posture: string; localDate: string } };
  expect(session).toMatchObject({ kind: 'morning-reading', posture: 'sitting' });
  expect(session.localDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // Context: a preset and an own tag, and a note; private to the person.
  const editor = page.getByTestId('context-editor');
  await expect(editor).toContainText('only you see');
  await page.getByTestId('context-tag-slept-badly').click();
  await expect(page.getByTestId('context-tag-slept-badly')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('context-own-input').fill('  Late Dinner ');
  await page.getByTestId('context-own-input').press('Enter');
  await page.getByTestId('context-note').fill('Woke up twice.');
  await page.getByTestId('context-save').click();
  await expect(page.getByTestId('context-status')).toHaveAttribute('data-state', 'saved');
  const after = (await (await page.request.get(`/api/sessions/${id}`)).json()) as { session: { tags: string[]; note: string } };
  expect(after.session.tags).toEqual(['slept-badly', 'late dinner']);
  expect(after.session.note).toBe('Woke up twice.');

  // Written on while a save is out: the answer neither puts the stored note over it nor calls it saved.
  let answer: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route(`**/api/sessions/${id}/context`, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId('context-tag-alcohol').click();
  await page.getByTestId('context-save').click();
  await expect(page.getByTestId('context-status')).toHaveAttribute('data-state', 'saving');
  await page.getByTestId('context-note').fill('Woke up twice. Dreamt a lot.');
  // One save at a time: Save stays off while the first is out.
  await expect(page.getByTestId('context-save')).toBeDisabled();
  const answered = page.waitForResponse((r) => r.url().endsWith(`/api/sessions/${id}/context`));
  answer();
  await answered;
  // Save comes back once the answer is handled: the edit is still there, and not called saved.
  await expect(page.getByTestId('context-save')).toBeEnabled();
  await expect(page.getByTestId('context-status')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('context-note')).toHaveValue('Woke up twice. Dreamt a lot.');
  await page.unroute(`**/api/sessions/${id}/context`);
  await page.getByTestId('context-save').click();
  await expect(page.getByTestId('context-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('context-note')).toHaveValue('Woke up twice. Dreamt a lot.');
  const later = (await (await page.request.get(`/api/sessions/${id}`)).json()) as { session: { tags: string[]; note: string } };
  expect(later.session).toMatchObject({ tags: ['slept-badly', 'late dinner', 'alcohol'], note: 'Woke up twice. Dreamt a lot.' });

  await page.goto('/breathe');
  await expect(page.getByTestId('morning-reading-link')).toHaveAttribute('href', '/trends/morning-reading');
  await page.goto('/trends');
  await expect(page.getByTestId('trend-daily-chart')).toHaveAttribute('data-mornings', '1');
});

test('a guest can take a reading, hears that trends need an account, and a short one is honestly flagged', async ({ page, strap }) => {
  test.setTimeout(60_000);
  await startReading(page, 'baseline=5');
  await expect(page.getByTestId('reading-guest-note')).toContainText('need an account');
  await page.getByTestId('start-session').click();
  await feed(page, strap, rrSeries(3), outcomeShown(page));
  await expect(page.getByTestId('reading-result')).toHaveAttribute('data-quality', 'flagged');
  await expect(page.getByTestId('reading-quality')).toContainText('did not pass the quality checks');
  await expect(page.getByTestId('reading-guest-result')).toContainText('Trends over weeks need an account');
  await expect(page.getByTestId('context-editor')).toHaveCount(0);
});
