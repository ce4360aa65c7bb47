import { test as base, expect } from '@playwright/test';
import { EmulatedStrap } from './fixtures/ble-strap';

interface Fixtures {
  /** An emulated heart-rate strap this test's page can pair with through the real Web Bluetooth stack. */
  strap: EmulatedStrap;
}

let addressCounter = 0;

export const test = base.extend<Fixtures>({
  // Every test gets its own client address: the auth rate limit counts per address.
  context: async ({ context }, use) => {
    addressCounter += 1;
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${(process.pid + addressCounter) % 250}` });
    await use(context);
  },
  strap: async ({ browser, context, page }, use) => {
    const strap = await EmulatedStrap.create(browser, context);
    await strap.answerChooser(page);
    await use(strap);
    await strap.dispose();
  },
});

export { expect };
