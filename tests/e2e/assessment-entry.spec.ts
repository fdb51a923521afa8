import { expect, test } from '@playwright/test';
import { openSampleClass } from './helpers';

test('a teacher enters an exit ticket as percents down a column, and the scores reach the profile', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Enter assessment' }).first().click();
  await expect(page.getByText('Tick the skills this assessment covered.')).toBeVisible();

  await page.getByRole('checkbox', { name: '7.RP.A.3' }).check();
  await page.getByLabel('Scores are').selectOption({ label: 'Percents' });
  await page.getByLabel('Score for Zoë Lindqvist on 7.RP.A.3').fill('92');
  await page.keyboard.press('Enter');
  // Enter goes down the column, to the next student.
  await expect(page.getByLabel('Score for Chloé Martin on 7.RP.A.3')).toBeFocused();
  await page.keyboard.type('abc');

  // No source and a cell that is not a score: nothing is saved, and both are named.
  await page.getByRole('button', { name: 'Save 2 scores' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Not saved yet' });
  await expect(alert).toContainText('Say what the assessment was');
  await expect(alert).toContainText('is not a score');

  // A day in the future is refused too.
  await page.getByLabel('Date').fill('2099-01-15');
  await page.getByRole('button', { name: 'Save 2 scores' }).click();
  await expect(alert).toContainText('Scores cannot be dated in the future');
  await page.getByLabel('Date').fill(await page.evaluate(() => new Date().toLocaleDateString('en-CA')));

  await page.getByLabel('Score for Chloé Martin on 7.RP.A.3').fill('');
  await page.getByLabel('Source').fill('Exit ticket 9');
  await page.getByRole('button', { name: 'Save 1 score' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 1 score from Exit ticket 9.' })).toBeVisible();

  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const cell = page.getByRole('grid', { name: 'Mastery tracker' }).getByRole('gridcell', { name: /^Zoë Lindqvist, 7\.RP\.A\.3/ });
  // 92% is 4 (Exceeds) with the default cut scores; it is Zoë's only score on that skill.
  await expect(cell).toHaveAccessibleName('Zoë Lindqvist, 7.RP.A.3: 4 Exceeds, 1 score');
});
