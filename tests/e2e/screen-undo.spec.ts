// Issue 15: undo belongs to the screen where the work was done. A score typed on the tracker is
// never undone from the Goals page; Ctrl+S saves on screens with a Save and says so elsewhere.
import { expect, test } from '@playwright/test';
import { openSampleClass } from './helpers';

test('Ctrl+Z undoes the screen’s own work only: a tracker score stays when Ctrl+Z is pressed on Goals', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Mastery tracker' });
  const cell = grid.getByRole('gridcell', { name: /^Zoë Lindqvist, 7\.RP\.A\.3/ });
  await expect(cell).toBeVisible();
  const before = (await cell.getAttribute('aria-label'))!;

  // A score typed as a teacher would: click the cell, a digit, Enter.
  await cell.click();
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(cell).not.toHaveAttribute('aria-label', before);
  const typed = (await cell.getAttribute('aria-label'))!;

  // On the Goals page, Ctrl+Z has nothing of its own to undo: it says so and leaves the score.
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await page.getByRole('heading', { name: 'Goals', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo on this screen.' })).toBeVisible();

  // Back on the tracker the score is still there, and Ctrl+Z there takes it back.
  await page.getByRole('link', { name: 'Tracker', exact: true }).click();
  await expect(cell).toHaveAttribute('aria-label', typed);
  await page.getByRole('heading', { name: 'Tracker', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveAttribute('aria-label', before);
});

test('Ctrl+S saves the groups board, and says plainly where a screen has no Save', async ({ page }) => {
  await openSampleClass(page);
  await page.getByRole('link', { name: 'Goals', exact: true }).click();
  await page.getByRole('heading', { name: 'Goals', level: 1 }).click();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'This screen has no Save' })).toBeVisible();

  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await page.getByRole('checkbox', { name: '6.RP.A.1', exact: true }).check();
  await page.getByRole('button', { name: 'Make groups' }).click();
  await page.getByLabel('Grouping name', { exact: true }).fill('Saved by keyboard');
  // From the name field itself, as a teacher would after typing the name.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Saved by keyboard”: 4 groups, 28 students.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Saved groupings' }).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to save: everything here is saved.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Saved groupings' }).getByRole('listitem')).toHaveCount(1);
});
