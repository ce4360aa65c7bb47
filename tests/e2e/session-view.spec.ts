import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { feed, phaseIs, rrSeries, startSession } from './support/session-driver';
import type { EmulatedStrap } from './fixtures/ble-strap';

// Issue 10: during a session the pacer and the live heart share the first screen, on a laptop and a tablet.
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

/** Screenshots for a person to look at, only when asked (H10_SHOTS=1): the test itself does not need them. */
async function shot(page: Page, name: string) {
  if (process.env.H10_SHOTS) await page.screenshot({ path: `/tmp/h10-${name}.png` });
}

async function feedFor(page: Page, strap: EmulatedStrap, next: () => number, ms: number) {
  const until = Date.now() + ms;
  return feed(page, strap, next, async () => Date.now() >= until);
}

for (const screen of SCREENS) {
  test(`${screen.name}: pacer, trace and the live number in view while breathing and resting`, async ({ page, strap }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await startSession(page, 'inhale=4&exhale=6&baseline=6&breathing=60&recovery=30');
    const next = rrSeries(2);
    await feedFor(page, strap, next, 2500);
    await expectInView(page, 'rest-invite');
    await expectInView(page, 'live-rmssd');
    await expectInView(page, 'session-trace');
    await shot(page, `${screen.name}-en-light-rest`);
    await feed(page, strap, next, phaseIs(page, 'breathing'));
    await feedFor(page, strap, next, 3000);
    for (const id of ['pacer', 'session-trace', 'live-coherence', 'live-hr', 'pause-session', 'finish-session']) await expectInView(page, id);
    // Strap diagnostics are folded away.
    await expect(page.getByTestId('packets-rejected')).toBeHidden();
    await shot(page, `${screen.name}-en-light-breathing`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, `${screen.name}-en-dark-breathing`);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await shot(page, `${screen.name}-en-dark-reduced`);
  });
}

test.describe('in Dutch', () => {
  test.use({ locale: 'nl-NL', colorScheme: 'dark' });

  test('tablet: the same first screen, with Dutch labels', async ({ page, strap }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 768, height: 1024 });
    await startSession(page, 'inhale=4&exhale=6&baseline=4&breathing=60&recovery=30');
    const next = rrSeries(3);
    await feed(page, strap, next, phaseIs(page, 'breathing'));
    await feedFor(page, strap, next, 3000);
    for (const id of ['pacer', 'session-trace', 'live-coherence']) await expectInView(page, id);
    await expect(page.getByTestId('session-phase')).toHaveText('Begeleid ademen');
    await shot(page, 'tablet-nl-dark-breathing');
    await page.getByTestId('pause-session').click();
    await expect(page.getByTestId('paused-state')).toBeVisible();
    await expectInView(page, 'continue-session');
    await shot(page, 'tablet-nl-dark-paused');
  });
});
