import { makeUpload } from '@/lib/session/testing/make-upload';
import { realisticBeats } from '../support/realistic-session';
import { expect, test } from './fixtures';
import { signUp } from './support/accounts';

// Issue 10: figures in the reader's locale, dates and times in the browser's time zone.
const STARTED_AT = '2026-11-21T08:00:00.000Z';

function upload() {
  return makeUpload({
    id: crypto.randomUUID(),
    startedAt: STARTED_AT,
    durationMs: 480_000,
    beats: realisticBeats(12),
    phases: [
      { phase: 'baseline', startMs: 0, endMs: 120_000 },
      { phase: 'breathing', startMs: 120_000, endMs: 360_000 },
      { phase: 'recovery', startMs: 360_000, endMs: 480_000 },
    ],
    pacerCycleStartsMs: Array.from({ length: 24 }, (_, i) => 120_000 + i * 10_000),
  });
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

for (const timezoneId of ['America/New_York', 'Asia/Tokyo']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('the session list shows the start time in the browser time zone', async ({ page, baseURL }) => {
      await signUp(page);
      expect((await page.request.post('/api/sessions', { data: upload(), headers: { origin: baseURL! } })).status()).toBe(201);
      await page.goto('/sessions');
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: timezoneId }).format(new Date(STARTED_AT));
      await expect.poll(async () => squash(await page.getByTestId('session-row').locator('time').textContent())).toBe(squash(expected));
    });
  });
}

test('in Dutch: decimal commas in the headline and the table, the plain number in data-value', async ({ page, context, baseURL }) => {
  await signUp(page);
  const session = upload();
  expect((await page.request.post('/api/sessions', { data: session, headers: { origin: baseURL! } })).status()).toBe(201);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'nl', url: baseURL! }]);
  await page.goto(`/sessions/${session.id}`);
  const baseline = page.getByTestId('summary-baseline-rmssd');
  await expect(baseline).toHaveText(/^\d+,\d$/);
  const value = await baseline.getAttribute('data-value');
  expect(value).toMatch(/^\d+\.\d$/);
  expect(await baseline.textContent()).toBe(value!.replace('.', ','));
  await expect(page.getByTestId('summary-shift')).toHaveText(/^(\+|\u2212)?\d+,\d$/);
  await expect(page.getByTestId('summary-phases')).toContainText(',');
  await expect(page.getByTestId('summary-phases')).not.toContainText(/\d\.\d/);
});
