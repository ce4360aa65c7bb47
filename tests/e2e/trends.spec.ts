import { expect, test } from './fixtures';
import { signUp } from './support/accounts';
import { breathingSession, morningReading, postSessions, putContext } from './support/trend-seed';

test('signed out, /trends asks to sign in and comes back', async ({ page }) => {
  await page.goto('/trends?days=28');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Ftrends%3Fdays%3D28/);
});

test('a new account sees how to begin, and the morning reading is one click away', async ({ page }) => {
  await signUp(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Trends' }).click();
  await expect(page.getByTestId('trends-empty')).toBeVisible();
  await expect(page.getByTestId('trends-empty')).toContainText('morning reading');
  await page.getByTestId('trends-empty').getByRole('link', { name: 'Take a morning reading' }).click();
  await expect(page).toHaveURL(/\/trends\/morning-reading$/);
  await expect(page.getByTestId('reading-setup')).toBeVisible();
});

test('weeks of mornings: reading, range picker, click-through to a session, and Dutch', async ({ page, baseURL, context }) => {
  test.setTimeout(90_000);
  await signUp(page);
  // 16 mornings in the last 16 days, the last few with a larger swing (higher RMSSD), and two breathing sessions.
  const mornings = Array.from({ length: 16 }, (_, i) => morningReading(15 - i, i >= 13 ? 60 : 30 + (i % 3) * 3));
  const morningIds = await postSessions(page.request, baseURL!, mornings);
  await putContext(page.request, baseURL!, morningIds[14]!, ['alcohol', 'Late dinner'], 'Slept at a friend’s place.');
  const [breathingId] = await postSessions(page.request, baseURL!, [breathingSession(2), breathingSession(1)]);

  const api = await page.request.get('/api/trends?days=28');
  expect(api.status()).toBe(200);
  const answer = (await api.json()) as { days: { dailyLnRmssd: number | null }[]; reading: string };
  expect(answer.days).toHaveLength(28);
  expect(answer.days.filter((d) => d.dailyLnRmssd !== null)).toHaveLength(16);

  await page.goto('/trends');
  await expect(page.getByTestId('trend-range-91')).toHaveAttribute('aria-current', 'page');
  await page.getByTestId('trend-range-28').click();
  await expect(page).toHaveURL(/\/trends\?days=28$/);
  await expect(page.getByTestId('trend-range-28')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('trends')).toHaveAttribute('data-days', '28');
  await expect(page.getByTestId('trend-daily-chart')).toHaveAttribute('data-mornings', '16');
  await expect(page.getByTestId('trend-daily-chart')).toHaveAttribute('role', 'group');
  await expect(page.getByTestId('trend-reading')).toHaveAttribute('data-reading', answer.reading);
  await expect(page.getByTestId('trend-this-week')).toContainText('practised');
  await expect(page.getByTestId('trend-tags').locator('[data-tag="late dinner"]')).toContainText('late dinner');
  await expect(page.getByTestId('trend-tags').locator('[data-tag="alcohol"]')).toContainText('Alcohol');

  // A morning's dot opens the session that gave its value: with Enter from the keyboard, and with a click.
  const dots = page.getByTestId('trend-daily-dot');
  await expect(dots).toHaveCount(16);
  await expect(dots.last()).toHaveAttribute('data-session-id', morningIds[15]!);
  await dots.last().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sessions/${morningIds[15]}$`));
  await page.goBack();
  await expect(dots.first()).toHaveAttribute('data-session-id', morningIds[0]!);
  await dots.first().click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${morningIds[0]}$`));
  await page.goBack();

  // The sessions table opens each breathing session.
  await page.getByTestId('trend-sessions').getByText('Show the sessions as a table').click();
  await expect(page.getByTestId('trend-session-link')).toHaveCount(2);
  await page.getByTestId('trend-session-link').last().click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${breathingId}$`));

  // Dutch: the same page in Dutch, numbers with a decimal comma.
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'nl', url: baseURL! }]);
  await page.goto('/trends?days=28');
  await expect(page.getByTestId('trend-daily')).toContainText('Ochtend-lnRMSSD');
  await expect(page.getByTestId('trend-range-28')).toHaveText('4 weken');
  await expect(page.getByTestId('trend-tags').locator('[data-tag="alcohol"]')).toContainText(/Alcohol\s*1\s*\d,\d\d/);
  if (answer.reading !== 'not-enough-data') await expect(page.getByTestId('trend-reading')).toContainText(/\d,\d\d tot \d,\d\d/);
});
