// Issue 14: importing RR files from other apps in the browser — a preview checked by the server, a broken
// file named with its line, a start set by hand, the sessions in /sessions, and export → import.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { signUp } from './support/accounts';

const samples = path.resolve(__dirname, '../../lib/hrv/formats/testdata');
const sample = (name: string) => path.join(samples, name);

test('imports several files: a broken one shows its line, removed, then the rest are sessions', async ({ page }) => {
  await signUp(page);
  await page.goto('/sessions');
  await page.getByTestId('import-link').click();
  await expect(page).toHaveURL(/\/sessions\/import$/);

  await page.getByTestId('import-files').setInputFiles([
    sample('morning.hrm'),
    sample('2026-01-18 10-31-32.txt'),
    sample('broken/polar-sensor-logger-commas.txt'),
    sample('plain-seconds.txt'),
  ]);
  const rows = page.getByTestId('import-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(2)).toHaveAttribute('data-ok', 'false');
  await expect(rows.nth(2).getByTestId('import-error')).toHaveAttribute('data-line', '2');
  await expect(rows.nth(2).getByTestId('import-error')).toContainText('Line 2: The values on this line are not separated');
  await expect(rows.nth(0)).toContainText('Polar .hrm');
  await expect(rows.nth(1)).toContainText('Elite HRV');
  await expect(page.getByTestId('import-status')).toContainText('Remove or fix');
  await expect(page.getByTestId('import-submit')).toBeDisabled();

  // Plain RR has no date: the start is a guess from the file's date until the person sets it.
  const start = rows.nth(3).getByTestId('import-start');
  await expect(start).toBeVisible();
  await start.fill('2026-01-19T07:05');
  await expect(rows.nth(3)).toContainText('as you set it');

  // A start the file gives can be changed too; the preview then says so.
  await page.getByRole('button', { name: 'Change the start of morning.hrm' }).click();
  const changed = rows.nth(0).getByTestId('import-start');
  await expect(changed).toBeFocused();
  await expect(changed).toHaveValue('2026-01-18T06:45');
  await changed.fill('2026-01-18T06:50');
  await expect(rows.nth(0)).toContainText('as you set it');

  await page.getByRole('button', { name: 'Remove polar-sensor-logger-commas.txt' }).click();
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(rows.nth(i)).toHaveAttribute('data-ok', 'true');
  const submit = page.getByTestId('import-submit');
  await expect(submit).toBeEnabled();
  await expect(submit).toHaveText('Import 3 files');
  await submit.click();

  await expect(page.getByTestId('import-done')).toBeVisible();
  const links = page.getByTestId('imported-session-link');
  await expect(links).toHaveCount(3);
  const ids = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('data-session-id')));

  await page.getByRole('link', { name: 'See all sessions' }).click();
  await expect(page).toHaveURL(/\/sessions$/);
  const listed = page.getByTestId('session-row');
  await expect(listed).toHaveCount(3);
  expect((await listed.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('data-session-id')))).sort()).toEqual([...ids].sort());
  await expect(listed.first()).toContainText('Imported recording');

  const session = (await (await page.request.get(`/api/sessions/${ids[0]}`)).json()).session;
  expect(session.kind).toBe('imported');
});

test("export → import: a session's RR text, imported again, has the same RMSSD", async ({ page }) => {
  await signUp(page);
  await page.goto('/sessions/import');
  await page.getByTestId('import-files').setInputFiles(sample('polar-sensor-logger_RR.txt'));
  await expect(page.getByTestId('import-row')).toHaveAttribute('data-ok', 'true');
  const firstRmssd = await page.getByTestId('import-rmssd').getAttribute('data-value');
  await page.getByTestId('import-submit').click();
  const link = page.getByTestId('imported-session-link');
  await expect(link).toHaveCount(1);
  const id = await link.getAttribute('data-session-id');

  const exported = await page.request.get(`/api/sessions/${id}/export?format=rr`);
  expect(exported.status()).toBe(200);
  const stored = (await (await page.request.get(`/api/sessions/${id}`)).json()).session;
  expect(Number(firstRmssd)).toBe(stored.baselineRmssdMs);

  await page.getByRole('button', { name: 'Import more files' }).click();
  await page.getByTestId('import-files').setInputFiles({ name: 'exported.txt', mimeType: 'text/plain', buffer: Buffer.from(await exported.text()) });
  const row = page.getByTestId('import-row');
  await expect(row).toHaveAttribute('data-ok', 'true');
  await expect(row).toContainText('Plain RR text');
  expect(Number(await page.getByTestId('import-rmssd').getAttribute('data-value'))).toBe(stored.baselineRmssdMs);
});

test('in Dutch: the preview speaks Dutch, with decimal commas', async ({ page, context, baseURL }) => {
  await signUp(page);
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'nl', url: baseURL! }]);
  await page.goto('/settings');
  await page.getByTestId('settings-import-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Metingen importeren');
  await page.getByTestId('import-files').setInputFiles([sample('morning.hrm'), sample('broken/elite-text-value.txt')]);
  const rows = page.getByTestId('import-row');
  await expect(rows.nth(0)).toHaveAttribute('data-ok', 'true');
  await expect(rows.nth(0).getByTestId('import-rmssd')).toHaveText(/^\d+,\d ms$/);
  await expect(rows.nth(1).getByTestId('import-error')).toContainText('Regel 37: Een waarde is geen getal.');
  await expect(page.getByTestId('import-submit')).toHaveText('2 bestanden importeren');
});

test('works from the keyboard: the file picker opens from Tab and Space, a file is removed with Enter', async ({ page }) => {
  await signUp(page);
  await page.goto('/sessions/import');
  const picker = page.getByTestId('import-files');
  for (let i = 0; i < 30 && !(await picker.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(picker).toBeFocused();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles([sample('morning.hrm'), sample('broken/empty.txt')]);
  const rows = page.getByTestId('import-row');
  await expect(rows.nth(1)).toHaveAttribute('data-ok', 'false');
  await expect(rows.nth(1).getByTestId('import-error')).toContainText('The file is empty.');
  const remove = page.getByRole('button', { name: 'Remove empty.txt' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('import-submit')).toBeEnabled();
});

test('files dropped on the page are checked like picked ones', async ({ page }) => {
  await signUp(page);
  await page.goto('/sessions/import');
  const files = [
    { name: 'morning.hrm', text: fs.readFileSync(sample('morning.hrm'), 'utf8') },
    { name: 'empty.txt', text: '' },
  ];
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: 'text/plain' }));
    return transfer;
  }, files);
  const zone = page.getByTestId('import-drop');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await expect(zone).toHaveAttribute('data-dragging', 'true');
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(zone).toHaveAttribute('data-dragging', 'false');
  const rows = page.getByTestId('import-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-ok', 'true');
  await expect(rows.nth(0)).toContainText('Polar .hrm');
  await expect(rows.nth(1).getByTestId('import-error')).toContainText('The file is empty.');
});
