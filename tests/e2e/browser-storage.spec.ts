// When the browser cannot keep the journal, the session still runs and says so, translated; the beats
// still reach the summary (and the account). No browser error text, and no uncaught error, on the page.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signUp, testPassword, uniqueEmail } from './support/accounts';
import { readJournaledSession, sessionIdOf } from './support/session-driver';

/** Words from the browser's own storage errors, which must never reach the screen. */
const rawErrorText = /IndexedDB|DOMException|QuotaExceeded|InvalidState|undefined|\[object/;

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const beatsShown = (page: Page) => async () => Number(await page.getByTestId('session-beats').textContent());

async function startSimulated(page: Page, query: string) {
  await page.goto(`/breathe?${query}`);
  await page.getByTestId('simulate-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('session-run')).toBeVisible();
}

test('without IndexedDB (a private window, a locked-down browser) the session runs, says so, and is still summarised and saved', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await signUp(page);
  // Before any of the app's code: the browser simply has no IndexedDB.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));

  await page.goto('/breathe?seed=11&inhale=4&exhale=6&baseline=4&breathing=6&recovery=4');
  const setupAlert = page.getByTestId('storage-alert');
  await expect(setupAlert).toHaveAttribute('data-code', 'storage-unavailable');
  await expect(setupAlert).toHaveAttribute('role', 'alert');
  await expect(setupAlert).toContainText('This browser is not keeping sessions right now.');
  await expect(setupAlert).toContainText('private window');

  await page.getByTestId('simulate-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('start-session').click();
  const run = page.getByTestId('session-run');
  await expect(run.getByRole('alert')).toContainText('This recording is not being kept in the browser.');
  await expect(run.getByRole('alert')).toContainText('the summary will still work');
  // It runs: beats arrive, the clock and the phases move on.
  await expect.poll(beatsShown(page), { timeout: 10_000 }).toBeGreaterThan(2);
  await expect(page.getByTestId('session-phase')).toHaveAttribute('data-phase', 'breathing', { timeout: 15_000 });

  await expect(page.getByTestId('session-outcome')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('summary-source')).toBeVisible();
  expect(Number(await page.getByTestId('summary-beats').textContent())).toBeGreaterThan(5);
  // Signed in, it goes to the account from this tab's memory; then nothing more is said about the browser.
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(page.getByTestId('summary-source')).toHaveAttribute('data-source', 'server');
  await expect(page.getByTestId('storage-alert')).toHaveCount(0);

  expect(await page.locator('body').innerText()).not.toMatch(rawErrorText);
  expect(errors).toEqual([]);
});

test("a guest's session kept in memory only goes to the account made in the same tab", async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await startSimulated(page, 'seed=13&inhale=4&exhale=6&baseline=3&breathing=4&recovery=3');
  const id = await sessionIdOf(page);
  await expect(page.getByTestId('session-outcome')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('guest-note')).toContainText('Create an account in this tab to keep it.');
  await expect(page.getByTestId('guest-note')).not.toContainText('Kept in this browser');

  // The link navigates inside the app: this tab's memory, and the session in it, stays.
  await page.getByTestId('guest-sign-up').click();
  await page.getByLabel('Name').fill('Test Person');
  await page.getByLabel('Email').fill(uniqueEmail('memory'));
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await expect
    .poll(async () => {
      const response = await page.request.get('/api/sessions');
      return ((await response.json()) as { sessions: { id: string }[] }).sessions.some((s) => s.id === id);
    }, { timeout: 15_000 })
    .toBe(true);
  expect(errors).toEqual([]);
});

test.describe('in Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('storage that fills up mid-session: the alert comes, the beats keep arriving, the summary has them all', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = collectPageErrors(page);
    await startSimulated(page, 'seed=12&inhale=4&exhale=6&baseline=30&breathing=30&recovery=30');
    const id = await sessionIdOf(page);
    await expect.poll(beatsShown(page), { timeout: 10_000 }).toBeGreaterThan(2);
    await expect(page.getByTestId('storage-alert')).toHaveCount(0);

    // The disk is full from now on: every write the journal makes is refused, as a browser does it.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const alert = page.getByTestId('session-run').getByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'storage-full');
    await expect(alert).toContainText('Deze opname wordt niet in de browser bewaard.');
    await expect(alert).toContainText('De opslag op dit apparaat is vol.');
    const atFull = await beatsShown(page)();
    await expect.poll(beatsShown(page), { timeout: 10_000 }).toBeGreaterThan(atFull + 2);

    await page.getByTestId('finish-session').click();
    await page.getByTestId('confirm-finish').click();

    await expect(page.getByTestId('session-outcome')).toBeVisible();
    const beats = Number(await page.getByTestId('summary-beats').textContent());
    expect(beats).toBeGreaterThan(atFull + 2);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-kept', 'tab');
    await expect(page.getByTestId('save-status').getByRole('alert')).toContainText('Deze sessie is niet in de browser bewaard.');
    await expect(page.getByTestId('summary-source')).toHaveAttribute('data-source', 'browser');

    // What the browser did store stays there for a reload: the beats from before it filled up.
    const stored = await readJournaledSession(page, id);
    expect(stored.row.status).toBe('recording');
    expect(stored.beats.length).toBeLessThan(beats);

    expect(await page.locator('body').innerText()).not.toMatch(rawErrorText);
    expect(errors).toEqual([]);
  });
});
