import { expect, test, type Page } from '@playwright/test';
import { openSampleClass, pickFile, screenshot } from './helpers';

// Sample students (shared/sample/sampleClass.ts): Zoë Lindqvist 004512, José "Pepe" Ramírez 004549,
// Anaïs Dubois 004586, Mary-Kate Sullivan 004623, Liam Smith-Jones 004660.
async function openImportResults(page: Page) {
  await openSampleClass(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import results' }).click();
  await expect(page.getByRole('heading', { name: 'Import results', level: 1 })).toBeVisible();
}

test('a quiz export with ids, names and percents imports its good rows and lists the bad ones by line', async ({
  page,
}) => {
  await openImportResults(page);
  await expect(page.getByText('Each row is one score')).toBeVisible();

  const csv = [
    'Student ID,Student Name,Standard,Percent,Date',
    '004512,,6.RP.A.1,92%,2026-10-01',
    ',"Ramírez, Jose",6.RP.A.1,80,2026-10-01',
    ',anais dubois,6.rp.a.2,55%,10/1/2026',
    '004623,,6.RP.A.3a,18/20,',
    '004660,,6.RP.Z.9,70%,2026-10-01',
    ',Jane Doe,6.RP.A.1,88%,2026-10-01',
  ].join('\r\n');
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Choose CSV file…' }).click(),
    'unit 1 quiz.csv',
    csv,
  );

  await expect(page.getByRole('status').filter({ hasText: 'unit 1 quiz.csv' })).toContainText(
    '6 rows. 4 will be imported; 2 have problems',
  );
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems.getByRole('listitem').filter({ hasText: 'unit 1 quiz.csv, line 6' })).toContainText(
    '"6.RP.Z.9" is not a skill this class tracks: add it under Tracked skills, or fix the code.',
  );
  await expect(problems.getByRole('listitem').filter({ hasText: 'unit 1 quiz.csv, line 7' })).toContainText(
    `"Jane Doe" is not on this class's roster`,
  );

  // The columns were found, and the teacher can change them.
  await expect(page.getByLabel('Percent', { exact: true })).toHaveValue('3');
  await expect(page.getByLabel('Skill code')).toHaveValue('2');
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('row', { name: /Pepe Ramírez/ })).toContainText('3 · Meets');
  await expect(preview.getByRole('row', { name: /Anaïs Dubois/ })).toContainText('2026-10-01');
  await expect(preview.getByRole('row', { name: /Mary-Kate Sullivan/ })).toContainText('18/20');

  await page.getByLabel('Source for rows without one').fill('Unit 1 quiz');
  await screenshot(page, 'results-import');
  await page.getByRole('button', { name: 'Import 4 scores' }).click();

  await expect(page).toHaveURL(/\/classes\/[^/]+\/tracker$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 4 scores from unit 1 quiz.csv' }),
  ).toBeVisible();
});

test('a gradebook with one column per skill imports each filled cell, and Undo takes it back', async ({
  page,
}) => {
  await openImportResults(page);
  const csv =
    'Student ID,Name,6.RP.A.1,6.RP.A.2 (unit rate),Total\n004512,"Lindqvist, Zoë",4,3,7\n004549,"Ramírez, José",2,,2\n';
  await pickFile(
    page,
    () => page.getByRole('button', { name: 'Choose CSV file…' }).click(),
    'gradebook.csv',
    csv,
  );

  await expect(page.getByRole('status').filter({ hasText: 'gradebook.csv' })).toContainText(
    '2 rows with 3 scores. 3 will be imported',
  );
  const skillColumns = page.getByRole('group', { name: 'Skill columns (one column per skill)' });
  await expect(skillColumns.getByRole('checkbox', { name: '6.RP.A.1' })).toBeChecked();
  await expect(skillColumns.getByRole('checkbox', { name: 'Total' })).not.toBeChecked();

  await page.getByRole('button', { name: 'Import 3 scores' }).click();
  await expect(page).toHaveURL(/\/tracker$/);
  const done = page.getByRole('status').filter({ hasText: 'Imported 3 scores from gradebook.csv' });
  await done.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Imported 3 scores' })).toBeVisible();
});
