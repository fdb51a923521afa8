import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, pickFile, screenshot } from './helpers';

const SAMPLE = 'Grade 6 Math — Period 2';

async function goTo(page: Page, link: 'Classes' | 'Settings') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
}

test('a teacher backs up, loses the class, restores it from the backup, and can undo the restore', async ({ page }) => {
  await openApp(page);
  await page.getByRole('main').getByRole('table').getByRole('link', { name: SAMPLE }).click();
  await page.getByRole('button', { name: 'Add student' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add student' });
  await add.getByLabel('First name').fill('Ingrid');
  await add.getByLabel('Last name').fill('Backhaus');
  await add.getByRole('button', { name: 'Add student' }).click();
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('rowheader', { name: 'Backhaus, Ingrid' })).toBeVisible();

  // The browser build saves the backup as a download.
  await goTo(page, 'Settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const backup = await readFile(await (await download).path());
  expect(JSON.parse(backup.toString('utf8'))).toMatchObject({ format: 'blendwise-backup', formatVersion: 1 });

  // The sample class goes, and the student with it (only the student's own record stays, in no class).
  await page.getByRole('button', { name: 'Clear sample data' }).click();
  await page.getByRole('button', { name: 'Yes, clear the sample' }).click();
  await goTo(page, 'Classes');
  await expect(page.getByRole('heading', { name: 'No classes yet' })).toBeVisible();

  // A file that is not a backup is refused, saying which file and what is wrong.
  await goTo(page, 'Settings');
  const restoreButton = page.getByRole('button', { name: 'Restore from a backup…' });
  await pickFile(page, () => restoreButton.click(), 'grades.json', '{"name": "gradebook", "rows": []}');
  const refused = page.getByRole('alert').filter({ hasText: 'grades.json was not restored' });
  await expect(refused).toContainText('Nothing on this computer was changed');
  await expect(refused).toContainText('not a Blendwise backup');

  await pickFile(page, () => restoreButton.click(), 'Blendwise backup.json', backup);
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(refused).toBeHidden();
  const counts = confirm.getByRole('table', { name: 'What the backup holds' });
  await expect(counts.getByRole('row', { name: /^Classes/ })).toHaveText(/Classes\s*1\s*0/);
  await expect(counts.getByRole('row', { name: /^Students/ })).toHaveText(/Students\s*29\s*1/);
  await expect(confirm).toContainText('replaces everything now on this computer');
  await screenshot(page, 'restore-backup');

  // What is here now (the one student left) can be kept in a backup of its own first.
  const saved = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Save a backup of what is here first' }).click();
  const first = JSON.parse((await readFile(await (await saved).path())).toString('utf8')) as { tables: { students: unknown[] } };
  expect(first.tables.students).toHaveLength(1);
  await expect(confirm.getByRole('status')).toHaveText('Saved a backup of what is here now.');

  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup made on' })).toBeVisible();
  await goTo(page, 'Classes');
  await page.getByRole('main').getByRole('table').getByRole('link', { name: SAMPLE }).click();
  await expect(roster.getByRole('rowheader', { name: 'Backhaus, Ingrid' })).toBeVisible();

  // Undo (Ctrl+Z runs the toast's Undo) puts back what was there just before: no classes.
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('Control+z');
  await goTo(page, 'Classes');
  await expect(page.getByRole('heading', { name: 'No classes yet' })).toBeVisible();
});

test('File → Restore from Backup… opens the picker on Settings', async ({ page }) => {
  await openApp(page);
  // The desktop menu command navigates here; the browser build has no menu, so go there directly.
  await pickFile(page, async () => void (await page.goto('/#/settings?restore=1')), 'grades.json', '{"rows": []}');
  await expect(page.getByRole('alert').filter({ hasText: 'grades.json was not restored' })).toContainText('Nothing on this computer was changed');
  await expect(page).toHaveURL(/#\/settings$/);
});
