import { expect, test, type Page } from '@playwright/test';
import { openSampleClass, screenshot } from './helpers';

// The tracker where a teacher expects a spreadsheet: delete, fix an old score, paste a block, Tab
// along a row, names reachable, and "not yet" said apart from "never assessed".

async function openTracker(page: Page) {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  await expect(grid.getByRole('gridcell').first()).toBeVisible();
  return grid;
}

const countOf = async (cell: ReturnType<Page['locator']>) => Number(/, (\d+) scores?$/.exec((await cell.getAttribute('aria-label'))!)?.[1] ?? 0);

test('Delete removes the newest score of a cell and Ctrl+Z puts it back; the scores behind a cell can be changed and removed, with Undo', async ({ page }) => {
  const grid = await openTracker(page);
  const cell = grid.getByRole('gridcell').first();
  const before = await countOf(cell);
  expect(before).toBeGreaterThan(1);

  // The newest score goes; Ctrl+Z brings it back.
  await cell.click();
  await page.keyboard.press('Delete');
  await expect.poll(() => countOf(cell)).toBe(before - 1);
  await expect(page.getByRole('status').filter({ hasText: /^Removed the newest score/ })).toBeAttached();
  await page.keyboard.press('Control+z');
  await expect.poll(() => countOf(cell)).toBe(before);
  // Ctrl+Y does it again, and Ctrl+Z undoes that.
  await page.keyboard.press('Control+y');
  await expect.poll(() => countOf(cell)).toBe(before - 1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => countOf(cell)).toBe(before);

  // Alt+Down lists the scores behind the cell, oldest first.
  await cell.focus();
  await page.keyboard.press('Alt+ArrowDown');
  const dialog = page.getByRole('dialog', { name: /^Scores for .+ on 6\.RP\.A\.1$/ });
  await expect(dialog).toBeVisible();
  const rows = dialog.getByRole('row');
  await expect(rows).toHaveCount(before + 1);
  await screenshot(page, 'tracker-cell-scores');

  // Change the first one to 4: the cell's count stays, its value moves.
  await dialog.getByRole('button', { name: /^Change the score of/ }).first().click();
  const box = dialog.getByRole('textbox', { name: /^Score of/ });
  await expect(box).toBeFocused();
  await box.fill('9');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toBeVisible();
  await box.fill('4');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('cell', { name: '4', exact: true })).toBeVisible();
  // Remove the last one.
  await dialog.getByRole('button', { name: /^Remove the score of/ }).last().click();
  await expect(rows).toHaveCount(before);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => countOf(cell)).toBe(before - 1);
  // Undo goes back one step at a time: the removal, then the change.
  await cell.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => countOf(cell)).toBe(before);
});

test('a 3 x 5 block pasted from a spreadsheet adds a score per filled cell after a preview that names what is not a score', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const grid = await openTracker(page);
  const cells = grid.getByRole('gridcell');
  const first = cells.first();
  const counts = async () => Promise.all([0, 1, 2].map(async (r) => countOf(grid.getByRole('row').nth(r + 1).getByRole('gridcell').nth(4))));
  const before = await counts();

  // Three students by five skills, one cell empty and one that is not a score.
  const block = ['3\t2\t4\t85%\t1', '2\t\t3\t3\t2', '4\t4\tabsent\t18/20\t3', ''].join('\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await first.click();
  await page.keyboard.press('Control+v');
  const dialog = page.getByRole('dialog', { name: 'Add the pasted scores?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('The block is 3 rows by 5 columns.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'Cells that are not scores' })).toContainText('absent');
  await expect(dialog.getByRole('table')).toContainText('13 scores to add');
  await screenshot(page, 'tracker-paste-preview');
  await dialog.getByRole('button', { name: 'Add 13 scores' }).click();
  await expect(dialog).toBeHidden();
  // The fifth column got a score in each of the three rows.
  await expect.poll(counts).toEqual(before.map((n) => n + 1));
  await expect(page.getByRole('status').filter({ hasText: /^Added 13 pasted scores/ })).toBeAttached();
  await page.keyboard.press('Control+z');
  await expect.poll(counts).toEqual(before);
});

test('Tab and Shift+Tab move along the row, names are in reach of the keyboard and Enter on one opens the profile', async ({ page }) => {
  const grid = await openTracker(page);
  const row = grid.getByRole('row').nth(1);
  await row.getByRole('gridcell').first().click();
  await page.keyboard.press('Tab');
  await expect(row.getByRole('gridcell').nth(1)).toBeFocused();
  // The skill's statement is said for the cell in focus.
  await expect(row.getByRole('gridcell').nth(1)).toHaveAttribute('aria-describedby', 'tracker-statement');
  await expect(page.locator('#tracker-statement')).toContainText('6.RP.A.2');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const name = row.getByRole('rowheader');
  await expect(name).toBeFocused();
  const student = (await name.getByRole('link').textContent())!;
  await page.keyboard.press('Enter');
  const [family, given] = student.split(', ');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${given}.*${family}`) })).toBeVisible();
});

test('under "Mastery n times" a cell with scores but no mastery yet says "not yet" and how far, unlike a cell never assessed', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Mastery settings' }).click();
  await page.getByRole('region', { name: 'Skills with their own method' }).getByLabel('Method for 6.RP.A.1').selectOption({ label: 'Mastery n times' });
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  const notYet = grid.getByRole('gridcell', { name: /6\.RP\.A\.1: not yet \d\/5 \(\d of 5 at mastery\), \d+ scores?$/ });
  await expect(notYet.first()).toBeVisible();
  await expect(notYet.first()).toContainText(/not yet \d\/5/);
  await screenshot(page, 'tracker-not-yet');
});

test('at 1024 x 700 the tracker shows at least 12 students at once', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const grid = await openTracker(page);
  const header = (await grid.getByRole('columnheader').first().boundingBox())!;
  // The grid's rows scroll inside this box: what is on view is what lies within it.
  const box = (await page.locator('.tracker-scroll').boundingBox())!;
  const rows = await grid.getByRole('row').evaluateAll(
    (els, edge) => els.slice(1).filter((e) => e.getBoundingClientRect().top >= edge.top - 0.5 && e.getBoundingClientRect().bottom <= edge.bottom + 0.5).length,
    { top: header.y + header.height, bottom: box.y + box.height },
  );
  expect(rows).toBeGreaterThanOrEqual(12);
  await screenshot(page, 'tracker-1024x700');
});

test('a message in the corner never covers the cell in focus, and no more than two stack up', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const grid = await openTracker(page);
  // Entries speak in the tracker's own status line; the corner holds the app's messages, as here.
  await grid.getByRole('gridcell').first().click();
  await page.keyboard.press('Control+z');
  const toaster = page.locator('.toaster');
  const message = toaster.getByRole('status').filter({ hasText: 'Nothing to undo on this screen.' });
  await expect(message).toBeVisible();
  // To the far right and down past the window's rows: the cell lands above the message.
  await page.keyboard.press('End');
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
  await expect(message).toBeVisible();
  const active = page.locator(':focus');
  await expect(active).toHaveAttribute('role', 'gridcell');
  const [cell, toast] = [(await active.boundingBox())!, (await message.boundingBox())!];
  const overlaps = cell.x < toast.x + toast.width && toast.x < cell.x + cell.width && cell.y < toast.y + toast.height && toast.y < cell.y + cell.height;
  expect(overlaps, `cell ${JSON.stringify(cell)} under the message ${JSON.stringify(toast)}`).toBe(false);
  // A third message pushes the oldest out; its step stays on Ctrl+Z.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+y');
  await expect(toaster.getByRole('status')).toHaveCount(2);
  await screenshot(page, 'tracker-message-clear-of-cell');
});
