import { expect, test, type Page } from '@playwright/test';
import { newPlanFromPlay, pickRatioGroups, saveRatioGroups } from './flows';
import { openApp, openSampleClass, screenshot } from './helpers';

const schedule = (page: Page) => page.getByRole('table', { name: 'Schedule' });
const rows = (page: Page) => schedule(page).getByRole('row').filter({ hasText: /Round \d/ });
const health = (page: Page) => page.getByRole('status', { name: 'Plan health' });

test('mirrored stations run two sets side by side, each group through its own set', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newPlanFromPlay(page, 'Mirror stations for large classes');
  await pickRatioGroups(page);

  // Two sets of four stations at the same time: one table per set, four rounds each, not eight.
  const setA = page.getByRole('table', { name: 'Schedule, set A' });
  const setB = page.getByRole('table', { name: 'Schedule, set B' });
  const setRows = (table: typeof setA) => table.getByRole('row').filter({ hasText: /Round \d/ });
  await expect(setRows(setA)).toHaveCount(4);
  await expect(setRows(setB)).toHaveCount(4);
  await expect(setA.getByRole('columnheader')).toHaveText([/^Round/, /^Teacher table/, /^Online practice A/, /^Collaborative task A/, /^Independent practice A/]);
  await expect(setB.getByRole('columnheader').nth(1)).toContainText('Aide table');
  const order = page.getByRole('list', { name: 'Group order' }).getByRole('listitem');
  const first = (await order.nth(0).getAttribute('aria-label'))!;
  const second = (await order.nth(1).getAttribute('aria-label'))!;
  await expect(page.getByLabel(`${first} set`)).toHaveValue('A');
  await expect(page.getByLabel(`${second} set`)).toHaveValue('B');
  // The first group of each set starts with its adult: the teacher in set A, the aide in set B,
  // at the same time.
  await expect(setRows(setA).first().locator('td').first()).toContainText(first);
  await expect(setRows(setB).first().locator('td').first()).toContainText(second);
  await expect(setRows(setB).first().getByRole('rowheader')).toContainText('09:00–09:15');
  await expect(health(page)).not.toContainText('No group rotates through set');
  await screenshot(page, 'plan-mirrored', { fullPage: true });

  // Moving every group into set A leaves set B empty, and the plan says so.
  for (const i of [1, 3]) await page.getByLabel(`${(await order.nth(i).getAttribute('aria-label'))!} set`).selectOption('A');
  await expect(health(page)).toContainText('No group rotates through set B');
  await expect(setRows(setA)).toHaveCount(4);
});

test('a lab rotation names its rooms and asks for an adult in each', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newPlanFromPlay(page, 'Lab rotation');
  await expect(page.getByLabel('Model')).toHaveValue('lab');
  await pickRatioGroups(page);
  await expect(page.getByLabel('Station 2 room')).toHaveValue('Computer lab');
  await expect(schedule(page).getByRole('columnheader', { name: /Computer lab/ }).first()).toBeVisible();
  await expect(health(page)).not.toContainText('No adult runs a station');

  // Nobody with the students in the lab.
  await page.getByLabel('Station 2 adult').selectOption('');
  await expect(health(page)).toContainText('No adult runs a station in Computer lab');
  // Everything in one room is not a lab rotation yet.
  await page.getByLabel('Station 2 room').fill('Classroom');
  await expect(health(page)).toContainText('not in two rooms yet');
});

test('a whole-class block keeps everyone together and walks the stations in order', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newPlanFromPlay(page, 'Classic three stations');
  await pickRatioGroups(page, 4);

  await page.getByLabel('Model').selectOption('whole_class');
  const groups = page.getByRole('region', { name: 'Groups' });
  await expect(groups).toContainText('Everyone together: the whole class, 28 students');
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0).locator('td').nth(0)).toContainText('Whole class');
  await expect(rows(page).nth(1).locator('td').nth(1)).toContainText('Whole class');
  await expect(rows(page).nth(1).locator('td').nth(0)).toContainText('free');

  // Back to a station rotation: the grouping's four groups come back.
  await page.getByLabel('Model').selectOption('station');
  await expect(page.getByRole('list', { name: 'Group order' }).getByRole('listitem')).toHaveCount(4);
});

test('unsaved plan edits survive a reload, and a removed station comes back with undo', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newPlanFromPlay(page, 'Four stations with collaboration');
  await pickRatioGroups(page);
  await page.getByLabel('Title').fill('Thursday ratios');
  await page.getByLabel('Station 3 name').fill('Ratio tables talk');

  await page.getByRole('button', { name: 'Remove station 3' }).click();
  await expect(page.getByLabel('Station 3 name')).toHaveValue('Independent practice');
  await page.getByRole('status').filter({ hasText: 'Removed the station “Ratio tables talk”' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Station 3 name')).toHaveValue('Ratio tables talk');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Thursday ratios', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Station 3 name')).toHaveValue('Ratio tables talk');
  await expect(page.getByText('not saved yet')).toBeVisible();
  await screenshot(page, 'plan-editor-draft');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Thursday ratios”' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
});

test('groups made on the spot from a new plan come back into it', async ({ page }) => {
  await openSampleClass(page);
  await newPlanFromPlay(page, 'Classic three stations');
  await page.getByLabel('Title').fill('Friday reteach');
  await page.getByRole('region', { name: 'Groups' }).getByRole('link', { name: 'Make groups now' }).click();

  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the plan' })).toBeVisible();
  await page.getByRole('checkbox', { name: '6.RP.A.3', exact: true }).check();
  await page.getByLabel('Number of groups', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Make groups' }).click();
  await page.getByLabel('Grouping name', { exact: true }).fill('Rates reteach');
  await page.getByRole('button', { name: 'Save grouping' }).click();
  await page.getByRole('link', { name: 'Use these groups in the plan' }).click();

  await expect(page.getByRole('heading', { name: 'Friday reteach', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Grouping', { exact: true }).locator('option:checked')).toContainText('Rates reteach');
  await expect(page.getByRole('list', { name: 'Group order' }).getByRole('listitem')).toHaveCount(3);
  await expect(rows(page)).toHaveCount(3);
  await expect(page).toHaveURL(/\/plans\/new$/);
});
