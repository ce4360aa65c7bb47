import { expect, test } from './fixtures';
import { signUp } from './support/accounts';

// Settings the trends depend on: the daily goal (checked before it is saved) and the time zone whose days
// they count in. Each save is what /api/trends answers next.
test('the daily goal is checked, saved and used; the time zone is saved and used', async ({ page }) => {
  await signUp(page);
  await page.goto('/settings');
  const trends = async () => (await (await page.request.get('/api/trends?days=28')).json()) as { timeZone: string; goalMinutesPerDay: number };
  expect((await trends()).goalMinutesPerDay).toBe(5);

  const goal = page.getByTestId('daily-goal-input');
  const status = page.getByTestId('daily-goal-status');
  await goal.fill('0');
  await page.getByTestId('daily-goal-save').click();
  await expect(status).toHaveAttribute('data-state', 'invalid');
  await expect(status).toHaveAttribute('role', 'alert');
  await expect(goal).toHaveAttribute('aria-invalid', 'true');
  expect((await trends()).goalMinutesPerDay).toBe(5);

  await goal.fill('12');
  await goal.press('Enter');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toHaveText('Saved.');
  expect((await trends()).goalMinutesPerDay).toBe(12);

  const zone = page.getByTestId('time-zone-picker');
  const zoneStatus = page.getByTestId('time-zone-status');
  const other = (await trends()).timeZone === 'Asia/Tokyo' ? 'America/Toronto' : 'Asia/Tokyo';
  await zone.selectOption(other);
  await expect(zoneStatus).toHaveAttribute('data-state', 'saved');
  expect((await trends()).timeZone).toBe(other);
  await page.reload();
  await expect(page.getByTestId('time-zone-picker')).toHaveValue(other);
  await expect(page.getByTestId('daily-goal-input')).toHaveValue('12');
});
