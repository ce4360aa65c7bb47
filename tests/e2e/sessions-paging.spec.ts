import { makeUpload } from '@/lib/session/testing/make-upload';
import { expect, test } from './fixtures';
import { signUp } from './support/accounts';

// playwright.config.ts sets SESSIONS_PAGE_SIZE=4: nine sessions make three pages.
const pageSize = 4;

test('the sessions list shows the newest page and loads older ones on request, moving focus to the first new row', async ({ page, baseURL, context }) => {
  await signUp(page);
  const ids: string[] = [];
  for (let day = 1; day <= 9; day++) {
    const id = crypto.randomUUID();
    ids.push(id);
    const upload = makeUpload({ id, startedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z` });
    expect((await page.request.post('/api/sessions', { data: upload, headers: { origin: baseURL! } })).status()).toBe(201);
  }
  const newestFirst = [...ids].reverse();
  const rows = page.getByTestId('session-row');

  await page.goto('/sessions');
  await expect(rows).toHaveCount(pageSize);
  await expect(rows.first()).toHaveAttribute('data-session-id', newestFirst[0]!);
  const more = page.getByRole('button', { name: 'Show older sessions' });
  await more.click();
  await expect(rows).toHaveCount(2 * pageSize);
  await expect(page.locator(`[data-session-id="${newestFirst[pageSize]}"]`)).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('sessions-older-1280.png'), fullPage: true });

  await more.press('Enter');
  await expect(rows).toHaveCount(9);
  await expect(page.locator(`[data-session-id="${newestFirst[8]}"]`)).toBeFocused();
  // The last page: nothing older, so no button.
  await expect(more).toHaveCount(0);
  expect(await rows.evaluateAll((links) => links.map((link) => link.getAttribute('data-session-id')))).toEqual(newestFirst);

  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'nl', url: baseURL! }]);
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/sessions');
  await expect(page.getByRole('button', { name: 'Oudere sessies tonen' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('sessions-older-768-nl-dark.png'), fullPage: true });
});
