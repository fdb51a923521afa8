import { expect, test, type Page } from '@playwright/test';
import { addDays, format, subDays } from 'date-fns';
import { createClass, openApp, openSampleClass, screenshot } from './helpers';

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
  await openSampleClass(page);
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

test('scores typed for an earlier day are dated that day, and the profile shows it', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  const scoresDated = page.getByLabel('Scores dated');
  const now = new Date();
  const earlier = subDays(now, 3);
  await expect(scoresDated).toHaveValue(format(now, 'yyyy-MM-dd'));
  await expect(page.getByText(/Entering scores for/)).toHaveCount(0);

  const cell = grid.getByRole('gridcell').first();
  const below = grid.getByRole('row').nth(2).getByRole('gridcell').first();
  const name = (await cell.getAttribute('aria-label'))!.split(',')[0]!;
  const scoreCount = async () => Number(/, (\d+) scores?$/.exec((await cell.getAttribute('aria-label'))!)?.[1] ?? 0);
  const before = await scoreCount();

  // A day in the future is refused in plain words, and so is any score until the day is fixed.
  await scoresDated.fill(format(addDays(now, 1), 'yyyy-MM-dd'));
  await expect(page.getByText('Scores cannot be dated in the future.')).toBeVisible();
  await cell.click();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'fix the "Scores dated" day first' })).toBeVisible();
  await page.keyboard.press('Escape');

  // An earlier day is said loudly, and the grid keeps the keyboard after each entry.
  await scoresDated.fill(format(earlier, 'yyyy-MM-dd'));
  await expect(page.getByText(`Entering scores for ${format(earlier, 'EEE d MMM')}`)).toBeVisible();
  await cell.click();
  await page.keyboard.type('4');
  await expect(page.getByRole('textbox', { name: `New score for ${name} on 6.RP.A.1, dated ${format(earlier, 'EEE d MMM')}` })).toBeVisible();
  await screenshot(page, 'tracker-dated');
  await page.keyboard.press('Enter');
  await expect(below).toBeFocused();
  await expect.poll(scoreCount).toBe(before + 1);
  // Undo takes the back-dated score away again; the next one goes in for the same day.
  await page.keyboard.press('Control+z');
  await expect.poll(scoreCount).toBe(before);
  await cell.click();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect.poll(scoreCount).toBe(before + 1);

  await grid.getByRole('rowheader').first().getByRole('link').click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  const fromTracker = page.getByRole('table', { name: 'Evidence' }).getByRole('row').filter({ hasText: 'Tracker' });
  await expect(fromTracker).toHaveCount(1);
  await expect(fromTracker).toContainText(format(earlier, 'd MMM yyyy'));
  await expect(fromTracker).toContainText('6.RP.A.1');

  // Back on the tracker in the same session the day is still the one chosen, until reset.
  await page.goBack();
  await expect(scoresDated).toHaveValue(format(earlier, 'yyyy-MM-dd'));
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(scoresDated).toHaveValue(format(now, 'yyyy-MM-dd'));
  await expect(page.getByText(/Entering scores for/)).toHaveCount(0);
});

test("a skill's own method holds a number being typed, says what is wrong, and saves only a valid one", async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Mastery settings' }).click();
  const overrides = page.getByRole('region', { name: 'Skills with their own method' });
  await overrides.getByLabel('Method for 6.RP.A.1').selectOption({ label: 'Decaying average' });
  const weight = overrides.getByLabel('How much the latest score counts (%) for 6.RP.A.1');
  await expect(weight).toHaveValue('65');

  await weight.fill('5');
  await expect(weight).toHaveValue('5');
  await expect(weight).toHaveAttribute('aria-invalid', 'true');
  await expect(overrides.getByText('5 is too low. Type a whole number from 50 to 99.')).toBeVisible();
  await expect(overrides.getByText('6.RP.A.1 still uses Decaying average (65%)')).toBeVisible();
  await weight.fill('');
  await expect(weight).toHaveValue('');
  await expect(overrides.getByText('Type a whole number from 50 to 99.', { exact: false })).toBeVisible();
  // Nothing invalid was stored.
  await page.reload();
  await expect(weight).toHaveValue('65');

  await weight.fill('80');
  await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
  await expect(overrides.getByText(/Type a whole number/)).toHaveCount(0);
  await page.reload();
  await expect(weight).toHaveValue('80');

  // The class-wide field says the same next to itself, and its Save refuses the number.
  const classWeight = page.getByLabel('How much the latest score counts (%)', { exact: true });
  await classWeight.fill('40');
  await expect(classWeight).toHaveValue('40');
  await expect(page.getByText('40 is too low. Type a whole number from 50 to 99.')).toBeVisible();
  await page.getByRole('button', { name: 'Save mastery settings' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved yet' })).toBeVisible();
});

test('a score typed and left by a click elsewhere is kept, and a cell far to the right is scrolled clear of the names', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  const cell = grid.getByRole('gridcell').first();
  const scoreCount = async () => Number(/, (\d+) scores?$/.exec((await cell.getAttribute('aria-label'))!)?.[1] ?? 0);
  const before = await scoreCount();
  await cell.click();
  await page.keyboard.type('85%');
  await expect(page.getByRole('textbox', { name: /^New score for / })).toHaveValue('85%');
  // Like a spreadsheet: clicking away saves what was typed where it was typed.
  await page.getByRole('heading', { name: 'Tracker', level: 1 }).click();
  await expect.poll(scoreCount).toBe(before + 1);
  await expect(page.getByRole('textbox', { name: /^New score for / })).toHaveCount(0);

  // The last column, reached with End, sits wholly inside the grid, not under its edge.
  await cell.click();
  await page.keyboard.press('End');
  const last = grid.locator('[role=gridcell]:focus');
  await expect(last).toHaveAttribute('aria-colindex', '13');
  // The grid's rows scroll inside this box: its edges are the grid's on screen.
  const [box, gridBox] = [await last.boundingBox(), await page.locator('.tracker-scroll').boundingBox()];
  expect(box!.x + box!.width).toBeLessThanOrEqual(gridBox!.x + gridBox!.width);
  expect(box!.x).toBeGreaterThanOrEqual(gridBox!.x + 220);
});

/** The sample tracker, with its first cell, the cell below it and the score box. */
async function trackerToType(page: Page) {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  return {
    cell: grid.getByRole('gridcell').first(),
    below: grid.getByRole('row').nth(2).getByRole('gridcell').first(),
    box: page.getByRole('textbox', { name: /^New score for / }),
  };
}

test('Ctrl+Z in the score box undoes this entry only: keys typed into the box for an earlier cell never come back', async ({ page }) => {
  const { cell, below, box } = await trackerToType(page);

  // A teacher who pauses: the box takes the keyboard, and the keys after go into it.
  await cell.click();
  await page.keyboard.type('2');
  await expect(box).toBeFocused();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('3');
  await expect(box).toHaveValue('3');
  await page.keyboard.press('Enter');
  await expect(below).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Saved 3 for / })).toBeAttached();

  // The next cell: Ctrl+Z right after a key leaves that key, and puts back nothing from the last entry.
  await page.keyboard.type('1');
  await page.keyboard.press('Control+z');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('1');
  // Within the entry, undo and redo step through what was typed into the box.
  await page.keyboard.type('5');
  await expect(box).toHaveValue('15');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('1');
  await page.keyboard.press('Control+y');
  await expect(box).toHaveValue('15');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(box).toHaveValue('1');
  await page.keyboard.press('Escape');
  await expect(below).toBeFocused();
});

test('typing over a cell: the keys typed before the box takes the keyboard are kept and edited, Esc drops them, a pause hands the box the keyboard', async ({ page }) => {
  const { cell, below, box } = await trackerToType(page);
  const scoreCount = async (c = cell) => Number(/, (\d+) scores?$/.exec((await c.getAttribute('aria-label'))!)?.[1] ?? 0);
  const before = await scoreCount();

  // Typed in one go: a digit, a wrong one taken back, the right one, Enter.
  await cell.click();
  await page.keyboard.type('2');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(below).toBeFocused();
  await expect.poll(() => scoreCount()).toBe(before + 1);
  await expect(page.getByRole('status').filter({ hasText: /^Saved 3 for / })).toBeAttached();

  // Esc right after typing drops it and leaves the keyboard on the cell.
  await below.click();
  const belowBefore = await scoreCount(below);
  await page.keyboard.type('4');
  await page.keyboard.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(below).toBeFocused();

  // Ctrl+Z while typing is the box's (it undoes typing), never an undo of the score saved above;
  // the box has the keyboard then, its caret after what was typed.
  await page.keyboard.type('1');
  await page.keyboard.press('Control+z');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('1');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('.');
  await expect(box).toHaveValue('.1');
  await page.keyboard.press('Escape');
  await expect(below).toBeFocused();
  expect(await scoreCount(below)).toBe(belowBefore);
  expect(await scoreCount()).toBe(before + 1);
});
