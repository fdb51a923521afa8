// Two windows on one database (two pages of one browser context share its IndexedDB): a save
// made from a copy the other window has saved over since is refused with a plain message and a
// choice, and nothing the other window saved is lost.
import { expect, test, type Page } from '@playwright/test';
import { newPlanFromPlay } from './flows';
import { openSampleClass } from './helpers';

const PLAY = 'Four stations with collaboration';
const title = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });
const minutes = (page: Page) => page.getByLabel('Minutes per station');
const save = (page: Page) => page.getByRole('button', { name: 'Save', exact: true }).click();
const conflict = (page: Page) => page.getByRole('alertdialog', { name: 'Not saved: changed in another window' });

test('a plan: a stale save is refused; load theirs, or keep mine as a copy', async ({ context, page }) => {
  await openSampleClass(page);
  await newPlanFromPlay(page, PLAY);
  await save(page);
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planUrl = page.url();

  const other = await context.newPage();
  await other.goto(planUrl);
  await expect(other.getByRole('heading', { name: PLAY, level: 1 })).toBeVisible();
  const startMinutes = await minutes(other).inputValue();

  // Window 2 starts an edit; window 1 renames the plan and saves first.
  await minutes(other).fill('21');
  await title(page).fill('Tuesday stations');
  await save(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Tuesday stations”' })).toBeVisible();

  // Window 2's save is refused, with the choice.
  await save(other);
  const dialog = conflict(other);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This plan was changed in another window since you opened it.');
  await expect(dialog.getByRole('button', { name: 'Load theirs' })).toBeFocused();

  // Nothing window 1 saved is lost.
  await page.reload();
  await expect(title(page)).toHaveValue('Tuesday stations');
  await expect(minutes(page)).toHaveValue(startMinutes);

  // Load theirs (from the keyboard): window 2 drops its edit and shows the saved plan.
  await other.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(title(other)).toHaveValue('Tuesday stations');
  await expect(minutes(other)).toHaveValue(startMinutes);
  await expect(other.getByText('saved', { exact: true })).toBeVisible();

  // Again: window 2 edits, window 1 saves a new title first; this time window 2 keeps its edit as a copy.
  await minutes(other).fill('25');
  await title(page).fill('Wednesday stations');
  await save(page);
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Wednesday stations”' })).toBeVisible();
  await save(other);
  await expect(conflict(other)).toBeVisible();
  await conflict(other).getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(other.getByRole('heading', { name: 'Tuesday stations (copy)', level: 1 })).toBeVisible();
  await expect(other).not.toHaveURL(planUrl);
  await expect(other).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(minutes(other)).toHaveValue('25');

  // Both are saved: theirs as they left it, mine as a new plan.
  await page.reload();
  await expect(title(page)).toHaveValue('Wednesday stations');
  await expect(minutes(page)).toHaveValue(startMinutes);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans', exact: true }).click();
  const plans = page.getByRole('table', { name: 'Plans' });
  await expect(plans.getByRole('link', { name: 'Wednesday stations', exact: true })).toBeVisible();
  await expect(plans.getByRole('link', { name: 'Tuesday stations (copy)', exact: true })).toBeVisible();
});

test('an open plan without edits follows what another window saves', async ({ context, page }) => {
  await openSampleClass(page);
  await newPlanFromPlay(page, PLAY);
  await save(page);
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(title(other)).toHaveValue(PLAY);

  await title(page).fill('Friday stations');
  await save(page);
  await expect(title(other)).toHaveValue('Friday stations');
  // Its next save is made from the new copy, so it lands.
  await minutes(other).fill('18');
  await save(other);
  await expect(other.getByRole('status').filter({ hasText: 'Saved “Friday stations”' })).toBeVisible();
  await page.reload();
  await expect(minutes(page)).toHaveValue('18');
});

async function openRoster(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roster', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Roster' })).toBeVisible();
}

/** The roster row of a student, found by the 'Family, Given' row header (a preferred name does not change it). */
const rosterRow = (page: Page, rowName: string) =>
  page.getByRole('table', { name: 'Roster' }).getByRole('row').filter({ has: page.getByRole('link', { name: rowName, exact: true }) });

async function editStudent(page: Page, rowName: string) {
  await rosterRow(page, rowName).getByRole('button', { name: /^Edit / }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit student' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a student: a stale save is refused; load theirs, or keep mine on top of theirs', async ({ context, page }) => {
  await openSampleClass(page);
  await openRoster(page);
  const name = (await page.getByRole('table', { name: 'Roster' }).getByRole('rowheader').first().getByRole('link').textContent())!.trim();

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('table', { name: 'Roster' })).toBeVisible();

  // Both windows open the same student; window 1 saves a note first.
  const mine = await editStudent(other, name);
  const theirs = await editStudent(page, name);
  const startPreferred = await mine.getByLabel('Preferred name').inputValue();
  await mine.getByLabel('Preferred name').fill('Kiki');
  await theirs.getByLabel('Notes').fill('Sits near the front');
  await theirs.getByRole('button', { name: 'Save student' }).click();
  await expect(theirs).toBeHidden();

  // Window 2's save is refused, saying what it changed beside what is saved.
  await mine.getByRole('button', { name: 'Save student' }).click();
  const dialog = conflict(other);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('This student was changed in another window since you opened it.');
  await expect(dialog).toContainText('Preferred name: yours “Kiki”');

  // Load theirs: the form shows the student as saved, with window 1's note and without my change.
  await dialog.getByRole('button', { name: 'Load theirs' }).click();
  await expect(dialog).toBeHidden();
  await expect(mine.getByLabel('Notes')).toHaveValue('Sits near the front');
  await expect(mine.getByLabel('Preferred name')).toHaveValue(startPreferred);
  await mine.getByRole('button', { name: 'Cancel' }).click();

  // Again, and this time keep mine: my change lands on top of theirs, and theirs stays too.
  const mine2 = await editStudent(other, name);
  const theirs2 = await editStudent(page, name);
  await mine2.getByLabel('Preferred name').fill('Kiki');
  await theirs2.getByLabel('Student ID').fill('777001');
  await theirs2.getByRole('button', { name: 'Save student' }).click();
  await expect(theirs2).toBeHidden();
  await mine2.getByRole('button', { name: 'Save student' }).click();
  await expect(conflict(other)).toBeVisible();
  await conflict(other).getByRole('button', { name: 'Keep mine' }).click();
  await expect(other.getByRole('dialog', { name: 'Edit student' })).toBeHidden();

  await page.reload();
  const row = rosterRow(page, name);
  await expect(row.getByRole('cell', { name: 'Kiki', exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: '777001', exact: true })).toBeVisible();
  const final = await editStudent(page, name);
  await expect(final.getByLabel('Notes')).toHaveValue('Sits near the front');
});
