import { expect, test, type Page } from '@playwright/test';
import { createClass, openApp, screenshot } from './helpers';

async function classWithOneSkill(page: Page) {
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('button', { name: 'New framework' }).click();
  let dialog = page.getByRole('dialog', { name: 'New framework' });
  await dialog.getByLabel('Framework name').fill('Tracker skills');
  await dialog.getByRole('button', { name: 'Create framework' }).click();
  await page.getByRole('button', { name: 'Add skill' }).click();
  dialog = page.getByRole('dialog', { name: 'Add skill' });
  await dialog.getByLabel('Code').fill('T.1');
  await dialog.getByLabel('Statement').fill('A skill for the tracker test.');
  await dialog.getByRole('button', { name: 'Add skill' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await createClass(page, 'Tracker class');
  for (const [first, last] of [
    ['Ana', 'Able'],
    ['Ben', 'Baker'],
  ]) {
    await page.getByRole('button', { name: 'Add student' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Add student' });
    await dialog.getByLabel('First name').fill(first!);
    await dialog.getByLabel('Last name').fill(last!);
    await dialog.getByRole('button', { name: 'Add student' }).click();
    await expect(dialog).toBeHidden();
  }
  await page.getByRole('link', { name: 'Tracked skills' }).click();
  await page.getByRole('checkbox', { name: /T\.1/ }).check();
  await expect(page.getByRole('list', { name: 'Tracked skills in order' }).getByRole('listitem')).toHaveCount(1);
}

test('scores typed into the tracker roll up, and follow the class method when it changes', async ({ page }) => {
  await openApp(page);
  await classWithOneSkill(page);
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  const ana = grid.getByRole('gridcell', { name: /^Ana Able, T\.1/ });
  const ben = grid.getByRole('gridcell', { name: /^Ben Baker, T\.1/ });
  await expect(ana).toHaveAccessibleName('Ana Able, T.1: no evidence');

  // Like a spreadsheet: type, Enter saves and moves down.
  await ana.click();
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(ben).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(ana).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');

  // Decaying average 65 of 2, 3, 4 (same day, in entry order): 2.65, then 3.5275 -> 3.53.
  await expect(ana).toHaveAccessibleName('Ana Able, T.1: 3.53 Meets, 3 scores');
  await expect(ben).toHaveAccessibleName('Ben Baker, T.1: 4 Exceeds, 1 score');

  // Esc cancels an entry; a score off the scale is refused with a message; Ctrl+Z undoes the last one.
  await ben.focus();
  await page.keyboard.type('1');
  await page.keyboard.press('Escape');
  await expect(ben).toHaveAccessibleName('Ben Baker, T.1: 4 Exceeds, 1 score');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'off the scale' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(ben).toHaveAccessibleName('Ben Baker, T.1: 2.05 Approaching, 2 scores');
  await page.keyboard.press('Control+z');
  await expect(ben).toHaveAccessibleName('Ben Baker, T.1: 4 Exceeds, 1 score');

  // The class switches to weighted average 65: 4*.65 + mean(2,3)*.35 = 3.475 -> 3.48.
  await page.getByRole('link', { name: 'Mastery settings' }).click();
  await page.getByLabel('Calculation method').selectOption({ label: 'Weighted average' });
  await page.getByRole('button', { name: 'Save mastery settings' }).click();
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  await expect(ana).toHaveAccessibleName('Ana Able, T.1: 3.48 Meets, 3 scores');

  // And to the most recent score: 4.
  await page.getByRole('link', { name: 'Mastery settings' }).click();
  await page.getByLabel('Calculation method').selectOption({ label: 'Most recent score' });
  await page.getByRole('button', { name: 'Save mastery settings' }).click();
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  await expect(ana).toHaveAccessibleName('Ana Able, T.1: 4 Exceeds, 3 scores');
  await page.reload();
  await expect(ana).toHaveAccessibleName('Ana Able, T.1: 4 Exceeds, 3 scores');
});

test('the sample class tracker sorts, filters and flags who needs attention', async ({ page }) => {
  await openApp(page);
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  // Rows are virtualized: the grid tells assistive technology how many there are in all.
  await expect(grid).toHaveAttribute('aria-rowcount', '29');
  await screenshot(page, 'tracker');

  await page.getByLabel('Sort by').selectOption({ label: '6.RP.A.1, lowest first' });
  const firstName = await grid.getByRole('rowheader').first().textContent();
  await page.getByLabel('Sort by').selectOption({ label: '6.RP.A.1, highest first' });
  await expect(grid.getByRole('rowheader').first()).not.toHaveText(firstName!);

  await page.getByRole('checkbox', { name: 'Needs attention' }).check();
  await page.getByLabel('below mastery on at least').fill('4');
  const flagged = Number(await grid.getAttribute('aria-rowcount')) - 1;
  expect(flagged).toBeGreaterThan(0);
  expect(flagged).toBeLessThan(28);
  await expect(grid.getByRole('rowheader').first()).toContainText('⚑');
});
