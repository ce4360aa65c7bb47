import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { packet } from './support/session-driver';

// Issue 10: strap → rhythm → Start on one screen, without scrolling, on a laptop and a tablet.
const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

async function expectInView(page: Page, testId: string) {
  const box = await page.getByTestId(testId).boundingBox();
  const view = page.viewportSize()!;
  expect(box, testId).not.toBeNull();
  expect(box!.y, `${testId} top`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${testId} bottom`).toBeLessThanOrEqual(view.height);
  expect(box!.x + box!.width, `${testId} right`).toBeLessThanOrEqual(view.width);
}

/** Screenshots for a person to look at, only when asked (H10_SHOTS=1). */
async function shot(page: Page, name: string) {
  if (process.env.H10_SHOTS) await page.screenshot({ path: `/tmp/h10-shots/${name}.png` });
}

for (const locale of ['en-GB', 'nl-NL'] as const) {
  for (const screen of SCREENS) {
    test.describe(`${locale} ${screen.name}`, () => {
      test.use({ locale, viewport: { width: screen.width, height: screen.height } });

      test('Start is on the first screen, before and after connecting; focus moves on to it', async ({ page, strap }) => {
        // A link's protocol with a short rest: the warning appears, and still everything fits.
        await page.goto('/breathe?baseline=30&breathing=300&recovery=120');
        await expect(page.getByTestId('connect-strap')).toBeEnabled();
        await expect(page.getByTestId('start-session')).toBeDisabled();
        await expect(page.getByTestId('protocol-baselineS')).toHaveValue('0:30');
        await expect(page.getByTestId('short-rest-warning')).toBeVisible();
        // One primary action at a time: Connect now, Start once connected.
        await expect(page.locator('main .button-primary')).toHaveCount(1);
        await expect(page.getByTestId('connect-strap')).toHaveClass(/button-primary/);
        for (const id of ['connect-strap', 'simulate-strap', 'preset-rest-rhythm', 'protocol-recoveryS', 'short-rest-warning', 'start-session']) await expectInView(page, id);
        await shot(page, `setup-${locale}-${screen.name}-light`);
        await page.getByTestId('connect-strap').click();
        await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
        await expect(page.getByTestId('start-session')).toBeEnabled();
        await expect(page.getByTestId('start-session')).toBeFocused();
        await expect(page.locator('main .button-primary')).toHaveCount(1);
        await expect(page.getByTestId('start-session')).toHaveClass(/button-primary/);
        await expectInView(page, 'start-session');
        // The strap's beats show on the set-up before the session starts.
        await strap.deliver(page, packet(800));
        await expect(page.getByTestId('live-hr')).toHaveText('77');
        await page.emulateMedia({ colorScheme: 'dark' });
        await shot(page, `setup-${locale}-${screen.name}-dark-connected`);
      });
    });
  }
}

test.describe('without Web Bluetooth, on a tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 } });
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'bluetooth', { get: () => undefined, configurable: true });
    });
  });

  test('Connect is disabled and explained, the simulated strap is the one primary action, Start still in view', async ({ page }) => {
    await page.goto('/breathe');
    await expect(page.getByTestId('connect-strap')).toBeDisabled();
    await expect(page.getByTestId('bluetooth-help')).toBeVisible();
    await expect(page.getByTestId('bluetooth-help')).toContainText('Chrome on Android');
    await expect(page.locator('main .button-primary')).toHaveCount(1);
    await expect(page.getByTestId('simulate-strap')).toHaveClass(/button-primary/);
    for (const id of ['bluetooth-help', 'simulate-strap', 'start-session']) await expectInView(page, id);
    await shot(page, 'setup-no-bluetooth-tablet');
    await page.getByTestId('simulate-strap').click();
    await expect(page.getByTestId('start-session')).toBeFocused();
    await expect(page.locator('main .button-primary')).toHaveCount(1);
    await expect(page.getByTestId('start-session')).toHaveClass(/button-primary/);
  });
});
