import { expect, test } from './fixtures';
import { startSession } from './support/session-driver';

// Focus mode: the session fills the screen where the browser allows it, and leaving fullscreen (Esc)
// leaves focus mode too, so the button and the screen never disagree.
test('focus mode goes fullscreen and ends with it; the button says which it is', async ({ page, strap }) => {
  void strap;
  await startSession(page, 'inhale=4&exhale=6&baseline=20&breathing=60&recovery=20');
  const toggle = page.getByTestId('focus-mode');
  const run = page.locator('[data-focus]');
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(run).toHaveAttribute('data-focus', 'true');
  await expect.poll(fullscreen).toBe(true);
  await expect(page.getByTestId('session-phase')).toBeVisible();

  // What Esc does: the browser leaves fullscreen; focus mode follows.
  await page.evaluate(() => document.exitFullscreen());
  await expect(run).toHaveAttribute('data-focus', 'false');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  // And by the button, from the keyboard: on, then off again, fullscreen each way.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect.poll(fullscreen).toBe(true);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(fullscreen).toBe(false);
});
