import { expect, test } from './fixtures';
import { signUp, testPassword, uniqueEmail } from './support/accounts';

test('sign up as a practitioner, sign out, sign in again', async ({ page }) => {
  const { email } = await signUp(page, { name: 'Sanne de Vries', role: 'practitioner' });
  await expect(page.getByTestId('welcome')).toHaveText('Welcome, Sanne de Vries.');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('account-email')).toHaveText(email);
  await expect(page.getByTestId('account-role')).toHaveText('Practitioner');

  await page.getByTestId('sign-out').click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('account-name')).toHaveText('Sanne de Vries');
});

test('a wrong password and an unknown email get the same clear error', async ({ page }) => {
  const { email } = await signUp(page);
  await page.getByTestId('sign-out').click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();

  const message = 'That email and password do not match an account. Check both and try again.';
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not-my-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('form-error')).toHaveText(message);

  await page.getByLabel('Email').fill(uniqueEmail('nobody'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('form-error')).toHaveText(message);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('sign-up explains a taken email and a weak password', async ({ page }) => {
  const { email } = await signUp(page);
  await page.getByTestId('sign-out').click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();

  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Someone Else');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('form-error')).toContainText('already exists');

  await page.getByLabel('Email').fill(uniqueEmail('weak'));
  await page.getByLabel('Password').fill('kort');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Choose a password of at least 10 characters.');
});

test('a page that needs an account sends a visitor to sign-in and back after sign-up', async ({ page }) => {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings$/);
  await expect(page.getByRole('status')).toHaveText('Please sign in to continue.');
  await page.getByRole('link', { name: 'Create account' }).last().click();
  await expect(page).toHaveURL(/\/sign-up\?next=%2Fsettings$/);
  await page.getByLabel('Name').fill('Jan Peeters');
  await page.getByLabel('Email').fill(uniqueEmail('jan'));
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId('account-role')).toHaveText('Practising for myself');
});

test('an open redirect through ?next= is refused', async ({ page }) => {
  const { email } = await signUp(page);
  await page.getByTestId('sign-out').click();
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  await page.goto('/sign-in?next=//evil.example/steal');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
  await expect(page).toHaveURL(/localhost:\d+\/$/);
});
