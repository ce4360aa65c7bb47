import type { Browser, BrowserContext, Page } from '@playwright/test';
import enApp from '@/lib/i18n/messages/en/app.json';
import enAuth from '@/lib/i18n/messages/en/auth.json';
import enPractitioners from '@/lib/i18n/messages/en/practitioners.json';
import nlApp from '@/lib/i18n/messages/nl/app.json';
import nlAuth from '@/lib/i18n/messages/nl/auth.json';
import nlPractitioners from '@/lib/i18n/messages/nl/practitioners.json';
import enSessionPages from '@/lib/i18n/messages/en/session-pages.json';
import { makeUpload } from '@/lib/session/testing/make-upload';
import { expect, test } from './fixtures';
import { testPassword, uniqueEmail } from './support/accounts';
import { feed, outcomeShown, rrSeries, sessionIdOf, startSession } from './support/session-driver';

// Issue 13 end to end, in the real browser, server and database: invite → accept → a recorded session →
// review → note → prescribed practice → the client sees both → revoke → the practitioner sees nothing.
const languages = {
  en: { locale: 'en-GB', app: enApp, auth: enAuth.auth, p: enPractitioners.practitioners },
  nl: { locale: 'nl-NL', app: nlApp, auth: nlAuth.auth, p: nlPractitioners.practitioners },
} as const;

type Language = (typeof languages)[keyof typeof languages];

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Screenshots for a person to look at, only when asked (H13_SHOTS=1): light and dark, laptop and tablet. */
async function shots(page: Page, name: string) {
  if (!process.env.H13_SHOTS) return;
  for (const [screen, size] of [
    ['laptop', { width: 1280, height: 800 }],
    ['tablet', { width: 768, height: 1024 }],
  ] as const) {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `/tmp/h13-shots/${name}-${screen}-${scheme}.png`, fullPage: true });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function signUpAs(page: Page, lang: Language, name: string, role: 'practising' | 'practitioner') {
  await page.getByLabel(lang.auth.name).fill(name);
  await page.getByLabel(lang.auth.email).fill(uniqueEmail(role));
  await page.getByLabel(lang.auth.password).fill(testPassword);
  if (role === 'practitioner') await page.getByLabel(lang.auth.rolePractitioner).check();
  await page.getByRole('button', { name: lang.auth.signUpSubmit }).click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
}

async function practitionerContext(browser: Browser, lang: Language, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: lang.locale, baseURL, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${240 + (process.pid % 9)}` } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  return context;
}

for (const [code, lang] of Object.entries(languages)) {
  test.describe(`in ${code === 'en' ? 'English' : 'Dutch'}`, () => {
    test.use({ locale: lang.locale });

    test('invite, accept, review, note, prescribe, start the practice, revoke', async ({ page, browser, baseURL, strap }) => {
      test.setTimeout(120_000);
      const practitionerName = `Dr. Visser ${code}`;
      const clientName = `Sam de Vries ${code}`;

      // The practitioner signs up and finds Clients in the header, with an empty list that says how to invite.
      const pContext = await practitionerContext(browser, lang, baseURL!);
      const pPage = await pContext.newPage();
      await pPage.goto('/sign-up');
      await signUpAs(pPage, lang, practitionerName, 'practitioner');
      await pPage.getByRole('link', { name: lang.app.shell.nav.clients, exact: true }).click();
      await expect(pPage).toHaveURL(/\/clients$/);
      await expect(pPage.getByRole('heading', { level: 1 })).toHaveText(lang.p.clients.heading);
      await expect(pPage.getByTestId('clients-empty')).toContainText(lang.p.clients.empty.heading);

      await pPage.getByTestId('create-invite').click();
      const inviteCode = (await pPage.getByTestId('invite-code').getAttribute('data-code'))!;
      expect(inviteCode).toMatch(/^[A-Z0-9]{8,}$/);
      await expect(pPage.getByTestId('invite-code')).toHaveText(inviteCode.match(/.{1,4}/g)!.join('-'));
      const inviteUrl = (await pPage.getByTestId('invite-link').getAttribute('href'))!;
      expect(inviteUrl).toContain(`/invite/${inviteCode}`);
      await expect(pPage.getByTestId('invite-expires')).toBeVisible();
      await pPage.getByTestId('copy-invite').click();
      await expect(pPage.getByText(lang.p.invite.copied)).toBeVisible();
      expect(await pPage.evaluate(() => navigator.clipboard.readText())).toBe(inviteUrl);
      await shots(pPage, `${code}-clients-invite`);

      // The client opens the link signed out, creates an account from it and comes straight back to it.
      await page.goto(new URL(inviteUrl).pathname);
      await expect(page.getByTestId('invite-practitioner')).toHaveText(fill(lang.p.acceptInvite.heading, { name: practitionerName }));
      await shots(page, `${code}-invite-signed-out`);
      await page.getByTestId('invite-sign-up').click();
      await expect(page).toHaveURL(/\/sign-up\?next=/);
      await signUpAs(page, lang, clientName, 'practising');
      await expect(page).toHaveURL(new RegExp(`/invite/${inviteCode}$`));
      await expect(page.getByTestId('share-from-now')).toBeChecked();
      await shots(page, `${code}-invite-accept`);
      await page.getByTestId('accept-invite').click();
      await expect(page).toHaveURL(/\/settings\?linked=/);
      await expect(page.getByTestId('link-accepted')).toHaveText(fill(lang.p.acceptInvite.accepted, { name: practitionerName }));
      await expect(page.getByTestId('practitioner-link')).toContainText(practitionerName);
      await expect(page.getByTestId('practitioner-link')).toContainText(lang.p.share['from-now']);
      // Single use: the same link now says it is not valid, with a 404.
      expect((await page.goto(new URL(inviteUrl).pathname))?.status()).toBe(404);
      await expect(page.getByTestId('invite-not-found')).toContainText(lang.p.acceptInvite.notFoundHeading);
      // A person who practises has no clients page.
      expect((await page.goto('/clients'))?.status()).toBe(404);

      // The client records a short session with the simulated strap.
      await startSession(page, 'inhale=4&exhale=6&baseline=4&breathing=6&recovery=4');
      const sessionId = await sessionIdOf(page);
      await feed(page, strap, rrSeries(7), outcomeShown(page));
      await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'done', { timeout: 20_000 });

      // The practitioner sees the client and the session.
      await pPage.goto('/clients');
      const row = pPage.getByTestId('client-row');
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(clientName);
      await expect(row.getByTestId('client-sessions-this-week')).toHaveText('1');
      await expect(row.getByTestId('client-practice')).toHaveText(lang.p.clients.noPractice);
      await expect(row.getByTestId('client-trend')).toHaveText(lang.p.trend.none);
      // Sorting is a button in the header: keyboard-reachable, and says its state.
      await pPage.getByTestId('sort-lastSession').focus();
      await pPage.keyboard.press('Enter');
      await expect(pPage.getByTestId('client-table')).toHaveAttribute('data-sort', 'lastSession:descending');
      await expect(pPage.locator('th[aria-sort="descending"]')).toHaveCount(1);
      await shots(pPage, `${code}-clients-list`);
      await row.getByRole('link', { name: clientName }).click();
      await expect(pPage.getByTestId('client-name')).toHaveText(clientName);
      const clientUrl = pPage.url();
      const clientId = new URL(clientUrl).pathname.split('/').pop()!;
      await expect(pPage.getByTestId('trends')).toBeVisible();
      // The trends view opens the client's sessions on the review page, not the practitioner's own.
      await expect(pPage.getByTestId('trend-session-link').first()).toHaveAttribute('href', `/clients/${clientId}/sessions/${sessionId}`);
      await pPage.getByTestId('client-sessions').getByTestId('session-row').click();
      await expect(pPage.getByTestId('session-review')).toHaveAttribute('data-session-id', sessionId);
      await expect(pPage.getByTestId('summary-baseline-rmssd')).toBeVisible();
      await expect(pPage.getByTestId('notes-empty')).toHaveText(lang.p.notes.empty);

      // Notes: write, edit, and delete one's own.
      const noteText = code === 'en' ? 'Lovely long exhale. Try 5 minutes every morning.' : 'Mooie lange uitademing. Probeer elke ochtend 5 minuten.';
      await pPage.getByTestId('note-text-input').fill('A first thought');
      await pPage.getByTestId('note-add').click();
      await expect(pPage.getByTestId('practitioner-note')).toHaveCount(1);
      await pPage.getByTestId('note-edit').click();
      await pPage.getByTestId('note-edit-text').fill(noteText);
      await pPage.getByTestId('note-save').click();
      await expect(pPage.getByTestId('note-text')).toHaveText(noteText);
      await pPage.getByTestId('note-text-input').fill('To be deleted');
      await pPage.getByTestId('note-add').click();
      await expect(pPage.getByTestId('practitioner-note')).toHaveCount(2);
      await pPage.getByTestId('practitioner-note').filter({ hasText: 'To be deleted' }).getByTestId('note-delete').click();
      await pPage.getByTestId('note-delete-confirm').click();
      await expect(pPage.getByTestId('practitioner-note')).toHaveCount(1);
      await expect(pPage.getByTestId('note-text')).toHaveText(noteText);
      await shots(pPage, `${code}-review`);

      // The report: printed, the shell and the buttons go, the report's header with the practitioner comes.
      await expect(pPage.getByTestId('print-report')).toHaveText(lang.p.review.print);
      await pPage.emulateMedia({ media: 'print' });
      await expect(pPage.locator('.site-header')).toBeHidden();
      await expect(pPage.getByTestId('print-report')).toBeHidden();
      await expect(pPage.getByTestId('report-practitioner')).toHaveText(practitionerName);
      await expect(pPage.getByTestId('summary-chart')).toBeVisible();
      await expect(pPage.getByTestId('note-text')).toBeVisible();
      if (process.env.H13_SHOTS) await pPage.screenshot({ path: `/tmp/h13-shots/${code}-report-print.png`, fullPage: true });
      await pPage.emulateMedia({ media: 'screen' });

      // A prescribed practice: the rest rhythm, 5 minutes, every day, with a minute's rest either side.
      await pPage.goto(clientUrl);
      await expect(pPage.getByTestId('practice-none')).toBeVisible();
      await pPage.getByTestId('practice-preset').selectOption('rest-rhythm');
      await pPage.getByTestId('practice-baselineMin').fill('1');
      await pPage.getByTestId('practice-breathingMin').fill('5');
      await pPage.getByTestId('practice-recoveryMin').fill('1');
      await pPage.getByTestId('practice-timesPerWeek').fill('7');
      await pPage.getByTestId('practice-save').click();
      await expect(pPage.getByTestId('practice-status')).toHaveText(fill(lang.p.practice.saved, { name: clientName }));
      const expectedLink = '/breathe?inhale=4&holdIn=0&exhale=6&holdOut=0&baseline=60&breathing=300&recovery=60';
      await expect(pPage.getByTestId('practice-link')).toHaveText(`${baseURL}${expectedLink}`);
      await expect(pPage.getByTestId('practice-current')).toContainText(lang.p.practice.everyDay);
      await pPage.getByTestId('copy-practice-link').click();
      await expect(pPage.getByText(lang.p.practice.copied)).toBeVisible();
      expect(await pPage.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${expectedLink}`);
      await shots(pPage, `${code}-client-page`);

      // The client reads the note under their session (not editable) and may hide it.
      await page.goto(`/sessions/${sessionId}`);
      await expect(page.getByTestId('session-notes')).toContainText(lang.p.notes.heading);
      await expect(page.getByTestId('note-text')).toHaveText(noteText);
      await expect(page.getByTestId('session-notes')).toContainText(practitionerName);
      await expect(page.getByTestId('note-edit')).toHaveCount(0);
      await shots(page, `${code}-client-session`);
      // Hidden, the session is gone for the practitioner at once; shown again, it is back.
      const hide = page.getByTestId('hide-from-practitioners');
      await expect(hide).not.toBeChecked();
      await hide.check();
      await expect(page.getByTestId('hide-status')).toHaveAttribute('data-state', 'saved');
      expect((await pPage.goto(`/clients/${clientId}/sessions/${sessionId}`))?.status()).toBe(404);
      await pPage.goto(clientUrl);
      await expect(pPage.getByTestId('client-sessions-empty')).toBeVisible();
      await page.reload();
      await expect(hide).toBeChecked();
      await hide.uncheck();
      await expect(page.getByTestId('hide-status')).toHaveAttribute('data-state', 'saved');
      await pPage.reload();
      await expect(pPage.getByTestId('client-sessions').getByTestId('session-row')).toHaveCount(1);

      // "Your practice from …" on Breathe, set up with one click.
      await page.goto('/breathe');
      const card = page.getByTestId('prescribed-practice');
      await expect(card).toContainText(fill(lang.p.breathe.heading, { name: practitionerName }));
      await shots(page, `${code}-breathe-practice`);
      await card.getByTestId('start-prescribed-practice').click();
      await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === expectedLink);
      await expect(page.getByTestId('prescribed-practice-ready')).toBeVisible();
      await expect(page.getByTestId('protocol-breathingS')).toHaveAttribute('data-seconds', '300');
      await expect(page.getByTestId('protocol-baselineS')).toHaveAttribute('data-seconds', '60');
      await expect(page.getByTestId('preset-rest-rhythm')).toBeChecked();
      // On the set-up the card stays in view; once the session runs it steps aside for the pacer, and
      // stays away on the summary.
      await expect(card).toBeVisible();
      // The emulated strap does not outlive the page loads since the first session: the simulated one starts this.
      await page.getByTestId('simulate-strap').click();
      await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
      await page.getByTestId('start-session').click();
      await expect(page.getByTestId('session-phase')).toHaveAttribute('data-phase', 'baseline');
      await expect(card).toBeHidden();
      await page.getByTestId('finish-session').click();
      await page.getByTestId('confirm-finish').click();
      await expect(page.getByTestId('session-outcome')).toBeVisible();
      await expect(card).toBeHidden();

      // Every look is in the access log; then the client revokes, at once.
      await page.goto('/settings');
      const logged = (what: string) => page.locator(`[data-testid="access-log-entry"][data-what="${what}"]`).first();
      await expect(logged('session')).toContainText(practitionerName);
      await expect(logged('session')).toContainText(fill(lang.p.settings.what.sessionOf, { date: '' }).trim());
      await expect(logged('trends')).toContainText(lang.p.settings.what.trends);
      await expect(logged('clients')).toBeVisible();
      await shots(page, `${code}-settings`);
      await page.getByTestId('revoke-link').click();
      await expect(page.getByRole('alertdialog')).toContainText(fill(lang.p.settings.revokeQuestion, { name: practitionerName }));
      await page.getByTestId('revoke-link-confirm').click();
      await expect(page.getByTestId('practitioner-links-empty')).toBeVisible();

      // The practitioner now finds nothing: not the client, not the session, not in the API.
      expect((await pPage.goto(clientUrl))?.status()).toBe(404);
      expect((await pPage.goto(`/clients/${clientId}/sessions/${sessionId}`))?.status()).toBe(404);
      expect((await pPage.goto(`/sessions/${sessionId}`))?.status()).toBe(404);
      expect((await pPage.request.get(`/api/clients/${clientId}/sessions`)).status()).toBe(404);
      await pPage.goto('/clients');
      await expect(pPage.getByTestId('clients-empty')).toBeVisible();
      // And the client's Breathe no longer shows the practice of someone they are not linked with.
      await page.goto('/breathe');
      await expect(page.getByTestId('session-setup')).toBeVisible();
      await expect(page.getByTestId('prescribed-practice')).toHaveCount(0);
      await pContext.close();
    });
  });
}

test('an existing account signs in from the invite and comes back; the practitioner ends the link', async ({ page, browser, baseURL }) => {
  const lang = languages.en;
  const pContext = await practitionerContext(browser, lang, baseURL!);
  const pPage = await pContext.newPage();
  await pPage.goto('/sign-up');
  await signUpAs(pPage, lang, 'Coach Jansen', 'practitioner');
  const created = await pPage.request.post('/api/invites', { data: {}, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  const invite = (await created.json()) as { code: string; url: string };
  // A practitioner cannot accept an invite: the page says why instead of offering it.
  await pPage.goto(`/invite/${invite.code}`);
  await expect(pPage.getByTestId('invite-practitioner-note')).toHaveText(lang.p.acceptInvite.practitionerNote);
  await expect(pPage.getByTestId('accept-invite')).toHaveCount(0);

  // A client who already has an account is signed out when the link comes.
  await page.goto('/sign-up');
  const email = uniqueEmail('existing');
  await page.getByLabel(lang.auth.name).fill('Noor Bakker');
  await page.getByLabel(lang.auth.email).fill(email);
  await page.getByLabel(lang.auth.password).fill(testPassword);
  await page.getByRole('button', { name: lang.auth.signUpSubmit }).click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await page.getByTestId('sign-out').click();
  await expect(page.getByRole('link', { name: lang.auth.signInSubmit }).first()).toBeVisible();

  // An unknown code is the same calm 404 as a used one.
  expect((await page.goto('/invite/ABCDEFGHJKMN'))?.status()).toBe(404);
  await expect(page.getByTestId('invite-not-found')).toContainText(lang.p.acceptInvite.notFoundBody);

  await page.goto(new URL(invite.url).pathname);
  await page.getByTestId('invite-sign-in').click();
  await page.getByLabel(lang.auth.email).fill(email);
  await page.getByLabel(lang.auth.password).fill(testPassword);
  await page.getByRole('button', { name: lang.auth.signInSubmit }).click();
  await expect(page).toHaveURL(new RegExp(`/invite/${invite.code}$`));
  await page.getByTestId('share-all').check();
  await page.getByTestId('accept-invite').click();
  await expect(page.getByTestId('practitioner-link')).toContainText(lang.p.share.all);

  // Nothing shared yet: the client page says so.
  await pPage.goto('/clients');
  await pPage.getByTestId('client-row').getByRole('link', { name: 'Noor Bakker' }).click();
  await expect(pPage.getByTestId('client-sessions-empty')).toBeVisible();
  const clientUrl = pPage.url();
  const clientPath = new URL(clientUrl).pathname;

  // Noor shares everything; six sessions make two pages (playwright.config.ts sets SESSIONS_PAGE_SIZE=4).
  const ids: string[] = [];
  for (let day = 1; day <= 6; day++) {
    const id = crypto.randomUUID();
    ids.push(id);
    const upload = makeUpload({ id, startedAt: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z` });
    expect((await page.request.post('/api/sessions', { data: upload, headers: { origin: baseURL! } })).status()).toBe(201);
  }
  const newestFirst = [...ids].reverse();
  await pPage.goto(clientUrl);
  const rows = pPage.getByTestId('client-sessions').getByTestId('session-row');
  await expect(rows).toHaveCount(4);
  // Each page read is in Noor's access log: showing the older ones adds one entry.
  const listReads = async () =>
    ((await (await page.request.get('/api/access-log')).json()) as { entries: { what: string }[] }).entries.filter((e) => e.what === 'client-sessions').length;
  const readsBefore = await listReads();
  const older = pPage.getByRole('button', { name: enSessionPages.sessionPages.showOlder });
  await older.click();
  await expect(rows).toHaveCount(6);
  expect(await listReads()).toBe(readsBefore + 1);
  await expect(older).toHaveCount(0);
  expect(await rows.evaluateAll((links) => links.map((link) => link.getAttribute('data-session-id')))).toEqual(newestFirst);
  // An older row opens the client's session on the review page, and focus moved to it.
  const firstOlder = pPage.locator(`[data-session-id="${newestFirst[4]}"]`);
  await expect(firstOlder).toBeFocused();
  await expect(firstOlder).toHaveAttribute('href', `${clientPath}/sessions/${newestFirst[4]}`);
  await firstOlder.press('Enter');
  await expect(pPage.getByTestId('session-review')).toHaveAttribute('data-session-id', newestFirst[4]!);

  // The practitioner ends the link from the client's page, after confirming; the client's Settings follows at once.
  await pPage.goto(clientUrl);
  await pPage.getByTestId('end-link').click();
  await expect(pPage.getByRole('alertdialog')).toContainText(fill(lang.p.client.endQuestion, { name: 'Noor Bakker' }));
  await pPage.getByTestId('end-link-confirm').click();
  await expect(pPage).toHaveURL(/\/clients$/);
  await expect(pPage.getByTestId('clients-empty')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('practitioner-links-empty')).toBeVisible();
  await pContext.close();
});
