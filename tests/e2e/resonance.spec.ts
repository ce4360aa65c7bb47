import { peakedSwing } from '../../lib/hrv/testing/resonance-series';
import { expect, test } from './fixtures';
import { EmulatedStrap } from './fixtures/ble-strap';
import { signUp } from './support/accounts';
import { feed, outcomeShown, rrSeries } from './support/session-driver';

const rates = ['6.5', '6', '5.5', '5', '4.5'];

/**
 * A heart whose RR swings with the breath at the rate of the step on screen, most at `peakBpm` (the
 * unit tests' peakedSwing: 120 ms there, 80 ms a half breath a minute away, 45 ms a whole one), so the
 * assessment has one right answer. The swing restarts with each new rate, as a person's breath does.
 */
function resonantHeart(peakBpm: number) {
  const swingMs = peakedSwing(peakBpm);
  let rateBpm = Number(rates[0]);
  let sinceChangeS = 0;
  let i = 0;
  return {
    next: (): number => {
      i++;
      const rrMs = 900 + swingMs(rateBpm) * Math.sin((2 * Math.PI * sinceChangeS * rateBpm) / 60) + ((i * 37) % 11) - 5;
      sinceChangeS += rrMs / 1000;
      return Math.round(rrMs * 1.024);
    },
    follow: (rate: string): void => {
      if (Number(rate) === rateBpm) return;
      rateBpm = Number(rate);
      sinceChangeS = 0;
    },
  };
}

test('the resonance assessment steps from 6.5 down to 4.5, finds the rate where the heart swings most, and it becomes the person’s own preset on /breathe', async ({ page, strap }) => {
  test.setTimeout(420_000);
  await signUp(page);
  // Steps of 40 s (three whole breaths even at 4.5 a minute, enough beats) with rests of 3 s: 3.5 minutes in all.
  await page.goto('/resonance?step=40&rest=3');
  await expect(page.getByTestId('resonance-override')).toBeVisible();
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('start-resonance').click();
  await expect(page.getByTestId('resonance-step')).toHaveAttribute('data-rate', '6.5');
  await expect(page.getByTestId('pacer')).toBeVisible();

  const seen: string[] = [];
  const heart = resonantHeart(5.5);
  await feed(page, strap, heart.next, async () => {
    // Read without waiting: the step line leaves the page when the last step ends, and a locator's
    // getAttribute would wait for it until the test times out.
    const rate = await page.getByTestId('resonance-step').evaluateAll((els) => els[0]?.getAttribute('data-rate') ?? null);
    if (rate) heart.follow(rate);
    if (rate && seen[seen.length - 1] !== rate) seen.push(rate);
    return outcomeShown(page)();
  });
  // Every step in order, each lower than the one before.
  expect(seen).toEqual(rates);

  await expect(page.getByRole('heading', { name: 'Your resonance rate' })).toBeFocused();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(page.getByTestId('resonance-source')).toHaveAttribute('data-source', 'server');
  const result = page.getByTestId('resonance-result');
  // The rate the heart swung most at, computed by the server from the beats sent.
  const rate = '5.5';
  await expect(result).toHaveAttribute('data-rate', rate);
  await expect(result).toHaveText('5.5');
  await expect(page.getByTestId('resonance-step-row')).toHaveCount(5);
  await expect(page.getByTestId('resonance-step-row').and(page.locator('[data-chosen="true"]'))).toHaveAttribute('data-rate', rate);

  // Keyboard: the button is reached with Tab and pressed with Enter.
  const use = page.getByTestId('use-as-rhythm');
  await use.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rhythm-saved')).toBeVisible();

  await page.getByTestId('to-breathe').click();
  await expect(page).toHaveURL(/\/breathe$/);
  const preset = page.getByTestId('preset-own');
  await expect(preset).toBeAttached();
  await preset.check();
  await expect(page.getByTestId('breaths-per-minute')).toContainText(`${Number(rate)} breaths a minute`);
  await expect(page.getByTestId('resonance-link')).toHaveAttribute('href', '/resonance');

  // In the list of sessions as an assessment with its rate.
  await page.goto('/sessions');
  await expect(page.getByTestId('session-row').first()).toContainText('Resonance assessment');
  await page.getByTestId('session-row').first().click();
  await expect(page.getByTestId('resonance-session').getByTestId('resonance-result')).toHaveAttribute('data-rate', rate);
});

test.describe('in Dutch, as a guest', () => {
  test.use({ locale: 'nl-NL' });

  test('steps too short to compare give no rate, say why, and suggest trying again; signing in keeps a result', async ({ page, strap }) => {
    test.setTimeout(120_000);
    await page.goto('/resonance?step=10&rest=0');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vind je eigen ritme');
    await page.getByTestId('connect-strap').click();
    await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
    await page.getByTestId('start-resonance').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('resonance-step')).toHaveAttribute('data-rate', '6.5');
    await expect(page.getByTestId('resonance-step')).toContainText('6,5 ademhalingen per minuut');
    await feed(page, strap, rrSeries(5), outcomeShown(page));

    await expect(page.getByTestId('resonance-none')).toContainText('probeer het opnieuw');
    await expect(page.getByTestId('resonance-result')).toHaveCount(0);
    await expect(page.getByTestId('use-as-rhythm')).toHaveCount(0);
    await expect(page.getByTestId('resonance-steps')).toContainText('te weinig slagen');
    await expect(page.getByTestId('resonance-guest')).toContainText('Log in of maak een account aan');
    await expect(page.getByTestId('new-session')).toHaveText('Opnieuw meten');
  });
});

test('an assessment interrupted by a reload resumes on /breathe with its step line, and ends on its own result', async ({ page, strap, browser, context }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.goto('/resonance?step=12&rest=0');
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('start-resonance').click();
  await expect(page.getByTestId('resonance-step')).toHaveAttribute('data-rate', '6.5');
  const next = rrSeries(3);
  let count = 0;
  await feed(page, strap, next, async () => ++count >= 5);

  // Leaving the page mid-step (as a reload does); Chrome's Bluetooth emulation does not outlive it, so the strap is set up anew.
  await page.goto('/breathe');
  await strap.dispose();
  const again = await EmulatedStrap.create(browser, context);
  await again.answerChooser(page);
  await expect(page.getByTestId('resume-offer')).toBeVisible();
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('resume-session').click();
  await expect(page.getByTestId('resonance-step')).toHaveAttribute('data-rate', /^(6\.5|6)$/);
  try {
    await feed(page, again, next, outcomeShown(page));
    await expect(page.getByTestId('resonance-result').or(page.getByTestId('resonance-none'))).toBeVisible();
    await expect(page.getByTestId('summary-reading')).toHaveCount(0);
  } finally {
    await again.dispose();
  }
});
