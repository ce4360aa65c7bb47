// Issue #9: a calm, clean rhythm sent through the emulated strap is never "corrected": the summary shows the
// RMSSD of the beats that were sent. The seed is one on which the published Lipponen–Tarvainen thresholds
// alone flagged baseline beats and lowered the baseline RMSSD by about 6 %.
import { encodeHeartRate, rrMsToRaw } from '@/lib/ble/encode-heart-rate';
import { createRng } from '@/lib/hrv/synthetic';
import type { Page } from '@playwright/test';
import type { EmulatedStrap } from './fixtures/ble-strap';
import { expect, test } from './fixtures';
import { outcomeShown, rawToMs, readJournaledSession, sessionIdOf, startSession } from './support/session-driver';

const SEED = 19;

/** RR ≈ 900 ms with a 15 ms breathing swing at 0.1 Hz and ±10 ms (uniform) beat-to-beat noise, in 1/1024 s. */
function calmRhythm(seed: number): () => number {
  const rng = createRng(seed);
  let tMs = 0;
  return () => {
    const rrMs = 900 + 15 * Math.sin(2 * Math.PI * 0.1 * (tMs / 1000)) + (20 * rng() - 10);
    const raw = rrMsToRaw(rrMs);
    tMs += rawToMs(raw);
    return raw;
  };
}

/** Sends one packet per beat, built as a strap builds it, paced by its own RR until `stop` says so. */
async function feedPackets(page: Page, strap: EmulatedStrap, next: () => number, stop: () => Promise<boolean>): Promise<number[]> {
  const sent: number[] = [];
  let dueMs = Date.now();
  for (;;) {
    const raw = next();
    dueMs += rawToMs(raw);
    const waitMs = dueMs - Date.now();
    if (waitMs > 0) await page.waitForTimeout(waitMs);
    const bytes = encodeHeartRate({ hrBpm: Math.round(60_000 / rawToMs(raw)), contact: 'contact', rrRaw: [raw] });
    await strap.deliver(page, Array.from(bytes));
    sent.push(raw);
    if (await stop()) return sent;
  }
}

/** Textbook RMSSD: root mean square of the successive differences. */
function rmssd(rrMs: readonly number[]): number {
  let sum = 0;
  for (let i = 1; i < rrMs.length; i++) sum += ((rrMs[i] as number) - (rrMs[i - 1] as number)) ** 2;
  return Math.sqrt(sum / (rrMs.length - 1));
}

test('a calm, clean rhythm: the summary shows the RMSSD of the beats sent, nothing flagged', async ({ page, strap }) => {
  test.setTimeout(180_000);
  await startSession(page, 'inhale=4&exhale=6&baseline=45&breathing=10&recovery=10');
  const id = await sessionIdOf(page);
  const sent = await feedPackets(page, strap, calmRhythm(SEED), outcomeShown(page));

  await expect(page.getByTestId('summary-baseline-rmssd')).toHaveText(/^\d+\.\d$/);
  const record = await readJournaledSession(page, id);
  expect(record.beats.map((b) => b.rrRaw)).toEqual(sent.slice(0, record.beats.length));
  expect(record.gaps).toEqual([]);
  const baseline = record.phases.find((p) => p.phase === 'baseline');
  if (!baseline) throw new Error('no baseline phase');
  const baselineRr = record.beats.filter((b) => b.tMs >= baseline.startMs && b.tMs < baseline.endMs).map((b) => rawToMs(b.rrRaw ?? 0));
  expect(baselineRr.length).toBeGreaterThanOrEqual(40);

  const expected = rmssd(baselineRr);
  const shown = Number(await page.getByTestId('summary-baseline-rmssd').getAttribute('data-value'));
  expect(Math.abs(shown / expected - 1), `shown ${shown} ms, beats sent ${expected.toFixed(2)} ms`).toBeLessThanOrEqual(0.02);
  // One verdict: no beat flagged on the session chart either.
  await expect(page.getByTestId('summary-chart')).toHaveAttribute('data-artifacts', '0');
});
