// Teacher flows that several specs start from, done through the UI as a teacher would.
import { expect, type Page } from '@playwright/test';

/** The sample class grouped on 6.RP.A.1 into 4 groups of similar levels, saved as "Ratio groups". */
/** Groups of 6.RP.A.1 by similar levels, saved under `name` (in the sample class unless told). */
export async function saveRatioGroups(page: Page, className = 'Grade 6 Math — Period 2', name = 'Ratio groups') {
  await page.getByRole('main').getByRole('link', { name: className }).click();
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).check();
  await page.getByRole('radio', { name: 'Similar levels (targeted small-group teaching)' }).check();
  await page.getByLabel('Number of groups', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(page.getByRole('region', { name: /^Group \d+$/ })).toHaveCount(4);
  await page.getByLabel('Grouping name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Save grouping' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”` })).toBeVisible();
}

/** Plans -> New plan -> a play whose name starts with `play` (a built-in or a saved one). */
export async function newPlanFromPlay(page: Page, play: string) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).first().click();
  const chooser = page.getByRole('dialog', { name: 'New plan' });
  await chooser.getByRole('link', { name: `Use ${play}` }).click();
  await expect(page.getByRole('heading', { name: play, level: 1 })).toBeVisible();
}

/** Picks the saved "Ratio groups" grouping in the plan editor. */
export async function pickRatioGroups(page: Page, groups = 4) {
  const grouping = page.getByLabel('Grouping', { exact: true });
  const option = grouping.getByRole('option', { name: /Ratio groups/ });
  await grouping.selectOption({ label: (await option.textContent())! });
  await expect(page.getByRole('list', { name: 'Group order' }).getByRole('listitem')).toHaveCount(groups);
}

/** Plans -> New plan -> the four-station play -> the saved grouping. */
export async function newFourStationPlan(page: Page) {
  await newPlanFromPlay(page, 'Four stations with collaboration');
  await pickRatioGroups(page);
}
