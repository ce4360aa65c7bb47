import type { Page } from '@playwright/test';
import { bodyScanScript } from '@/lib/session/practice/body-scan-script';
import { defaultPracticeS } from '@/lib/session/practice/practices';
import { formatMinSec } from '@/lib/session/protocol/duration-text';
import { expect, test } from './fixtures';
import { signUp } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expectSummaryMatches, expectedSummary, feed, outcomeShown, phaseIs, readJournaledSession, rrSeries, sessionIdOf, startSession } from './support/session-driver';

// Deep rest: a guided practice in the place of paced breathing, on the same strap, journal and upload.
const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

/** Screenshots for a person to look at, only when asked (H10_SHOTS=1). */
async function shot(page: Page, name: string) {
  if (process.env.H10_SHOTS) await page.screenshot({ path: `/tmp/h10-shots/deep-rest-${name}.png`, fullPage: true });
}

async function expectInView(page: Page, testId: string) {
  const box = await page.getByTestId(testId).boundingBox();
  const view = page.viewportSize()!;
  expect(box, testId).not.toBeNull();
  expect(box!.y + box!.height, `${testId} bottom`).toBeLessThanOrEqual(view.height);
}

test('short muscle relaxation: the phase line names each step, the summary compares the rests, the session page names the practice', async ({ page, strap }) => {
  test.setTimeout(300_000);
  await signUp(page);
  // 62-s rests pass the quality checks; the practice itself is shortened to one minute.
  await startSession(page, 'practice=pmr-short&baseline=62&breathing=60&recovery=62');
  const id = await sessionIdOf(page);
  await expect(page.getByTestId('session-phase')).toHaveText('Rest before');
  const steps = new Set<string>();
  const next = rrSeries(11);
  await feed(page, strap, next, phaseIs(page, 'breathing'));
  await expect(page.getByTestId('practice-guide')).toBeVisible();
  await expect(page.getByTestId('pacer')).toHaveCount(0);
  await expect(page.getByTestId('session-phase')).toHaveAttribute('data-practice', 'pmr-short');
  await expect(page.getByTestId('live-hr')).toBeVisible();
  await shot(page, 'run-en-laptop');
  await feed(page, strap, next, async () => {
    steps.add((await page.getByTestId('session-phase').textContent()) ?? '');
    return phaseIs(page, 'recovery')();
  });
  // In script order, each step named as it came; the tensing steps last a second at this length, the rest longer.
  expect(steps).toContain('Settling in');
  expect(steps).toContain('Face — release');
  expect(steps).toContain('Right leg and foot — release');
  expect(steps).toContain('Whole body — relaxed');
  await expect(page.getByTestId('practice-guide')).toHaveCount(0);
  await feed(page, strap, next, outcomeShown(page));

  const record = await readJournaledSession(page, id);
  expect(record.protocol.practice).toBe('pmr-short');
  expect(record.pacerCycleStartsMs).toEqual([]);
  await expectSummaryMatches(page, expectedSummary(record));
  // The words fit a practice: no pacer or breathing rhythm where there was none.
  await expect(page.getByTestId('session-summary')).toContainText('over the rest before the practice');
  await expect(page.getByTestId('session-summary')).not.toContainText('breathing with the pacer');
  await expect(page.getByTestId('summary-practice')).toContainText('Muscle relaxation, short');
  await expect(page.getByTestId('summary-breathing')).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await shot(page, 'summary-en-laptop');

  const stored = (await (await page.request.get(`/api/sessions/${id}`)).json()) as { session: { protocol: { practice?: string }; practiceMinutes: number } };
  expect(stored.session.protocol.practice).toBe('pmr-short');
  expect(stored.session.practiceMinutes).toBeGreaterThan(0.95);
  await page.goto(`/sessions/${id}`);
  await expect(page.getByTestId('session-protocol')).toHaveText('Muscle relaxation, short');
  await expect(page.getByTestId('summary-practice')).toBeVisible();
  await page.goto('/sessions');
  await expect(page.getByTestId('session-row').first()).toContainText('Muscle relaxation, short');
});

test.describe('in Dutch, on a tablet', () => {
  test.use({ locale: 'nl-NL', viewport: { width: 768, height: 1024 } });

  test('the choice by keyboard sets what the link sets', async ({ page }) => {
    await page.goto('/breathe');
    await page.getByTestId('kind-breathing').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('kind-deep-rest')).toBeChecked();
    await expect(page.getByTestId('practice-pmr-short')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('practice-pmr-short')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('practice-body-scan')).toBeChecked();
    const fromChoice = { seconds: await page.getByTestId('protocol-breathingS').getAttribute('data-seconds'), plan: await page.getByTestId('practice-plan').textContent() };
    expect(fromChoice.seconds).toBe(String(defaultPracticeS('body-scan')));
    await expect(page.getByTestId('protocol-breathingS')).toHaveValue(formatMinSec(defaultPracticeS('body-scan')));
    expect(fromChoice.plan).toContain('Je aandacht gaat langzaam door je lichaam');
    // Back to paced breathing and the rhythms are there again.
    await page.getByTestId('practice-body-scan').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('kind-breathing')).toBeChecked();
    await expect(page.getByTestId('preset-rest-rhythm')).toBeVisible();

    // The link sets the same state.
    await page.goto('/breathe?practice=body-scan');
    await expect(page.getByTestId('practice-body-scan')).toBeChecked();
    await expect(page.getByTestId('protocol-breathingS')).toHaveAttribute('data-seconds', fromChoice.seconds!);
    await expect(page.getByTestId('practice-plan')).toHaveText(fromChoice.plan!);
    await expectNoSeriousViolations(page, 'deep-rest set-up');
  });

  test('a body scan runs in Dutch and says honestly that the rests were short', async ({ page, strap }) => {
    test.setTimeout(180_000);
    // 50 s of body scan: its first step (60 of some 715 s) lasts 4 s, long enough to be read on a loaded
    // machine (at 20 s it lasted 1.7 s and was sometimes over before the checks below ran). Under a
    // minute, so with the rests the whole session is short by choice: the strap sends nothing while the
    // scans and screenshots below run, and in a phase of a minute or more that would be lost signal.
    await startSession(page, 'practice=body-scan&baseline=5&breathing=50&recovery=5');
    await expect(page.getByTestId('session-phase')).toHaveText('Rust vooraf');
    const next = rrSeries(12);
    await feed(page, strap, next, phaseIs(page, 'breathing'));
    await expect(page.getByTestId('session-phase')).toHaveText('Rustig worden');
    await expect(page.getByTestId('practice-cue')).toContainText('Ga gemakkelijk liggen of zitten');
    await expect(page.getByTestId('practice-next')).toHaveText('Hierna: De ademhaling');
    await expect(page.getByTestId('practice-progress')).toHaveAttribute('aria-valuetext', /^Lichaamsscan, stap 1 van 15$/);
    await shot(page, 'run-nl-tablet');
    await expectNoSeriousViolations(page, 'practice run');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, 'run-nl-tablet-dark');
    // The scans above took the practice on by some seconds; at a later step (the third or after) the
    // phase line and the cue are that step's, read at one moment so a step change cannot fall between.
    const stepNow = () =>
      page.evaluate(() => ({
        phase: document.querySelector('[data-testid="session-phase"]')?.textContent ?? '',
        cue: document.querySelector('[data-testid="practice-cue"]')?.textContent ?? '',
        step: Number(/stap (\d+) van/.exec(document.querySelector('[data-testid="practice-progress"]')?.getAttribute('aria-valuetext') ?? '')?.[1] ?? 0),
      }));
    // Stops at the practice's end too (no step then), so a slow machine fails below instead of hanging.
    await feed(page, strap, next, async () => (await stepNow()).step >= 3 || !(await phaseIs(page, 'breathing')()));
    const later = await stepNow();
    expect(later.step).toBeGreaterThanOrEqual(3);
    const cue = bodyScanScript.cues[later.step - 1]!;
    expect(later.phase).toBe(cue.title.nl);
    expect(later.cue).toContain(cue.text.nl);
    await feed(page, strap, next, outcomeShown(page));

    for (const testId of ['summary-baseline-rmssd', 'summary-recovery-rmssd', 'summary-shift']) await expect(page.getByTestId(testId)).toBeVisible();
    await expect(page.getByTestId('summary-reading')).toContainText('rustmomenten te kort');
    await expect(page.getByTestId('summary-practice')).toContainText('Lichaamsscan');
    await expect(page.getByTestId('summary-phases')).toContainText('Lichaamsscan');
    await shot(page, 'summary-nl-tablet-dark');
    await expectNoSeriousViolations(page, 'practice summary, dark');
  });
});

for (const locale of ['en-GB', 'nl-NL'] as const) {
  for (const screen of SCREENS) {
    test.describe(`set-up ${locale} ${screen.name}`, () => {
      test.use({ locale, viewport: { width: screen.width, height: screen.height } });

      test('with a practice chosen, Start stays on the first screen and is the one primary action once connected', async ({ page, strap: _strap }) => {
        await page.goto('/breathe?practice=pmr');
        await expect(page.getByTestId('practice-pmr')).toBeChecked();
        await page.getByTestId('connect-strap').click();
        await expect(page.getByTestId('start-session')).toBeFocused();
        await expect(page.locator('main .button-primary')).toHaveCount(1);
        for (const testId of ['practice-quiet', 'practice-plan', 'protocol-recoveryS', 'start-session']) await expectInView(page, testId);
        await shot(page, `setup-${locale}-${screen.name}-light`);
        await page.emulateMedia({ colorScheme: 'dark' });
        await shot(page, `setup-${locale}-${screen.name}-dark`);
      });
    });
  }
}
