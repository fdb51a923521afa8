import { expect, test, type Page } from '@playwright/test';
import { openApp, screenshot } from './helpers';

async function openSampleGoals(page: Page) {
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
}

async function newGoal(page: Page, goal: { student: string; title: string; skill: RegExp; target: string; start?: string; due?: string }) {
  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await dialog.getByLabel('Student', { exact: true }).selectOption({ label: goal.student });
  await dialog.getByLabel("Goal, in the student's words").fill(goal.title);
  const skillSelect = dialog.getByLabel('Skill', { exact: true });
  const option = await skillSelect.locator('option').filter({ hasText: goal.skill }).first().getAttribute('value');
  await skillSelect.selectOption(option!);
  await dialog.getByLabel('Target', { exact: true }).selectOption({ label: goal.target });
  if (goal.start) await dialog.getByLabel('Start date').fill(goal.start);
  if (goal.due) await dialog.getByLabel('Due date').fill(goal.due);
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();
}

const goalRow = (page: Page, title: string) => page.getByRole('table', { name: 'Goals' }).getByRole('row').filter({ hasText: title });

test('a goal turns to met when evidence reaches its target', async ({ page }) => {
  await openApp(page);
  await openSampleGoals(page);
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  await newGoal(page, { student: 'Zoë Lindqvist', title: 'I can solve percent problems with tape diagrams', skill: /^7\.RP\.A\.3 /, target: '3 Meets' });

  const row = goalRow(page, 'I can solve percent problems with tape diagrams');
  await expect(row).toContainText('No data yet');
  await expect(row).toContainText('No evidence on 7.RP.A.3');

  // The teacher records an exit ticket where Zoë reaches Meets.
  await page.getByRole('link', { name: 'Enter assessment' }).click();
  await page.getByRole('checkbox', { name: '7.RP.A.3' }).check();
  await page.getByLabel('Source').fill('Exit ticket 11');
  await page.getByLabel('Score for Zoë Lindqvist on 7.RP.A.3').fill('3');
  await page.getByRole('button', { name: 'Save 1 score' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 1 score' })).toBeVisible();

  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(row).toContainText('Met');
  await expect(page.getByRole('group', { name: 'Open goals by status' }).getByRole('button', { name: /1 Met/ })).toBeVisible();
});

test('an unmet goal becomes overdue the day after its due date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-02T10:00:00'));
  await openApp(page);
  await openSampleGoals(page);
  await newGoal(page, {
    student: "Marco D'Angelo",
    title: 'I can explain what a ratio compares',
    skill: /^6\.RP\.A\.1 /,
    target: '4 Exceeds',
    start: '2026-11-02',
    due: '2026-11-20',
  });
  const row = goalRow(page, 'I can explain what a ratio compares');
  await expect(row).not.toContainText('Overdue');

  // Due today is not overdue yet.
  await page.clock.setFixedTime(new Date('2026-11-20T15:00:00'));
  await page.reload();
  await expect(row).toBeVisible();
  await expect(row).not.toContainText('Overdue');

  await page.clock.setFixedTime(new Date('2026-11-21T08:00:00'));
  await page.reload();
  await expect(row).toContainText('Overdue');
});

test('goals for a group: everyone below Meets on a skill gets one goal each, and undo takes them back', async ({ page }) => {
  await openApp(page);
  await openSampleGoals(page);
  await page.getByRole('button', { name: 'Goals for a group' }).click();
  const dialog = page.getByRole('dialog', { name: 'Goals for a group' });
  await dialog.getByLabel('Skill').selectOption({ label: '6.RP.A.3' });
  const legend = dialog.getByRole('group', { name: /students? (is|are) below Meets on 6\.RP\.A\.3/ });
  await expect(legend).toBeVisible();
  const boxes = legend.getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThan(3);
  await boxes.first().uncheck();
  await dialog.getByRole('button', { name: `Create ${count - 1} goals` }).click();
  await expect(page.getByRole('table', { name: 'Goals' }).getByRole('row')).toHaveCount(count); // header + count-1
  await expect(page.getByRole('table', { name: 'Goals' })).toContainText('I can reach Meets on 6.RP.A.3');
  await screenshot(page, 'goals-dashboard');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
});
