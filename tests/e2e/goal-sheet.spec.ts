import { statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openSampleClass, screenshot } from './helpers';

test('a goal set on the profile prints as a one-page goal sheet for the student', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('table', { name: 'Roster' }).getByRole('link', { name: 'Lindqvist, Zoë' }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();

  // The profile's Goals section: empty at first, said in words.
  const goals = page.getByRole('region', { name: /^Goals/ });
  await expect(goals.getByRole('heading', { name: 'No goals yet' })).toBeVisible();

  // A new goal from the profile: the student is already chosen.
  await goals.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await expect(dialog.getByLabel('Student', { exact: true })).toHaveCount(0);
  const title = 'I can find a unit rate and use it to compare prices';
  await dialog.getByLabel("Goal, in the student's words").fill(title);
  const option = await dialog.getByRole('option', { name: /^6\.RP\.A\.2 / }).getAttribute('value');
  await dialog.getByLabel('Skill').selectOption(option ?? '');
  await dialog.getByLabel('Target').selectOption('4');
  await dialog
    .getByLabel('Action steps (one per line, optional)')
    .fill('Do 10 minutes of practice each day\nAsk for help on word problems');
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();
  const created = page.getByRole('status').filter({ hasText: 'Created the goal' });
  await expect(created).toBeVisible();
  await created.getByRole('button', { name: 'Dismiss message' }).click();

  const open = goals.getByRole('table', { name: 'Open goals' });
  const row = open.getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('link', { name: title })).toBeVisible();
  await expect(row).toContainText('6.RP.A.2 → 4');
  await expect(row).toContainText(/On track|At risk|Off track|No data yet|Met|Overdue/);

  // The goal sheet: the student's name, the class and the goal in their words.
  await goals.getByRole('link', { name: 'Goal sheet' }).click();
  await expect(page).toHaveURL(/#\/classes\/[^/]+\/students\/[^/]+\/goal-sheet$/);
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByText('Grade 6 Math — Period 2')).toBeVisible();
  const goal = page.getByRole('article', { name: title });
  await expect(goal.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(goal.getByRole('region', { name: 'Skill 6.RP.A.2' })).toContainText('Target: 4');
  await expect(goal.getByRole('img', { name: /^Progress on 6\.RP\.A\.2/ })).toBeVisible();
  await expect(goal.getByRole('listitem').filter({ hasText: 'Ask for help on word problems' })).toBeVisible();
  await expect(goal.getByText('My next step:')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await screenshot(page, 'goal-sheet', { fullPage: true });

  // As printed: no sidebar, no toolbar, the goal still there.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(goal.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();

  await page.pdf({ path: 'test-results/goal-sheet.pdf' });
  expect(statSync('test-results/goal-sheet.pdf').size).toBeGreaterThan(20_000);
  await page.emulateMedia({ media: 'screen' });

  // Back to the profile from the toolbar.
  await page.getByRole('link', { name: 'Back to profile' }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();
});
