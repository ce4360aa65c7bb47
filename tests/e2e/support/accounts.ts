import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

let counter = 0;

export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}@example.com`;
}

export const testPassword = 'rustig-ademen-42';

/** Signs up through the real form; lands wherever the form sends a new account. */
export async function signUp(page: Page, options: { name?: string; email?: string; role?: 'practising' | 'practitioner' } = {}) {
  const email = options.email ?? uniqueEmail('user');
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(options.name ?? 'Test Person');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(testPassword);
  if (options.role === 'practitioner') await page.getByLabel('As a practitioner').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('sign-out')).toBeVisible();
  return { email, password: testPassword };
}
