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

// An i-Ready Math diagnostic export with the real file's columns (see realdata/FORMAT_FACTS.md), for
// five grade 6 students of the sample class: placements are read against the Student Grade column.
const IREADY_HEADERS =
  'Last Name,First Name,Student ID,Student Grade,Academic Year,School,Start Date,Completion Date,Time on Task (minutes),Rush Flag,Overall Scale Score,Overall Placement,Grouping,Quantile Measure,Quantile Range,Number and Operations Scale Score,Number and Operations Placement,Algebra and Algebraic Thinking Scale Score,Algebra and Algebraic Thinking Placement,Measurement and Data Scale Score,Measurement and Data Placement,Geometry Scale Score,Geometry Placement,Diagnostic Language,Annual Typical Growth Measure,Annual Stretch Growth Measure,Mid On Grade Level Scale Score,Activity Id';
const ireadyRow = (family: string, given: string, id: string, placements: [string, string, string, string], activity: string) =>
  [family, given, id, '6', '2026-2027', 'Sample Middle School', '9/14/2026', '9/15/2026', '41', '', '470', placements[0], '2', '', '',
    '470', placements[0], '480', placements[1], '475', placements[2], '460', placements[3], 'English', '19', '27', '489', activity].join(',');
const IREADY_FILE = [
  IREADY_HEADERS,
  ireadyRow('Lindqvist', 'Zoë', '004512', ['Mid 6', 'Late 6', 'Level 7', 'Early 6'], 'act-001'),
  ireadyRow('Ramírez', 'José', '004549', ['Level 5', 'Level 4', 'Early 6', 'Level 5'], 'act-002'),
  ireadyRow('Dubois', 'Anaïs', '004586', ['Level 7', 'Late 6', 'Mid 6', 'Level 8'], 'act-003'),
  ireadyRow('Sullivan', 'Mary-Kate', '004623', ['Level 3', 'Level 5', 'Level 4', 'Level K'], 'act-004'),
  ireadyRow('Smith-Jones', 'Liam', '004660', ['Level 5', 'Level 5', 'Level 5', 'Mid 6'], 'act-005'),
].join('\r\n');

test('an i-Ready diagnostic lands every placement, and a changed placement table re-levels them with Undo', async ({ page }) => {
  await openImportResults(page);
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'i-Ready math diagnostic.csv', IREADY_FILE);
  await page.getByRole('button', { name: 'Start a profile from this template…' }).click();

  const form = page.getByRole('form', { name: 'Save as a profile' });
  await expect(form.getByLabel('Profile name')).toHaveValue('i-Ready Math diagnostic');
  await expect(form.getByLabel('The scores in this file are')).toHaveValue('placement');
  // The defaults, in plain words, and the table they fill in.
  await expect(form).toContainText(
    "placed above the student's grade is Exceeds; on grade level (early, mid or late) is Meets; 1 grade level below is Approaching; 2 or more grade levels below is Beginning.",
  );
  await expect(form.getByLabel('Level for 1 grade level below')).toHaveValue('2');
  await form.getByLabel('Skill code for Number and Operations').fill('6.RP.A.1');
  await form.getByLabel('Skill code for Algebra and Algebraic Thinking').fill('6.RP.A.2');
  await form.getByLabel('Skill code for Measurement and Data').fill('6.RP.A.3');
  await form.getByLabel('Skill code for Geometry').fill('6.RP.A.3a');
  await form.getByRole('button', { name: 'Save profile' }).click();

  await expect(page.getByText("Recognised as your profile 'i-Ready Math diagnostic'")).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'i-Ready math diagnostic.csv' })).toContainText(
    '5 rows with 20 scores. 20 will be imported',
  );
  const preview = page.getByRole('table', { name: 'Import preview' });
  // José is in grade 6: Level 5 is one grade level below, Approaching; the placement is kept as it was.
  const jose = preview.getByRole('row', { name: /Pepe Ramírez/ }).first();
  await expect(jose.getByRole('cell', { name: 'Level 5', exact: true })).toBeVisible();
  await expect(jose).toContainText('2 · Approaching');
  await expect(jose).toContainText('Level 5 in grade 6: 1 grade level below');
  await expect(preview.getByRole('row', { name: /Mary-Kate Sullivan/ }).last()).toContainText('Level K in grade 6: 3 or more grade levels below');
  await screenshot(page, 'results-import-iready');
  await page.getByRole('button', { name: 'Import 20 scores' }).click();
  await expect(page).toHaveURL(/\/classes\/[^/]+\/tracker$/);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 20 scores from i-Ready math diagnostic.csv' })).toBeVisible();

  // The school decides that one grade below is Beginning: the kept placements are levelled again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import results' }).click();
  const profiles = page.getByRole('region', { name: 'Profiles' });
  const changeTable = async (level: string) => {
    await profiles.getByRole('button', { name: 'Change the levels of i-Ready Math diagnostic' }).click();
    const levels = profiles.getByRole('form', { name: 'Levels of i-Ready Math diagnostic' });
    await levels.getByLabel('Level for 1 grade level below').selectOption({ label: level });
    await levels.getByRole('button', { name: 'Check what changes' }).click();
    return levels;
  };
  let levels = await changeTable('Beginning (1)');
  // Level 5 in grade 6: José twice, Mary-Kate once, Liam three times.
  await expect(levels.getByRole('status')).toHaveText('6 scores change level (3 students).');
  const changes = levels.getByRole('table', { name: 'Scores that change level' });
  await expect(changes.getByRole('row')).toHaveCount(7);
  await expect(changes.getByRole('row', { name: /Pepe Ramírez 6\.RP\.A\.1 Level 5/ })).toContainText('2 · Approaching1 · Beginning');
  await levels.getByRole('button', { name: 'Save and re-level 6 scores' }).click();
  const done = page.getByRole('status').filter({ hasText: "Re-levelled 6 scores with the new table of 'i-Ready Math diagnostic'." });
  await expect(done.getByRole('button', { name: 'Undo' })).toBeVisible();

  // The stored levels now agree with the saved table: nothing is left to change.
  await profiles.getByRole('button', { name: 'Change the levels of i-Ready Math diagnostic' }).click();
  levels = profiles.getByRole('form', { name: 'Levels of i-Ready Math diagnostic' });
  await expect(levels.getByLabel('Level for 1 grade level below')).toHaveValue('1');
  await levels.getByRole('button', { name: 'Check what changes' }).click();
  await expect(levels.getByRole('status')).toHaveText('None of the 20 scores from this profile changes level.');
  await levels.getByRole('button', { name: 'Back to the table' }).click();
  await levels.getByRole('button', { name: 'Cancel' }).click();

  // Undo (the toast's button, or Ctrl+Z once the toast has gone) puts the table and the six levels
  // back: the same change finds the same six scores again.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Re-levelled 6 scores' })).toBeVisible();
  levels = await changeTable('Beginning (1)');
  await expect(levels.getByRole('status')).toHaveText('6 scores change level (3 students).');
});
