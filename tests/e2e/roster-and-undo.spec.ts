import { expect, test, type Page } from '@playwright/test';
import {
  currentPlanVersion,
  makePlanBundle,
  makeReviewFile,
  serializeBundle,
  serializeReviewFile,
} from '../../shared';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { createClass, openApp, pickFile } from './helpers';
import { onePlanInput } from '../fixtures/onePlanBundle';

const toastWith = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const rosterCount = (page: Page) => page.getByRole('heading', { name: /Roster/ });

async function chooseRoster(page: Page, name: string, csv: string) {
  await page.getByRole('link', { name: 'Import roster CSV' }).first().click();
  await expect(page.getByRole('heading', { name: 'Import roster' })).toBeVisible();
  await pickFile(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), name, csv);
}

test('two students with one name and two ids stay two, the preview says so per row, and Undo removes the import', async ({ page }) => {
  await openApp(page);
  await createClass(page, 'Spanish 2');
  await chooseRoster(page, 'spanish.csv', 'Student ID,Last Name,First Name,Section\n1001,Garcia,Maria,P4\n1002,Garcia,Maria,P4\n1003,Okafor,Chidi,P4\n');

  const preview = page.getByRole('table', { name: 'Import preview' });
  for (const id of ['1001', '1002', '1003']) {
    await expect(preview.getByRole('row').filter({ hasText: id }).getByRole('cell').nth(2)).toHaveText(/^New/);
  }
  await expect(page.getByLabel('Who the rows are')).toHaveText('3 new');
  await page.getByRole('button', { name: 'Import 3 students' }).click();

  await expect(rosterCount(page)).toContainText('(3)');
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('rowheader', { name: 'Garcia, Maria' })).toHaveCount(2);
  await expect(roster.getByRole('cell', { name: '1001', exact: true })).toBeVisible();
  await expect(roster.getByRole('cell', { name: '1002', exact: true })).toBeVisible();

  await toastWith(page, 'Imported 3 students: 3 new').getByRole('button', { name: 'Undo' }).click();
  await expect(rosterCount(page)).toContainText('(0)');
  await page.reload();
  await expect(rosterCount(page)).toContainText('(0)');
});

test('a roster import into a class names who is already there, lands the section on them, and Undo puts it back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  const roster = page.getByRole('table', { name: 'Roster' });
  const zoe = roster.getByRole('row').filter({ hasText: '004512' });
  await expect(zoe).toContainText('Period 2');

  await chooseRoster(
    page,
    'period3.csv',
    [
      'Student ID,Last Name,First Name,Section',
      '004512,Lindqvist,Zoë,Period 3', // already in the class: gets the new section
      '004549,Lindqvist,Zoë,Period 3', // another student's ID with Zoë's name: a conflict
      '9001,Lindqvist,Zoë,Period 3', // same name as Zoë, another ID: a new student
    ].join('\n'),
  );
  const preview = page.getByRole('table', { name: 'Import preview' });
  const matchOf = (id: string) => preview.getByRole('row').filter({ hasText: id }).getByRole('cell').nth(2);
  await expect(matchOf('004512')).toContainText('Already in the class');
  await expect(matchOf('004512')).toContainText('Section Period 2 becomes Period 3');
  await expect(matchOf('004549')).toContainText('Conflict');
  await expect(matchOf('9001')).toContainText('New');
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('The ID 004549 belongs to');
  await expect(page.getByLabel('Who the rows are')).toHaveText('1 new · 1 already in the class · 1 conflict');
  await page.getByRole('button', { name: 'Import 2 students' }).click();

  await expect(rosterCount(page)).toContainText('(29)');
  await expect(zoe).toContainText('Period 3');
  await toastWith(page, 'Imported 2 students: 1 new, 1 already on file. 1 row was left out.').getByRole('button', { name: 'Undo' }).click();
  await expect(rosterCount(page)).toContainText('(28)');
  await expect(zoe).toContainText('Period 2');
});

test('clearing the sample names the plan made on it, keeps it unless confirmed, and Undo brings it back', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  const planUrl = page.url();
  const planId = planUrl.split('/').pop()!;

  // A coach's review of it, loaded back by the teacher.
  const review = makeReviewFile(
    {
      planId,
      planChecksum: 'sha256:0',
      reviewer: 'Coach Rivera',
      lookFors: [
        { text: 'Teacher-led station uses current data', rating: 3, note: 'Fresh exit ticket.' },
        { text: 'Transitions take under 2 minutes', rating: 2, note: '' },
      ],
      comments: [
        { id: 'c1', anchor: { kind: 'plan', ref: '' }, text: 'A strong plan.', createdAt: '2026-03-02T10:00:00.000Z' },
        { id: 'c2', anchor: { kind: 'plan', ref: '' }, text: 'Shorter transitions.', createdAt: '2026-03-02T10:01:00.000Z' },
      ],
    },
    { appVersion: '1.0.0', exportedAt: '2026-03-02T10:05:00.000Z' },
  );
  await pickFile(page, () => page.getByRole('button', { name: 'Import review…' }).click(), 'Coach.blendwise-review', serializeReviewFile(review));
  const received = page.getByRole('article', { name: 'Review by Coach Rivera' });
  await expect(received.getByRole('list', { name: 'Comments from Coach Rivera' }).getByRole('listitem')).toHaveCount(2);

  // Removing the review asks first, saying what goes; Keep it keeps it.
  await received.getByRole('button', { name: 'Remove this review' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove this review?' });
  await expect(ask).toContainText('the review by Coach Rivera with 2 ratings, 1 note and 2 comments');
  await ask.getByRole('button', { name: 'Keep it' }).click();
  await expect(received).toBeVisible();
  await received.getByRole('button', { name: 'Remove this review' }).click();
  await ask.getByRole('button', { name: 'Remove review' }).click();
  await expect(received).toHaveCount(0);
  await toastWith(page, 'Removed the review by Coach Rivera').getByRole('button', { name: 'Undo' }).click();
  await expect(received.getByRole('table', { name: 'Look-fors rated by Coach Rivera' })).toContainText('3 of 4');
  await expect(received.getByRole('list', { name: 'Comments from Coach Rivera' })).toContainText('Shorter transitions.');

  // Settings → Clear sample data names the plan, the grouping and the review; Keep it keeps them.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Clear sample data' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm clearing the sample' });
  await expect(confirm).toContainText(`This also deletes 1 plan, 1 grouping and 1 review (with 2 comments) you made on the sample class: “${title}”, “Ratio groups”, the review by Coach Rivera on “${title}”.`);
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await page.goto(planUrl);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();

  // The welcome banner asks too, since the teacher's work would go; confirmed, it all goes.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await page.getByRole('region', { name: 'Sample class' }).getByRole('button', { name: 'Clear sample data' }).click();
  await expect(page.getByRole('group', { name: 'Confirm clearing the sample' })).toContainText(`“${title}”`);
  await page.getByRole('button', { name: 'Yes, clear the sample' }).click();
  await expect(page.getByRole('heading', { name: 'No classes yet' })).toBeVisible();

  // Undo brings back the class, the plan and its review.
  await toastWith(page, 'Sample data cleared, with 1 plan, 1 grouping and 1 review.').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' })).toBeVisible();
  await page.goto(planUrl);
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Review by Coach Rivera' }).getByRole('list', { name: 'Comments from Coach Rivera' }).getByRole('listitem')).toHaveCount(2);
  // The restored evidence is in the tracker again (its derived cells were rebuilt).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await expect(page.getByRole('main').getByRole('row', { name: /Grade 6 Math/ })).toContainText('28');
});

test('a coach removing a review is asked first, and Undo brings back the ratings and comments', async ({ page }) => {
  const input = onePlanInput('plan-1', 'Monday stations');
  const bundle = makePlanBundle(input, { appVersion: '1.0.0', exportedAt: '2026-10-14T18:00:00.000Z', pseudonymise: false, planVersion: currentPlanVersion(input)! });

  await openApp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }).click();
  await pickFile(page, () => page.getByRole('button', { name: 'Open plan for review…' }).click(), 'Monday.blendwise', serializeBundle(bundle));
  await expect(page.getByRole('heading', { name: 'Monday stations', level: 1 })).toBeVisible();
  await page.getByLabel('Comment', { exact: true }).fill('Meet this group first.');
  await page.getByRole('button', { name: 'Add comment' }).click();
  const lookFor = page.getByRole('group', { name: 'Teacher-led station uses current data' });
  await lookFor.getByRole('radio', { name: '3', exact: true }).click();
  await expect(lookFor.getByRole('radio', { name: '3', exact: true })).toBeChecked();

  await page.getByRole('link', { name: 'Reviews', exact: true }).first().click();
  const list = page.getByRole('table', { name: 'Plans under review' });
  // The overview's last comment, with how many there are.
  await expect(list).toContainText('Meet this group first. (1)');
  await list.getByRole('button', { name: 'Remove the review of Monday stations' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove this review?' });
  await expect(ask).toContainText('your review of “Monday stations” with 1 rating and 1 comment');
  await ask.getByRole('button', { name: 'Remove review' }).click();
  await expect(page.getByText('No plans to review yet.')).toBeVisible();

  await toastWith(page, 'Removed the review of “Monday stations”').getByRole('button', { name: 'Undo' }).click();
  // The overview's last comment, with how many there are.
  await expect(list).toContainText('Meet this group first. (1)');
  await list.getByRole('link', { name: 'Monday stations' }).click();
  await expect(page.getByRole('list', { name: 'Comments' })).toContainText('Meet this group first.');
  await expect(page.getByRole('group', { name: 'Teacher-led station uses current data' }).getByRole('radio', { name: '3', exact: true })).toBeChecked();
});
