import { expect, test } from './fixtures';
import { signUp, testPassword } from './support/accounts';

// Issue 10: the header keeps one row on a tablet, the Dutch forms speak Dutch, focus lands on the error,
// and signing in brings a person back to where they were.

test('the header fits one row at 768 px, also for a practitioner, whose header has Clients too', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await signUp(page, { name: 'Sanne de Vries', role: 'practitioner' });
  await page.getByTestId('preferences-menu').locator('summary').click();
  await page.getByLabel('Language', { exact: true }).selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.goto('/breathe');
  // A practitioner's header has the most items: Clients is one of them.
  await expect(page.locator('nav').getByRole('link', { name: 'Cliënten' })).toBeVisible();
  const layout = await page.evaluate(() => {
    const header = document.querySelector('.site-header')!;
    const centres = [...header.querySelectorAll('a, button, summary')].map((el) => {
      const box = el.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    return {
      centreSpread: Math.max(...centres) - Math.min(...centres),
      height: header.getBoundingClientRect().height,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
  // One row: every link and button on the same line (centres within a few pixels), nothing sticking out.
  expect(layout.overflow).toBeLessThanOrEqual(0);
  expect(layout.centreSpread).toBeLessThan(8);
  expect(layout.height).toBeLessThan(80);
});

test.describe('in Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('the sign-in form answers in Dutch and focus goes to the error', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('Vul je e-mailadres in.');
    await expect(page.getByTestId('form-error')).toBeFocused();
    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('Vul een geldig e-mailadres in.');
    await page.getByLabel('E-mailadres').fill('iemand@example.com');
    await page.getByLabel('Wachtwoord').fill('niet-mijn-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByTestId('form-error')).toContainText('horen niet bij een account');
    await expect(page.getByTestId('form-error')).toBeFocused();
  });

  test('the sign-up form checks the email in Dutch too', async ({ page }) => {
    await page.goto('/sign-up');
    await page.getByLabel('Naam').fill('Femke');
    await page.getByLabel('E-mailadres').fill('femke@');
    await page.getByLabel('Wachtwoord').fill(testPassword);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('Vul een geldig e-mailadres in.');
    await expect(page.getByTestId('form-error')).toBeFocused();
  });
});

test('signing in from the header returns to the page the person was on', async ({ page }) => {
  const { email } = await signUp(page);
  await page.getByTestId('sign-out').click();
  await page.goto('/breathe');
  await page.getByRole('link', { name: 'Sign in' }).first().click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fbreathe$/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/breathe$/);
  // Somewhere else is never a return path.
  await page.getByTestId('sign-out').click();
  await page.goto('/sign-in?next=//evil.example/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
});
