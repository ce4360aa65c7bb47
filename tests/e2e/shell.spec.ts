import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Language and appearance sit behind one labelled button in the header. */
async function openPreferences(page: Page) {
  await page.getByTestId('preferences-menu').locator('summary').click();
}

test('switching to Dutch translates the app and the choice is kept', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Breathe slowly, and see your nervous system settle');
  await openPreferences(page);
  await page.getByLabel('Language', { exact: true }).selectOption('nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adem rustig, en zie je zenuwstelsel tot rust komen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen');
  await expect(page.getByLabel('Wachtwoord')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
});

test.describe('first visit follows the browser language', () => {
  test.use({ locale: 'nl-BE' });
  test('a Flemish browser gets Dutch', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('link', { name: 'Account aanmaken' }).first()).toBeVisible();
  });
});

test('dark mode follows the system and the toggle overrides it', async ({ page, context }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  expect(dark).toBe('rgb(20, 26, 31)');
  await openPreferences(page);
  await page.getByLabel('Appearance', { exact: true }).selectOption('light');
  await expect.poll(background).toBe('rgb(244, 246, 243)');
  // The page switches at once; the choice is kept once the server has set its cookie.
  const themeCookie = async () => (await context.cookies()).find((cookie) => cookie.name === 'herstel-theme')?.value;
  await expect.poll(themeCookie).toBe('light');
  await page.reload();
  await expect.poll(background).toBe('rgb(244, 246, 243)');
  await openPreferences(page);
  await page.getByTestId('theme-picker').selectOption('system');
  await expect.poll(background).toBe(dark);
});

test('the shell is keyboard accessible: skip link first, then navigation', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('pages carry the security headers and run under the CSP without violations', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto('/sign-in');
  const headers = response!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('bluetooth=(self)');
  // Hydrated under the policy: the client form works (the error comes from client code).
  await page.getByLabel('Email').fill('x@example.com');
  await page.getByLabel('Password').fill('whatever-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('form-error')).toBeVisible();
  expect(errors.filter((e) => !e.includes('401'))).toEqual([]);
});

test('the layout holds on a tablet', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('link', { name: 'Create account' }).first()).toBeVisible();
});
