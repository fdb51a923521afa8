import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { openApp } from './helpers';

// The sample class's first two students have the student numbers 004512 and 004549 (the school's
// ids, leading zeros kept). A teacher writes them as typed, or without the zeros.
const STATION = 'Table: #004512 and 4549 first';

test('a pseudonymised export carries no student number typed in the plan, and says it replaced them', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  await page.getByLabel('Title', { exact: true }).fill('Room 21001 rotation');
  await page.getByLabel('Station 1 name').fill(STATION);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Room 21001 rotation”' })).toBeVisible();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  await dialog.getByRole('checkbox', { name: /Replace student names with pseudonyms/ }).check();
  const replaced = dialog.getByRole('region', { name: 'What the pseudonyms replace' });
  await expect(replaced).toContainText('2 student numbers or ids');
  await expect(replaced).toContainText('station names');
  await page.screenshot({ path: '/tmp/h3-export-ids.png' });

  const started = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export plan bundle' }).click();
  const file = await started;
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).not.toMatch(/(?<!\d)0*(4512|4549)(?!\d)/);
  expect(text).toMatch(/Table: #Student \d\d and Student \d\d first/);
  // A longer number that holds no student's number whole stays as typed.
  expect(text).toContain('Room 21001 rotation');
});
