import type { Browser, Page } from '@playwright/test';
import nlAuth from '@/lib/i18n/messages/nl/auth.json';
import nlLive from '@/lib/i18n/messages/nl/liveShare.json';
import nlPractitioners from '@/lib/i18n/messages/nl/practitioners.json';
import { expect, test } from './fixtures';
import { EmulatedStrap } from './fixtures/ble-strap';
import { testPassword, uniqueEmail } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { feed, outcomeShown, phaseIs, rawToMs, rrSeries } from './support/session-driver';

// A practitioner follows a client's session live, in Dutch: the client (emulated strap) ticks share-live
// and breathes a short session; the practitioner, in another browser, sees waiting → live with the same
// last beat the client's screen shows, the phase change, then ended; the client's access log names it once.
const auth = nlAuth.auth;
const live = nlLive.liveShare;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

test.use({ locale: 'nl-NL' });

async function signUpAs(page: Page, name: string, role: 'practising' | 'practitioner') {
  await page.goto('/sign-up');
  await page.getByLabel(auth.name).fill(name);
  await page.getByLabel(auth.email).fill(uniqueEmail(`live-${role}`));
  await page.getByLabel(auth.password).fill(testPassword);
  if (role === 'practitioner') await page.getByLabel(auth.rolePractitioner).check();
  await page.getByRole('button', { name: auth.signUpSubmit }).click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
}

async function practitionerPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', baseURL, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${230 + (process.pid % 9)}` } });
  return context.newPage();
}

/** Links the client (signed in on `page`) to the practitioner (on `pPage`) through an invite; returns the client's id. */
async function linkClient(page: Page, pPage: Page, baseURL: string): Promise<string> {
  const invite = await pPage.request.post('/api/invites', { headers: { origin: baseURL }, data: {} });
  expect(invite.status()).toBe(201);
  const { code } = (await invite.json()) as { code: string };
  const accepted = await page.request.post(`/api/invites/${code}/accept`, { headers: { origin: baseURL }, data: { share: 'from-now' } });
  expect(accepted.status()).toBe(201);
  const links = (await (await pPage.request.get('/api/links')).json()) as { links: { client: { id: string } }[] };
  return links.links[0]!.client.id;
}

const attr = (page: Page, testId: string, name: string) => page.getByTestId(testId).getAttribute(name);

test('the practitioner follows a shared session live: waiting, live with the client’s last beat, the phase change, ended; logged once', async ({ page, browser, baseURL, strap }) => {
  test.setTimeout(180_000);
  const pPage = await practitionerPage(browser, baseURL!);
  await signUpAs(pPage, 'Pieter Visser', 'practitioner');
  await signUpAs(page, 'Jan de Vries', 'practising');
  const clientId = await linkClient(page, pPage, baseURL!);

  // From the client's page to the live view, which waits.
  await pPage.goto(`/clients/${clientId}`);
  await pPage.getByTestId('client-live-link').click();
  await expect(pPage).toHaveURL(new RegExp(`/clients/${clientId}/live$`));
  await expect(pPage.getByTestId('live-remote-status')).toHaveAttribute('data-status', 'waiting');
  await expect(pPage.getByTestId('live-remote-status')).toHaveText(fill(live.follow.status.waiting, { name: 'Jan de Vries' }));

  await page.goto('/breathe?baseline=12&breathing=12&recovery=6&inhale=4&exhale=6');
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  const share = page.getByTestId('share-live');
  await expect(share).not.toBeChecked();
  await expect(page.getByText(fill(live.setup.label, { names: 'Pieter Visser' }))).toBeVisible();
  await share.check();
  await expectNoSeriousViolations(page, 'set-up with share-live');
  await page.getByTestId('start-session').click();
  await expect(page.getByTestId('session-phase')).toHaveAttribute('data-phase', 'baseline');
  await expect(page.getByTestId('live-share-status')).toContainText(fill(live.run.sharing, { names: 'Pieter Visser' }));

  // Beats until the practitioner sees the session live; then the strap rests a moment and both screens show the same last beat.
  const next = rrSeries(5);
  const sent = await feed(page, strap, next, async () => (await attr(pPage, 'live-remote-status', 'data-status')) === 'live');
  await expect(pPage.getByTestId('live-remote-phase')).toHaveAttribute('data-phase', 'baseline');
  const lastRaw = sent[sent.length - 1]!;
  await expect(page.getByTestId('live-rr')).toHaveAttribute('data-value', String(Math.round(rawToMs(lastRaw))));
  const clientRr = await attr(page, 'live-rr', 'data-value');
  const clientHr = await attr(page, 'live-hr', 'data-value');
  await expect(pPage.getByTestId('live-remote-rr')).toHaveText(clientRr!);
  await expect(pPage.getByTestId('live-remote-hr')).toHaveText(clientHr!);
  await expect(pPage.getByTestId('live-remote-freshness')).toHaveAttribute('data-stale', 'false');

  // The phase change reaches the practitioner, with the pacer's rhythm.
  await feed(page, strap, next, phaseIs(page, 'breathing'));
  await feed(page, strap, next, async () => (await attr(pPage, 'live-remote-phase', 'data-phase')) === 'breathing');
  await expect(pPage.getByTestId('live-remote-phase')).toHaveText(live.follow.phases.breathing);
  await expect(pPage.getByTestId('live-remote-rhythm')).toContainText('4 s in · 6 s uit (6 ademhalingen per minuut)');
  await expect(pPage.getByTestId('live-remote-chart')).toBeVisible();
  await expectNoSeriousViolations(pPage, 'the live view');

  // The session ends: so does the live view, and its beats are gone from the answer.
  await feed(page, strap, next, outcomeShown(page));
  await expect(pPage.getByTestId('live-remote-status')).toHaveAttribute('data-status', 'ended');
  await expect(pPage.getByTestId('live-remote-status')).toHaveText(live.follow.status.ended);
  const after = (await (await pPage.request.get(`/api/clients/${clientId}/live`)).json()) as { live: { status: string; beats: unknown[] } };
  expect(after.live).toMatchObject({ status: 'ended', beats: [] });

  // The client's access log names the live session once, however many times the page asked.
  await page.goto('/settings');
  const entries = page.locator('[data-testid="access-log-entry"][data-what="live"]');
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText(nlPractitioners.practitioners.settings.what.live);
  await expect(entries).toContainText('Pieter Visser');
  await pPage.context().close();
});

test('a dropped network and stopping mid-session: the practitioner hears the connection is lost, then that it ended; the session goes on', async ({ page, browser, baseURL, strap }) => {
  test.setTimeout(120_000);
  const pPage = await practitionerPage(browser, baseURL!);
  await signUpAs(pPage, 'Anke Smit', 'practitioner');
  await signUpAs(page, 'Mila Bakker', 'practising');
  const clientId = await linkClient(page, pPage, baseURL!);
  await pPage.goto(`/clients/${clientId}/live`);
  await expect(pPage.getByTestId('live-remote-status')).toHaveAttribute('data-status', 'waiting');

  await page.goto('/breathe?baseline=120&breathing=60&recovery=0');
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('share-live').check();
  await page.getByTestId('start-session').click();
  const next = rrSeries(6);
  await feed(page, strap, next, async () => (await attr(pPage, 'live-remote-status', 'data-status')) === 'live');
  await expectNoSeriousViolations(page, 'a session shared live');

  // The client's network drops: the session records on, sharing waits, and the practitioner hears the
  // connection is lost (not that the session ended); back online, it is live again.
  await page.context().setOffline(true);
  await feed(page, strap, next, async () => (await attr(pPage, 'live-remote-freshness', 'data-stale')) === 'true');
  await expect(page.getByTestId('live-share-status')).toHaveAttribute('data-state', 'waiting');
  await expect(pPage.getByTestId('live-remote-status')).toHaveAttribute('data-status', 'live');
  await expect(pPage.getByTestId('live-remote-freshness')).toContainText('de verbinding met Mila Bakker is verbroken');
  await expect(page.getByTestId('session-phase')).toHaveAttribute('data-phase', 'baseline');
  await page.context().setOffline(false);
  await feed(page, strap, next, async () => (await attr(pPage, 'live-remote-freshness', 'data-stale')) === 'false');
  await expect(page.getByTestId('live-share-status')).toHaveAttribute('data-state', 'sharing');

  // A reload mid-session: resumed, the session is shared again (the choice was made for this session).
  await page.reload();
  // Chrome's Bluetooth emulation does not outlive a reload: the strap is set up anew.
  await strap.dispose();
  const sameStrap = await EmulatedStrap.create(browser, page.context());
  await sameStrap.answerChooser(page);
  await page.getByTestId('connect-strap').click();
  await expect(page.getByTestId('strap-status')).toHaveAttribute('data-status', 'connected');
  await page.getByTestId('resume-session').click();
  await expect(page.getByTestId('live-share-status')).toHaveAttribute('data-state', 'sharing');
  let count = 0;
  const resumed = await feed(page, sameStrap, next, async () => ++count >= 4);
  await expect(pPage.getByTestId('live-remote-rr')).toHaveText(String(Math.round(rawToMs(resumed[resumed.length - 1]!))));

  await page.getByTestId('stop-live-share').click();
  await expect(page.getByTestId('live-share-status')).toHaveAttribute('data-state', 'stopped');
  await expect(page.getByTestId('live-share-status')).toContainText(live.run.stopped);
  await expect(pPage.getByTestId('live-remote-status')).toHaveAttribute('data-status', 'ended');
  // The session itself records on.
  await expect(page.getByTestId('session-phase')).toHaveAttribute('data-phase', 'baseline');
  await pPage.context().close();
  await sameStrap.dispose();
});

test('without a practitioner there is nothing to share live', async ({ page }) => {
  await signUpAs(page, 'Zonder Behandelaar', 'practising');
  await page.goto('/breathe');
  await expect(page.getByTestId('start-session')).toBeVisible();
  await expect(page.getByTestId('share-live')).toHaveCount(0);
});
