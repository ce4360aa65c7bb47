import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// RR values in 1/1024 s, little-endian, as a strap sends them.
const rr = (raw: number) => [raw & 0xff, raw >> 8];
const rrMs = (raw: number) => String(Math.round((raw * 1000) / 1024));

async function pair(page: Page) {
  await page.goto('/breathe');
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
}

test('pairs through the chooser and shows what each kind of packet carries', async ({ page, strap }) => {
  await pair(page);
  await expect(page.getByTestId('strap-name')).toHaveText(strap.name);
  await expect(page.getByTestId('strap-location')).toHaveText('chest');
  await expect(page.getByTestId('strap-battery')).toHaveText('87 %');

  // uint8 HR, contact, one RR of exactly one second.
  await strap.deliver(page, [0x16, 72, ...rr(1024)]);
  await expect(page.getByTestId('live-hr')).toHaveText('72');
  await expect(page.getByTestId('live-rr')).toHaveText('1000');
  await expect(page.getByTestId('beat-count')).toHaveText('1');
  await expect(page.getByTestId('signal-contact')).toHaveAttribute('data-contact', 'contact');

  // uint16 HR (a value no uint8 could hold), one RR.
  await strap.deliver(page, [0x17, 0x2c, 0x01, ...rr(205)]);
  await expect(page.getByTestId('live-hr')).toHaveText('300');
  await expect(page.getByTestId('live-rr')).toHaveText(rrMs(205));

  // Energy Expended present before the RR values: 1234 kJ.
  await strap.deliver(page, [0x1e, 70, 0xd2, 0x04, ...rr(900)]);
  await expect(page.getByTestId('energy-expended')).toHaveText('1234 kJ');
  await expect(page.getByTestId('live-rr')).toHaveText(rrMs(900));
  await expect(page.getByTestId('beat-count')).toHaveText('3');

  // No RR at all: HR updates, no beat is added.
  await strap.deliver(page, [0x06, 68]);
  await expect(page.getByTestId('live-hr')).toHaveText('68');
  await expect(page.getByTestId('beat-count')).toHaveText('3');

  // Three RR in one packet: three beats, the last one shown.
  await strap.deliver(page, [0x16, 66, ...rr(930), ...rr(950), ...rr(970)]);
  await expect(page.getByTestId('beat-count')).toHaveText('6');
  await expect(page.getByTestId('live-rr')).toHaveText(rrMs(970));

  // Sensor contact supported but lost.
  await strap.deliver(page, [0x14, 67, ...rr(940)]);
  await expect(page.getByTestId('signal-contact')).toHaveAttribute('data-contact', 'no-contact');
  await expect(page.getByTestId('signal-contact')).toContainText('no contact');
  await expect(page.getByTestId('live-chart')).toBeVisible();
});

test('a malformed packet is counted and the app keeps running', async ({ page, strap }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await pair(page);
  await strap.deliver(page, [0x16, 70, ...rr(1000)]);
  await expect(page.getByTestId('beat-count')).toHaveText('1');

  // Flags promise a uint16 heart rate; only one byte follows.
  await strap.deliver(page, [0x17, 70]);
  await expect(page.getByTestId('packets-rejected')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('packets-rejected')).toContainText('too short');
  // An odd trailing byte in the RR section.
  await strap.deliver(page, [0x16, 70, ...rr(1000), 0x03]);
  await expect(page.getByTestId('packets-rejected')).toHaveAttribute('data-count', '2');

  await strap.deliver(page, [0x16, 71, ...rr(990)]);
  await expect(page.getByTestId('live-hr')).toHaveText('71');
  await expect(page.getByTestId('beat-count')).toHaveText('2');
  expect(errors).toEqual([]);
});

test('a dropped strap reconnects by itself and the gap is recorded', async ({ page, strap }) => {
  await pair(page);
  await strap.deliver(page, [0x16, 70, ...rr(1000)]);
  await expect(page.getByTestId('beat-count')).toHaveText('1');

  await strap.disconnect(page);
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'reconnecting');
  await expect(page.getByTestId('strap-status')).toContainText('reconnecting');
  await page.waitForTimeout(1500);
  await strap.comeBack();

  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
  await expect(page.getByTestId('gap-count')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('gap')).toContainText('s without data');

  await strap.deliver(page, [0x16, 64, ...rr(960)]);
  await expect(page.getByTestId('live-hr')).toHaveText('64');
  await expect(page.getByTestId('beat-count')).toHaveText('2');
});

test.describe('without Web Bluetooth', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'bluetooth', { get: () => undefined, configurable: true });
    });
  });

  test('the page says which browsers work and the simulated strap runs through the same path', async ({ page }) => {
    await page.goto('/breathe?seed=42');
    await expect(page.getByTestId('bluetooth-help')).toContainText('desktop Chrome and Edge');
    await expect(page.getByTestId('bluetooth-help')).toContainText('chrome://flags/#enable-web-bluetooth');
    // Connect stays in its place, disabled and explained; the simulated strap is the way in.
    await expect(page.getByTestId('connect-strap')).toBeDisabled();
    await expect(page.getByTestId('connect-strap')).toHaveAttribute('aria-describedby', 'bluetooth-help');
    await expect(page.getByTestId('simulate-strap')).toHaveClass(/button-primary/);

    await page.getByTestId('simulate-strap').click();
    await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
    await expect(page.getByTestId('strap-name')).toHaveText('Simulated strap');
    await expect(page.getByTestId('live-hr')).toHaveText(/^\d{2,3}$/, { timeout: 5_000 });
    await expect(page.getByTestId('live-rr')).toHaveText(/^\d{3,4}$/);
    await expect.poll(async () => Number(await page.getByTestId('beat-count').textContent()), { timeout: 10_000 }).toBeGreaterThan(4);
    const hr = Number(await page.getByTestId('live-hr').textContent());
    expect(hr).toBeGreaterThan(45);
    expect(hr).toBeLessThan(90);
    await expect(page.getByTestId('packets-rejected')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('live-chart')).toBeVisible();

    await page.getByTestId('disconnect-strap').click();
    await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'disconnected');
  });
});
