// Guessing invite codes, on both databases: lookups of codes that do not exist are counted per client
// address, 30 in 10 minutes, then every lookup from there answers 429 with Retry-After — a right code
// too, so trying on tells nothing. A right code after a few typos works, right codes use up nothing,
// another address is not affected, and the window passes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientAddressHeader } from '@/server/client-address';
import { getInvite, createInvite } from '@/server/practitioners/invites';
import { inviteMissMax, inviteMissWindowMs, limitInviteGuesses, lookUpInviteForPage } from '@/server/practitioners/invite-guesses';
import { acceptInviteHandler, getInviteHandler } from '@/server/practitioners/link-handlers';
import { apiRequest, startApp, stopApp } from '../support/api-harness';
import { signUpAs, type Person } from '../support/practitioner-fixture';
import { testDialects, type TestDatabase } from '../support/test-databases';

describe.each(testDialects)('invite lookups per address on %s', (dialect) => {
  let test: TestDatabase;
  let pieter: Person;
  let anna: Person;
  let code: string;
  let address = 0;
  let from: string;

  const codeCtx = (c: string) => ({ params: Promise.resolve({ code: c }) });
  const lookUp = (c: string, ip: string, cookie?: string) => getInviteHandler(apiRequest('GET', `/api/invites/${c}`, { cookie, headers: { [clientAddressHeader()]: ip } }), codeCtx(c));
  const accept = (c: string, ip: string, cookie: string) =>
    acceptInviteHandler(apiRequest('POST', `/api/invites/${c}/accept`, { cookie, body: { share: 'from-now' }, headers: { [clientAddressHeader()]: ip } }), codeCtx(c));
  // Codes of the right shape that no invite has (the alphabet leaves out 0, O, 1, I and L).
  const wrongCode = (n: number) => `WRNG${String(n).padStart(8, '2').replace(/[01]/g, '3')}`.slice(0, 12);
  const miss = async (ip: string, times: number) => {
    for (let i = 0; i < times; i++) expect((await lookUp(wrongCode(i), ip)).status).toBe(404);
  };

  beforeAll(async () => {
    const app = await startApp(dialect, { rateLimitMax: 500, signUpRateLimitMax: 500 });
    test = app.test;
    const auth = app.auth;
    [pieter, anna] = await Promise.all([signUpAs(auth, 'Pieter', 'practitioner'), signUpAs(auth, 'Anna', 'practising')]);
  });
  beforeEach(async () => {
    code = (await createInvite(pieter.viewer)).code;
    from = `10.20.0.${++address}`;
  });
  afterAll(() => stopApp(test));

  it('a right code after a few typos shows whose invite it is', async () => {
    await miss(from, 5);
    const response = await lookUp(code, from);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ practitioner: { name: 'Pieter' } });
  });

  it(`after ${inviteMissMax} unknown codes the address gets 429 with Retry-After, for a right code too; another address is not affected`, async () => {
    await miss(from, inviteMissMax);
    const refused = await lookUp(wrongCode(99), from);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe('rate-limited');
    const retryAfterS = Number(refused.headers.get('Retry-After'));
    expect(retryAfterS).toBeGreaterThan(0);
    expect(retryAfterS).toBeLessThanOrEqual(inviteMissWindowMs / 1000);
    expect((await lookUp(code, from)).status).toBe(429);
    // Accepting answers the same question, so it is refused as well, and the invite stays unused.
    const accepting = await accept(code, from, anna.cookie);
    expect(accepting.status).toBe(429);
    expect(accepting.headers.get('Retry-After')).not.toBeNull();
    expect((await lookUp(code, '10.20.99.1')).status).toBe(200);
  });

  it('right codes use up nothing: many lookups of a valid invite, then the full allowance of misses still answers 404', async () => {
    for (let i = 0; i < inviteMissMax + 5; i++) expect((await lookUp(code, from)).status).toBe(200);
    await miss(from, inviteMissMax);
    expect((await lookUp(wrongCode(99), from)).status).toBe(429);
  });

  it('misses through accept count too; a right accept does not', async () => {
    for (let i = 0; i < inviteMissMax; i++) expect((await accept(wrongCode(i), from, anna.cookie)).status).toBe(404);
    expect((await lookUp(code, from)).status).toBe(429);
    const elsewhere = `10.20.98.${address}`;
    expect((await accept(code, elsewhere, anna.cookie)).status).toBe(201);
    // The used invite is now a miss like any unknown code.
    expect((await lookUp(code, elsewhere)).status).toBe(404);
  });

  it('the invite page shares the allowance: a right code shows the invite, a wrong one is not found, and past the limit it says how long to wait', async () => {
    const start = Date.now();
    await expect(lookUpInviteForPage(from, null, code, { nowMs: start })).resolves.toEqual({ invite: { practitioner: { name: 'Pieter' } } });
    await expect(lookUpInviteForPage(from, null, wrongCode(1), { nowMs: start })).rejects.toMatchObject({ status: 404 });
    await miss(from, inviteMissMax - 1);
    const waiting = await lookUpInviteForPage(from, anna.viewer, code, { nowMs: start + 60_000 });
    expect(waiting).toHaveProperty('retryAfterS');
    const { retryAfterS } = waiting as { retryAfterS: number };
    expect(retryAfterS).toBeGreaterThan(0);
    expect(retryAfterS).toBeLessThanOrEqual(inviteMissWindowMs / 1000 - 60);
    // And the API sees the same count the page used up.
    expect((await lookUp(code, from)).status).toBe(429);
  });

  it('once the window has passed, the address may look up again', async () => {
    const start = Date.now();
    for (let i = 0; i < inviteMissMax; i++) {
      await expect(limitInviteGuesses(from, () => getInvite(null, wrongCode(i)), { nowMs: start })).rejects.toMatchObject({ status: 404 });
    }
    await expect(limitInviteGuesses(from, () => getInvite(null, code), { nowMs: start + 1000 })).rejects.toMatchObject({ status: 429 });
    await expect(limitInviteGuesses(from, () => getInvite(null, code), { nowMs: start + inviteMissWindowMs + 1 })).resolves.toEqual({ practitioner: { name: 'Pieter' } });
  });
});
