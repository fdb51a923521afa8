import { expect, test, type Page } from '@playwright/test';
import { addDays, format } from 'date-fns';
import { openApp, screenshot } from './helpers';

const TITLE = 'I can use a table of equivalent ratios to solve problems';
const ymd = (d: Date) => format(d, 'yyyy-MM-dd');

/** From the classes list to the sample class's goals, by the sidebar. */
async function openGoals(page: Page) {
  await openApp(page);
  await page.getByRole('main').getByRole('table').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Goals', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
}

/** Sets Pepe a goal on 6.RP.A.3 that started two weeks ago, then opens it from the goals table. */
async function createAndOpenGoal(page: Page) {
  await openGoals(page);
  await page.getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await dialog.getByLabel('Student', { exact: true }).selectOption({ label: 'Pepe Ramírez' });
  await dialog.getByLabel("Goal, in the student's words").fill(TITLE);
  const skill = await dialog.getByRole('option', { name: /^6\.RP\.A\.3 — / }).getAttribute('value');
  await dialog.getByLabel('Skill', { exact: true }).selectOption(skill ?? '');
  await dialog.getByLabel('Target', { exact: true }).selectOption('3');
  await dialog.getByLabel('Start date').fill(ymd(addDays(new Date(), -14)));
  await dialog.getByLabel('Due date').fill(ymd(addDays(new Date(), 21)));
  await dialog.getByRole('button', { name: 'Create goal' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('table', { name: 'Goals' }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/classes\/[^/]+\/goals\/[^/]+$/);
}

test('a goal shows its progress picture, takes check-ins, and closes, drops and reopens with undo', async ({ page }) => {
  await createAndOpenGoal(page);
  const today = new Date();

  // The header: whose goal, the dates, the way back.
  await expect(page.getByRole('main').getByRole('link', { name: 'Pepe Ramírez' })).toBeVisible();
  await expect(page.getByText(`${format(addDays(today, -14), 'd MMM yyyy')} to ${format(addDays(today, 21), 'd MMM yyyy')}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'All goals' })).toBeVisible();

  // The status says why, and the picture is there with its numbers in words.
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText(/6\.RP\.A\.3 (is at [\d.]+|has no scores yet), expected [\d.]+ by today/);
  const picture = page.getByRole('img', { name: /^Progress on 6\.RP\.A\.3: expected [\d.]+ by today, now [\d.]+.*, target 3/ });
  await expect(picture).toBeVisible();
  await expect(picture.locator('.recharts-surface')).toBeVisible();
  await expect(page.getByText(/^Starting level on /)).toHaveCount(1);
  await screenshot(page, 'goal-progress');

  // A check-in: plain-words checks first, then it lands in the list.
  const checkIns = page.getByRole('region', { name: /^Check-ins/ });
  await expect(checkIns).toContainText('No check-ins yet');
  await checkIns.getByRole('button', { name: 'Add check-in' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add check-in' });
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue(ymd(today));
  await expect(dialog.getByLabel('Next check-in')).toHaveValue(ymd(addDays(today, 7)));
  await dialog.getByLabel('Next check-in').fill(ymd(addDays(today, -1)));
  await dialog.getByRole('button', { name: 'Add check-in' }).click();
  await expect(dialog.getByText(/The next check-in cannot be before this one/)).toBeVisible();
  await dialog.getByLabel('Date', { exact: true }).fill('');
  await dialog.getByRole('button', { name: 'Add check-in' }).click();
  await expect(dialog.getByText('Give the date of the check-in.')).toBeVisible();

  await dialog.getByLabel('Date', { exact: true }).fill(ymd(today));
  await dialog.getByLabel('Next check-in').fill(ymd(addDays(today, 7)));
  await dialog.getByLabel('Teacher note').fill('Built the table right; slipped on the unit rate.');
  await dialog.getByLabel('Student reflection').fill('Tables make sense now, I want to be quicker.');
  const confidence = dialog.getByRole('group', { name: "Student's confidence" });
  await expect(confidence.getByRole('radio')).toHaveCount(5);
  await confidence.getByRole('radio', { name: /Mostly confident/ }).check();
  await dialog.getByRole('button', { name: 'Add check-in' }).click();
  await expect(dialog).toBeHidden();

  const item = checkIns.getByRole('listitem').filter({ hasText: 'Tables make sense now, I want to be quicker.' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Built the table right; slipped on the unit rate.');
  await expect(item).toContainText('Mostly confident');
  await expect(item).toContainText(format(addDays(today, 7), 'd MMM yyyy'));
  await expect(checkIns.getByRole('heading', { name: 'Check-ins (1)' })).toBeVisible();

  // Close as met, then take it back.
  await page.getByRole('button', { name: 'Close as met' }).click();
  await expect(status).toContainText(`Closed as met on ${format(today, 'd MMM yyyy')}`);
  await expect(status.locator('.goal-chip')).toHaveText(/Met$/);
  await expect(page.getByRole('img', { name: /^Progress on 6\.RP\.A\.3: closed as met on / })).toBeVisible();
  await page
    .getByRole('status')
    .filter({ hasText: 'Closed the goal as met.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(page.getByRole('button', { name: 'Close as met' })).toBeVisible();
  await expect(status).not.toContainText('Closed as met');

  // Drop it: the history stays.
  await page.getByRole('button', { name: 'Drop goal' }).click();
  await expect(status.locator('.goal-chip')).toHaveText('Dropped');
  await expect(status).toContainText(`Dropped on ${format(today, 'd MMM yyyy')}`);
  await expect(item).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Close as met' })).toHaveCount(0);

  // Reopen.
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.getByRole('button', { name: 'Close as met' })).toBeVisible();
  await expect(status).not.toContainText('Dropped');
  await expect(page.getByRole('img', { name: /^Progress on 6\.RP\.A\.3: expected / })).toBeVisible();
});

test('a check-in can be edited and deleted with undo; the goal can be edited and deleted with undo', async ({ page }) => {
  await createAndOpenGoal(page);
  const today = new Date();
  const checkIns = page.getByRole('region', { name: /^Check-ins/ });

  await page.getByRole('button', { name: 'Add check-in' }).first().click();
  const add = page.getByRole('dialog', { name: 'Add check-in' });
  await add.getByLabel('Student reflection').fill('Ratios are hard.');
  await add.getByRole('radio', { name: /Not yet confident/ }).check();
  await add.getByRole('button', { name: 'Add check-in' }).click();
  await expect(add).toBeHidden();
  const when = format(today, 'd MMM yyyy');

  // Edit: the form opens with what was saved.
  await checkIns.getByRole('button', { name: `Edit the check-in from ${when}` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit check-in' });
  await expect(edit.getByLabel('Student reflection')).toHaveValue('Ratios are hard.');
  await expect(edit.getByRole('radio', { name: /Not yet confident/ })).toBeChecked();
  await edit.getByLabel('Student reflection').fill('Ratios are getting easier.');
  await edit.getByRole('radio', { name: /Very confident/ }).check();
  await edit.getByRole('button', { name: 'Save check-in' }).click();
  await expect(edit).toBeHidden();
  await expect(checkIns).toContainText('Ratios are getting easier.');
  await expect(checkIns).toContainText('Very confident');

  // Delete, then undo.
  await checkIns.getByRole('button', { name: `Delete the check-in from ${when}` }).click();
  await expect(checkIns).toContainText('No check-ins yet');
  await page.getByRole('status').filter({ hasText: 'Deleted the check-in' }).getByRole('button', { name: 'Undo' }).click();
  await expect(checkIns).toContainText('Ratios are getting easier.');

  // Edit the goal: new words and an action step.
  await page.getByRole('button', { name: 'Edit goal' }).click();
  const goal = page.getByRole('dialog', { name: 'Edit goal' });
  await expect(goal.getByLabel("Goal, in the student's words")).toHaveValue(TITLE);
  await expect(goal.getByLabel('Student', { exact: true })).toHaveCount(0);
  await goal.getByLabel("Goal, in the student's words").fill('I can find unit rates with a table');
  await goal.getByLabel(/Action steps/).fill('Two IXL sets a week\nAsk a partner to check my table');
  await goal.getByRole('button', { name: 'Save goal' }).click();
  await expect(goal).toBeHidden();
  await expect(page.getByRole('heading', { name: 'I can find unit rates with a table', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Action steps' }).getByRole('listitem')).toHaveText([
    'Two IXL sets a week',
    'Ask a partner to check my table',
  ]);

  // Delete the goal: back to the dashboard, and Undo brings it back with its check-in.
  await page.getByRole('button', { name: 'Delete goal' }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'I can find unit rates with a table' })).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Deleted the goal' }).getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('table', { name: 'Goals' }).getByRole('link', { name: 'I can find unit rates with a table' }).click();
  await expect(page.getByRole('region', { name: /^Check-ins/ })).toContainText('Ratios are getting easier.');
});

test('an unknown goal says so and links back to the goals', async ({ page }) => {
  await openGoals(page);
  await page.goto(`${page.url()}/no-such-goal`);
  await expect(page.getByRole('heading', { name: 'Goal not found', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Back to goals' }).click();
  await expect(page.getByRole('heading', { name: 'Goals', level: 1 })).toBeVisible();
});
