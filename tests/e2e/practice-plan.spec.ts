import { expect, test } from './fixtures';
import { signUp } from './support/accounts';
import { breathingSession, postSessions } from './support/trend-seed';

const rruleDays = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

test('a practice plan set in the browser shows on /trends against what was done, and its calendar feed works without a cookie', async ({ page, baseURL, context, playwright }) => {
  test.setTimeout(90_000);
  await signUp(page);
  // Practice a minute ago (the account's days are counted in UTC, the zone of this upload).
  const startedAt = new Date(Date.now() - 60_000);
  await postSessions(page.request, baseURL!, [{ ...breathingSession(0), startedAt: startedAt.toISOString() }]);
  const today = startedAt.toISOString().slice(0, 10);
  const isoWeekday = ((startedAt.getUTCDay() + 6) % 7) + 1;

  await page.goto('/trends');
  const card = page.getByTestId('plan-card');
  await expect(card.getByRole('heading', { name: 'Practice plan' })).toBeVisible();
  await expect(page.getByTestId('plan-none')).toBeVisible();

  // Without a day the plan is refused, and nothing is stored.
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-status')).toHaveAttribute('data-state', 'invalid');
  expect((await (await page.request.get('/api/plan')).json()).plan).toBeNull();

  await page.getByTestId(`plan-day-${isoWeekday}`).check();
  await page.getByTestId('plan-time').fill('06:45');
  await page.getByTestId('plan-duration').fill('12');
  await page.getByTestId('plan-save').click();
  await expect(page.getByTestId('plan-status')).toHaveAttribute('data-state', 'saved');
  // Today is planned and practised: done.
  await expect(page.getByTestId('plan-week').locator(`[data-date="${today}"]`)).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('plan-week')).toHaveAttribute('data-done', '1');
  await expect(page.getByTestId('plan-week')).toContainText('1 of 1 planned days done');

  // The plan is kept: a reload shows it in the form.
  await page.reload();
  await expect(page.getByTestId(`plan-day-${isoWeekday}`)).toBeChecked();
  await expect(page.getByTestId('plan-time')).toHaveValue('06:45');
  await expect(page.getByTestId('plan-duration')).toHaveValue('12');

  // The calendar feed: its address once, with a copy button.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.getByTestId('plan-feed-on').click();
  const address = page.getByTestId('plan-feed-url');
  await expect(address).toHaveValue(/\/api\/plan\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await address.inputValue();
  await page.getByTestId('plan-feed-copy').click();
  await expect(page.getByTestId('plan-feed-status')).toHaveAttribute('data-state', 'copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  // A calendar app fetches it with no cookie at all.
  const calendarApp = await playwright.request.newContext();
  const feed = await calendarApp.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const ics = (await feed.text()).replace(/\r\n /g, '');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain(`RRULE:FREQ=WEEKLY;BYDAY=${rruleDays[startedAt.getUTCDay()]}`);
  expect(ics).toMatch(/DTSTART;TZID=UTC:\d{8}T064500/);
  expect(ics).toContain('DURATION:PT12M');
  expect(ics).toContain('BEGIN:VALARM');
  expect(ics).toContain('BEGIN:VTIMEZONE');
  expect(ics).toContain('SUMMARY:Herstel: breathe for 12 minutes');
  expect(ics).not.toMatch(/rmssd|Test Person|@example\.com/i);

  // Renewed: the old address answers 404 at once, the new one works.
  await page.getByTestId('plan-feed-renew').click();
  await expect(address).not.toHaveValue(url);
  const renewed = await address.inputValue();
  expect((await calendarApp.get(url)).status()).toBe(404);
  expect((await calendarApp.get(renewed)).status()).toBe(200);

  // Switched off: no address works; it can be switched on again.
  await page.getByTestId('plan-feed-off').click();
  await expect(page.getByTestId('plan-feed-status')).toHaveAttribute('data-state', 'off');
  await expect(page.getByTestId('plan-feed-on')).toBeVisible();
  expect((await calendarApp.get(renewed)).status()).toBe(404);
  await calendarApp.dispose();

  // Dutch.
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'nl', url: baseURL! }]);
  await page.reload();
  await expect(card.getByRole('heading', { name: 'Oefenplan' })).toBeVisible();
  await expect(page.getByTestId('plan-week').locator(`[data-date="${today}"]`)).toContainText('gedaan');
  await expect(page.getByTestId('plan-week')).toContainText('1 van 1 geplande dagen gedaan');
  await expect(page.getByTestId('plan-feed-on')).toHaveText('Zet in mijn agenda');
});
