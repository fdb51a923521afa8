import { expect, test } from '@playwright/test';
import { createClass, openApp, pickFile } from './helpers';

test('a teacher creates a class, adds students by hand, and finds everything after a reload', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Period 5 Science', { subject: 'Science', grade: '7', term: '2026–27 Fall' });

  await expect(page.getByRole('heading', { name: 'No students yet' })).toBeVisible();
  const students = [
    { first: 'Ana', last: "Núñez-O'Brien", id: '000123' },
    { first: 'Łukasz', last: 'Wójcik', id: '000124' },
  ];
  for (const s of students) {
    await page.getByRole('button', { name: 'Add student' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add student' });
    await dialog.getByLabel('First name').fill(s.first);
    await dialog.getByLabel('Last name').fill(s.last);
    await dialog.getByLabel('Student ID').fill(s.id);
    await dialog.getByRole('button', { name: 'Add student' }).click();
    await expect(dialog).toBeHidden();
  }

  // A student with no name is refused with a message, not saved.
  await page.getByRole('button', { name: 'Add student' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add student' });
  await dialog.getByRole('button', { name: 'Add student' }).click();
  await expect(dialog.getByText('Give the student a first or last name.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.reload();
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('rowheader', { name: "Núñez-O'Brien, Ana" })).toBeVisible();
  await expect(roster.getByRole('rowheader', { name: 'Wójcik, Łukasz' })).toBeVisible();
  await expect(roster.getByRole('cell', { name: '000123' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Period 5 Science', level: 1 })).toBeVisible();
});

test('renaming and archiving a class, with undo', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Homeroom 12');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();

  await page.getByRole('button', { name: 'Edit Homeroom 12' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit class' });
  await dialog.getByLabel('Class name').fill('Homeroom 12B');
  await dialog.getByRole('button', { name: 'Save class' }).click();
  await expect(page.getByRole('link', { name: 'Homeroom 12B' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Archive Homeroom 12B' }).click();
  const table = page.getByRole('main').getByRole('table');
  await expect(table.getByRole('link', { name: 'Homeroom 12B' })).toBeHidden();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('link', { name: 'Homeroom 12B' })).toBeVisible();

  // Archive again, and undo from the keyboard.
  await page.getByRole('button', { name: 'Archive Homeroom 12B' }).click();
  await expect(table.getByRole('link', { name: 'Homeroom 12B' })).toBeHidden();
  await page.getByRole('heading', { name: 'Classes', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(table.getByRole('link', { name: 'Homeroom 12B' })).toBeVisible();
});

test('a student can be in two classes and is archived from one only', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Math A');
  await page.getByRole('button', { name: 'Add student' }).first().click();
  let dialog = page.getByRole('dialog', { name: 'Add student' });
  await dialog.getByLabel('First name').fill('Maëlle');
  await dialog.getByLabel('Last name').fill('Girard');
  await dialog.getByRole('button', { name: 'Add student' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await createClass(page, 'Math B');
  await page.getByRole('button', { name: 'Add existing student' }).click();
  dialog = page.getByRole('dialog', { name: 'Add existing student' });
  await dialog.getByLabel('Search students').fill('Maëlle');
  await dialog.getByRole('button', { name: 'Add Maëlle Girard to this class' }).click();
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('rowheader', { name: 'Girard, Maëlle' })).toBeVisible();

  await page.getByRole('button', { name: 'Archive Maëlle Girard' }).click();
  await expect(page.getByRole('heading', { name: 'No students yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Math A' }).first().click();
  await expect(page.getByRole('table', { name: 'Roster' }).getByRole('rowheader', { name: 'Girard, Maëlle' })).toBeVisible();
});

test('a 1,000-student roster: only the rows near the window are drawn, yet every row is reached by keyboard, by Find and by a screen reader', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await createClass(page, 'Whole grade 7');
  const csv = ['Student ID,Last Name,First Name'];
  for (let i = 0; i < 1000; i++) csv.push(`${70000 + i},Family${String(i).padStart(4, '0')},Given${i}`);
  await page.getByRole('link', { name: 'Import roster CSV' }).first().click();
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'grade7.csv', csv.join('\r\n'));
  await page.getByRole('button', { name: 'Import 1,000 students' }).click();
  await expect(page.getByRole('heading', { name: 'Whole grade 7', level: 1 })).toBeVisible();

  // A screen reader hears the whole table's size and each row's place in it.
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster).toHaveAttribute('aria-rowcount', '1001');
  const first = roster.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Family0000, Given0' }) });
  await expect(first).toHaveAttribute('aria-rowindex', '2');
  const drawn = await roster.getByRole('row').count();
  expect(drawn).toBeLessThan(200);

  // Tab walks down the rows past the ones drawn at first (a name link, Edit and Archive per row).
  await first.getByRole('link').focus();
  for (let i = 0; i < 3 * drawn; i++) await page.keyboard.press('Tab');
  const focusedRow = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('aria-rowindex'));
  expect(Number(focusedRow)).toBeGreaterThan(drawn);

  // The last row is there when the page is scrolled to it.
  await page.keyboard.press('End');
  await expect(roster.getByRole('rowheader', { name: 'Family0999, Given999' })).toBeVisible();
  await expect(roster.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Family0999, Given999' }) })).toHaveAttribute(
    'aria-rowindex',
    '1001',
  );

  // Find narrows the roster to the student, by name or by ID.
  await page.getByLabel('Find a student').fill('Given500');
  await expect(roster.getByRole('rowheader')).toHaveText(['Family0500, Given500']);
  await page.getByLabel('Find a student').fill('70999');
  await expect(roster.getByRole('rowheader')).toHaveText(['Family0999, Given999']);
  await page.getByLabel('Find a student').fill('');
  await expect(roster).toHaveAttribute('aria-rowcount', '1001');
});
