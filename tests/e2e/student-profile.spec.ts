import { expect, test, type Page } from '@playwright/test';
import { format } from 'date-fns';
import { openSampleClass, screenshot } from './helpers';

/** From the classes list to Zoë Lindqvist's profile in the sample class, by the roster's name link. */
async function openZoe(page: Page) {
  await openSampleClass(page);
  await page.getByRole('table', { name: 'Roster' }).getByRole('link', { name: 'Lindqvist, Zoë' }).click();
  await expect(page.getByRole('heading', { name: 'Zoë Lindqvist', level: 1 })).toBeVisible();
}

test('a student profile shows every tracked skill, a plot per skill with scores, and the evidence', async ({
  page,
}) => {
  await openZoe(page);
  await expect(page).toHaveURL(/#\/classes\/[^/]+\/students\/[^/]+$/);
  await expect(page.getByText('Student ID 004512')).toBeVisible();

  const skills = page.getByRole('table', { name: 'Skills' });
  await expect(skills.getByRole('rowheader')).toHaveCount(12);
  // The first standard is taught from day one: it has scores and a result with its level named.
  const first = skills.getByRole('row', { name: /^6\.RP\.A\.1 / });
  await expect(first.getByRole('cell').nth(1)).toHaveText(/^\d(\.\d+)?/);
  await expect(first.getByRole('cell').nth(2)).toContainText(/Exceeds|Meets|Approaching|Beginning/);
  // 7.RP.A.3 is not taught yet: no scores, said in words.
  await expect(skills.getByRole('row', { name: /^7\.RP\.A\.3 / })).toContainText('No scores yet');

  await expect(page.getByRole('img', { name: /Scores over time for 6\.RP\.A\.1/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Scores over time for 7\.RP\.A\.3/ })).toHaveCount(0);
  const evidence = page.getByRole('table', { name: 'Evidence' });
  await expect(evidence.getByRole('row').nth(1)).toBeVisible();
  await screenshot(page, 'student-profile');
  await page.getByRole('heading', { name: 'Growth over time' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'student-profile-plots');

  // Back to the class by the header links.
  await page.getByRole('link', { name: 'Class roster' }).click();
  await expect(page.getByRole('heading', { name: 'Grade 6 Math — Period 2', level: 1 })).toBeVisible();
});

test('adding, deleting with undo, and editing a score update the profile at once', async ({ page }) => {
  await openZoe(page);
  const today = format(new Date(), 'yyyy-MM-dd');
  const skills = page.getByRole('table', { name: 'Skills' });
  const evidence = page.getByRole('table', { name: 'Evidence' });
  const row = skills.getByRole('row', { name: /^7\.RP\.A\.3 / });

  // A score outside the scale is refused in plain words.
  await page.getByRole('button', { name: 'Add evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add evidence' });
  const option = await dialog.getByRole('option', { name: /^7\.RP\.A\.3 / }).getAttribute('value');
  await dialog.getByLabel('Skill').selectOption(option ?? '');
  await dialog.getByLabel('Score').fill('7');
  await dialog.getByRole('button', { name: 'Add evidence' }).click();
  await expect(dialog.getByText("The score must be from 1 to 4 on this class's scale.")).toBeVisible();

  await expect(dialog.getByLabel('Date')).toHaveValue(today);
  await dialog.getByLabel('Score').fill('2');
  await dialog.getByLabel('Source').fill('Conference');
  await dialog.getByLabel('Note').fill('Talked through a sales tax problem.');
  await dialog.getByRole('button', { name: 'Add evidence' }).click();
  await expect(dialog).toBeHidden();

  const added = evidence.getByRole('row').filter({ hasText: 'Talked through a sales tax problem.' });
  await expect(added).toHaveCount(1);
  await expect(added).toContainText('Conference');
  await expect(added).toContainText('Approaching');
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await expect(row).toContainText('Approaching');
  await expect(page.getByRole('img', { name: /Scores over time for 7\.RP\.A\.3: 1 score/ })).toBeVisible();

  // Delete it, then undo.
  await page.getByRole('button', { name: `Delete 7.RP.A.3 score from ${today}` }).click();
  await expect(added).toHaveCount(0);
  await expect(row).toContainText('No scores yet');
  await expect(
    page.getByRole('status').filter({ hasText: /Deleted the 7\.RP\.A\.3 score from/ }),
  ).toBeVisible();
  // The toast for the add is still up too; Undo always takes back the latest step.
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(added).toHaveCount(1);
  await expect(row).toContainText('Approaching');

  // Edit the score: the skill's value follows.
  await page.getByRole('button', { name: `Edit 7.RP.A.3 score from ${today}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit evidence' });
  await expect(edit.getByLabel('Score')).toHaveValue('2');
  await edit.getByLabel('Date').fill('');
  await edit.getByRole('button', { name: 'Save evidence' }).click();
  await expect(edit.getByText('Give the date of the work.')).toBeVisible();
  await edit.getByLabel('Date').fill(today);
  await edit.getByLabel('Score').fill('4');
  await edit.getByRole('button', { name: 'Save evidence' }).click();
  await expect(edit).toBeHidden();
  await expect(row.getByRole('cell').nth(1)).toHaveText('4');
  await expect(row).toContainText('Exceeds');
  await expect(added).toContainText('Exceeds');
});

test('an unknown student says so and links back', async ({ page }) => {
  await openSampleClass(page);
  await expect(page.getByRole('table', { name: 'Roster' })).toBeVisible();
  await page.goto(`${page.url()}/students/no-such-student`);
  await expect(page.getByRole('heading', { name: 'Student not found', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the roster' }).click();
  await expect(page.getByRole('table', { name: 'Roster' })).toBeVisible();
});
