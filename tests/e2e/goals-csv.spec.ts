import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openSampleClass, screenshot } from './helpers';

const TITLE = 'I can use a table to find equivalent ratios';

test('the goals dashboard exports the goals it lists as a CSV spreadsheet', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No goals yet' })).toBeVisible();
  const exportButton = page.getByRole('button', { name: 'Export CSV' });
  await expect(exportButton).toBeDisabled();
  await expect(exportButton).toHaveAccessibleDescription('No goals to export yet.');

  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await dialog.getByLabel('Student', { exact: true }).selectOption({ label: 'Zoë Lindqvist' });
  await dialog.getByLabel("Goal, in the student's words").fill(TITLE);
  const skill = dialog.getByLabel('Skill', { exact: true });
  await skill.selectOption((await skill.locator('option').filter({ hasText: /^6\.RP\.A\.3a / }).first().getAttribute('value'))!);
  await dialog.getByLabel('Target', { exact: true }).selectOption({ label: '4 Exceeds' });
  await dialog.getByLabel('Start date').fill('2026-01-05');
  await dialog.getByLabel('Due date').fill('2026-02-27');
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();

  await expect(exportButton).toBeEnabled();
  await expect(exportButton).toHaveAccessibleDescription('The 1 goal listed below, one row per skill.');
  const download = page.waitForEvent('download');
  await exportButton.click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Grade 6 Math — Period 2 goals \d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: `Exported 1 goal to ${file.suggestedFilename()}.` })).toBeVisible();
  await screenshot(page, 'goals-csv');

  const lines = readFileSync((await file.path())!, 'utf8').split('\r\n');
  expect(lines[0]).toBe('Student,Goal,Skill,Target level,Current level,Start date,Due date,Status');
  expect(lines[1]).toMatch(
    new RegExp(`^Zoë Lindqvist,${TITLE},6\\.RP\\.A\\.3a,4,\\d(\\.\\d{1,2})?,2026-01-05,2026-02-27,(Met|Overdue|On track|At risk|Off track|No data yet)$`),
  );
  expect(lines.slice(2)).toEqual(['']);
});
