import { toSessionInput } from '@/lib/session/protocol/session-input';
import { expect, test } from './fixtures';
import { expectSummaryMatches, expectedSummary, feed, outcomeShown, phaseIs, rawToMs, readJournaledSession, rrSeries, sessionIdOf, startSession } from './support/session-driver';

test('a short session: the summary shows what lib/hrv computes on the beats that were sent', async ({ page, strap }) => {
  test.setTimeout(90_000);
  await startSession(page, 'inhale=4&exhale=6&baseline=12&breathing=12&recovery=12');
  const id = await sessionIdOf(page);
  await expect(page.getByTestId('live-rmssd')).toHaveText('—');

  const next = rrSeries(1);
  const sent = await feed(page, strap, next, phaseIs(page, 'breathing'));
  await expect(page.getByTestId('pacer')).toBeVisible();
  await expect(page.getByTestId('live-hr')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('live-rr')).toHaveText(String(Math.round(rawToMs(sent[sent.length - 1]!))));
  // Too few beats yet for an honest RMSSD: it says it is collecting (issue 10), with no number.
  await expect(page.getByTestId('live-rmssd')).toHaveAttribute('data-collecting', 'true');
  sent.push(...(await feed(page, strap, next, phaseIs(page, 'recovery'))));
  await expect(page.getByTestId('rest-invite')).toBeVisible();
  sent.push(...(await feed(page, strap, next, outcomeShown(page))));

  await expect(page.getByTestId('summary-baseline-rmssd')).toHaveText(/^\d+\.\d$/);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'local');
  await expect(page.getByTestId('guest-note')).toContainText('Kept in this browser only');
  await expect(page.getByTestId('guest-sign-up')).toHaveAttribute('href', '/sign-up?next=/breathe');

  const record = await readJournaledSession(page, id);
  // Every beat journaled is one the strap sent, in order (packets after the end are not part of it).
  expect(record.beats.map((b) => b.rrRaw)).toEqual(sent.slice(0, record.beats.length));
  expect(record.beats.length).toBeGreaterThanOrEqual(sent.length - 2);
  expect(record.phases.map((p) => p.phase)).toEqual(['baseline', 'breathing', 'recovery']);
  expect(record.endedEarly).toBe(false);
  expect(record.pacerCycleStartsMs.length).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('summary-beats')).toHaveText(String(record.beats.length));
  await expectSummaryMatches(page, expectedSummary(record));
});

test('a disconnect during breathing becomes a gap that the summary leaves out', async ({ page, strap }) => {
  test.setTimeout(90_000);
  await startSession(page, 'inhale=4&exhale=6&baseline=10&breathing=16&recovery=10');
  const id = await sessionIdOf(page);
  const next = rrSeries(2);
  await feed(page, strap, next, phaseIs(page, 'breathing'));
  let count = 0;
  await feed(page, strap, next, async () => ++count >= 4);

  await strap.disconnect(page);
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'reconnecting');
  await page.waitForTimeout(1500);
  await strap.comeBack();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected', { timeout: 15_000 });
  await feed(page, strap, next, outcomeShown(page));

  await expect(page.getByTestId('summary-gaps')).toHaveAttribute('data-count', '1');
  const record = await readJournaledSession(page, id);
  expect(record.gaps).toHaveLength(1);
  const gap = record.gaps[0]!;
  const breathing = record.phases.find((p) => p.phase === 'breathing')!;
  expect(gap.startMs).toBeGreaterThan(breathing.startMs);
  expect(gap.endMs).toBeLessThan(breathing.endMs);
  expect(gap.endMs - gap.startMs).toBeGreaterThan(1000);
  // Every beat received is outside the gap; the analysis gets the gap as a mark, so no difference spans it.
  expect(record.beats.filter((b) => b.tMs > gap.startMs && b.tMs < gap.endMs)).toEqual([]);
  expect(toSessionInput(record).gaps).toContainEqual({ startS: gap.startMs / 1000, endS: gap.endMs / 1000 });
  await expect(page.getByTestId('summary-chart')).toHaveAttribute('data-gaps', '1');
  await expectSummaryMatches(page, expectedSummary(record));
});
