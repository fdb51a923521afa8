import { expect, test, type Page } from '@playwright/test';
import { BUILT_IN_PROFILE_TEMPLATES } from '../../shared';
import { openSampleClass, pickFile, screenshot } from './helpers';

// Sample students (shared/sample/sampleClass.ts): Zoë Lindqvist 004512, José "Pepe" Ramírez 004549,
// Anaïs Dubois 004586. An i-Ready-like diagnostic export: one row per student, a scale score per domain.
const HEADERS = 'Last Name,First Name,Student ID,Completion Date,Ratios Scale Score,Unit Rates Scale Score';

async function openImportResults(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import results' }).click();
  await expect(page.getByRole('heading', { name: 'Import results', level: 1 })).toBeVisible();
}

test('a diagnostic export mapped once and saved as a profile imports next week in one click', async ({ page }) => {
  await openSampleClass(page);
  await openImportResults(page);

  const week1 = [
    HEADERS,
    'Lindqvist,Zoë,004512,10/1/2025,612,540',
    'Ramírez,José,004549,10/1/2025,480,',
    'Dubois,Anaïs,004586,10/1/2025,390,455',
  ].join('\r\n');
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'iready week 1.csv', week1);
  await expect(page.getByText('Recognised as your profile')).toHaveCount(0);

  // Map the columns: the date, and the two domain columns as skills.
  await page.getByLabel('Date', { exact: true }).selectOption('3');
  await page.getByRole('checkbox', { name: 'Ratios Scale Score' }).check();
  await page.getByRole('checkbox', { name: 'Unit Rates Scale Score' }).check();

  await page.getByRole('button', { name: 'Save this mapping as a profile…' }).click();
  const form = page.getByRole('form', { name: 'Save as a profile' });
  await form.getByLabel('Profile name').fill('i-Ready Math diagnostic');
  await form.getByLabel('The scores in this file are').selectOption('scale_score');
  await form.getByLabel('Cut 1 lowest score').fill('550');
  await form.getByLabel('Skill code for Ratios').fill('6.RP.A.1');
  await form.getByLabel('Skill code for Unit Rates').fill('6.RP.A.2');
  await screenshot(page, 'assessment-profile-save');
  await form.getByRole('button', { name: 'Save profile' }).click();

  await expect(page.getByText("Recognised as your profile 'i-Ready Math diagnostic'")).toBeVisible();
  // 612 -> 4, 540 -> 3, 480 -> 2, 390 -> 1, 455 -> 2; José's blank cell is not a score.
  await expect(page.getByRole('status').filter({ hasText: 'iready week 1.csv' })).toContainText(
    '3 rows with 5 scores. 5 will be imported',
  );
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('row', { name: /Anaïs Dubois/ }).first()).toContainText('1 · Beginning');
  await page.getByRole('button', { name: 'Import 5 scores' }).click();
  await expect(page).toHaveURL(/\/classes\/[^/]+\/tracker$/);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 scores from iready week 1.csv' })).toBeVisible();

  // Next week's file: same headers, new scores. Recognised, and one click imports it.
  await openImportResults(page);
  await expect(page.getByRole('region', { name: 'Profiles' })).toContainText('i-Ready Math diagnostic');
  const week2 = [
    HEADERS,
    'Lindqvist,Zoë,004512,10/8/2025,630,560',
    'Ramírez,José,004549,10/8/2025,505,470',
    'Dubois,Anaïs,004586,10/8/2025,410,',
  ].join('\r\n');
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'iready week 2.csv', week2);
  await expect(page.getByText("Recognised as your profile 'i-Ready Math diagnostic'")).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'iready week 2.csv' })).toContainText(
    '3 rows with 5 scores. 5 will be imported',
  );
  await page.getByRole('button', { name: 'Import 5 scores' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 5 scores from iready week 2.csv' })).toBeVisible();

  // The profile can be renamed, and deleted with Undo.
  await openImportResults(page);
  const profiles = page.getByRole('region', { name: 'Profiles' });
  await profiles.getByRole('button', { name: 'Rename i-Ready Math diagnostic' }).click();
  await profiles.getByLabel('New name for i-Ready Math diagnostic').fill('i-Ready Math (weekly)');
  await profiles.getByRole('button', { name: 'Save name' }).click();
  await expect(profiles).toContainText('i-Ready Math (weekly)');
  await profiles.getByRole('button', { name: 'Delete i-Ready Math (weekly)' }).click();
  await expect(page.getByRole('region', { name: 'Profiles' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(page.getByRole('region', { name: 'Profiles' })).toContainText('i-Ready Math (weekly)');
});

// An NWEA MAP AssessmentResults export (the real file's columns) for two sample students: one math
// test each, four goal strands with their RIT scores.
function nweaFile(): string {
  const headers = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:nwea-map-goals')!.headersSignature;
  const strands = ['Operations and Algebraic Thinking', 'Number and Operations', 'Measurement and Data', 'Geometry'];
  const row = (id: string, test: string, rits: number[]) => {
    const cells: Record<string, string> = { TermName: 'Fall 2026-2027', StudentID: id, TestName: 'Growth: Math 6+', TestID: test, TestStartDate: '9/4/2026' };
    strands.forEach((name, i) => {
      cells[`Goal${i + 1}Name`] = name;
      cells[`Goal${i + 1}RitScore`] = String(rits[i]);
    });
    return headers.map((h) => cells[h] ?? '').join(',');
  };
  return [headers.join(','), row('004512', 't-1', [167, 185, 182, 190]), row('004549', 't-2', [201, 216, 231, 199])].join('\r\n');
}

test('NWEA RIT scores are kept, the placeholder cuts say so until checked, and new cuts re-level the scores', async ({ page }) => {
  await openSampleClass(page);
  await openImportResults(page);
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), 'map results.csv', nweaFile());
  await expect(page.getByText('This looks like the NWEA MAP goal strands export')).toBeVisible();
  await expect(page.getByText("Placeholder cuts: check them against your school's norms before relying on levels.")).toBeVisible();

  await page.getByRole('button', { name: 'Start a profile from this template…' }).click();
  const form = page.getByRole('form', { name: 'Save as a profile' });
  await expect(form.getByRole('checkbox', { name: "I have checked these cuts against our school's norms" })).not.toBeChecked();
  await form.getByLabel('Skill code for Operations and Algebraic Thinking').fill('6.RP.A.1');
  await form.getByLabel('Skill code for Number and Operations').fill('6.RP.A.2');
  await form.getByLabel('Skill code for Measurement and Data').fill('6.RP.A.3');
  await form.getByLabel('Skill code for Geometry').fill('6.RP.A.3a');
  await form.getByRole('button', { name: 'Save profile' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'map results.csv' })).toContainText('2 rows with 8 scores. 8 will be imported');
  // The RIT is the original value; the level comes from the (placeholder) cuts.
  const zoe = page.getByRole('table', { name: 'Import preview' }).getByRole('row', { name: /Zoë Lindqvist/ });
  await expect(zoe.nth(1)).toContainText('185');
  await expect(zoe.nth(1)).toContainText('1 · Beginning');
  await page.getByRole('button', { name: 'Import 8 scores' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 8 scores from map results.csv' })).toBeVisible();

  // The school's cut for Approaching is 180, not 200, and the teacher has checked the cuts now.
  await openImportResults(page);
  const profiles = page.getByRole('region', { name: 'Profiles' });
  await expect(profiles).toContainText('Placeholder cuts');
  await profiles.getByRole('button', { name: 'Change the levels of NWEA MAP goal strands' }).click();
  const levels = profiles.getByRole('form', { name: 'Levels of NWEA MAP goal strands' });
  await expect(levels.getByLabel('Cut 3 lowest score')).toHaveValue('200');
  await levels.getByLabel('Cut 3 lowest score').fill('180');
  await levels.getByRole('checkbox', { name: "I have checked these cuts against our school's norms" }).check();
  await levels.getByRole('button', { name: 'Check what changes' }).click();
  // Zoë's 185, 182 and 190 and José's 199 move from Beginning to Approaching; her 167 stays.
  await expect(levels.getByRole('status')).toHaveText('4 scores change level (2 students).');
  await levels.getByRole('button', { name: 'Save and re-level 4 scores' }).click();
  await expect(page.getByRole('status').filter({ hasText: "Re-levelled 4 scores with the new table of 'NWEA MAP goal strands'." })).toBeVisible();
  await expect(profiles).not.toContainText('Placeholder cuts');
});
