// What students and visitors see of a plan: names on the wall chart, the station cards and the
// live board (and a plan that hides them), activities typed once for every group, and a live
// board that runs a plan dated another day when the teacher says so. Driven by keyboard.
import { expect, test, type Page } from '@playwright/test';
import { format, addDays } from 'date-fns';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { openApp, screenshot } from './helpers';
import { pdfPagePng, pdfText, printToPdf } from './pdf';

const settings = (page: Page) => page.getByRole('region', { name: 'Plan settings' });
const order = (page: Page) => page.getByRole('list', { name: 'Group order' }).getByRole('listitem');

/** Saves the plan with Save (by keyboard) and waits for the saved plan's address. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
}

/** Each student of the plan by group, as Plan health lists them (full names). */
async function studentsByGroup(page: Page): Promise<Map<string, string[]>> {
  await page.getByText(/^Screen time per student/).press('Enter');
  const rows = page.getByRole('table', { name: 'Screen time per student' }).getByRole('row');
  const out = new Map<string, string[]>();
  for (const row of await rows.all()) {
    const cells = await row.locator('th, td').allTextContents();
    if (cells[0] === 'Student') continue;
    out.set(cells[1]!, [...(out.get(cells[1]!) ?? []), cells[0]!]);
  }
  return out;
}

const firstName = (full: string) => full.split(' ')[0]!;

test('the wall chart, station cards and live board name each group’s students; a plan setting hides them', async ({
  page,
}) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  await settings(page).getByLabel('Title').fill('Names on the board');
  const groups = await studentsByGroup(page);
  const first = (await order(page).first().getAttribute('aria-label'))!;
  const members = groups.get(first)!;
  expect(members.length).toBeGreaterThan(0);
  await save(page);

  await page.getByRole('link', { name: 'Print chart' }).press('Enter');
  const rosters = page.getByRole('list', { name: 'Who is in each group' });
  await expect(rosters.getByRole('listitem')).toHaveCount(4);
  for (const name of members)
    await expect(rosters.getByRole('listitem', { name: first })).toContainText(firstName(name));
  // The station card says who comes in each visit.
  await expect(page.getByRole('article', { name: 'Teacher table' })).toContainText(firstName(members[0]!));
  await screenshot(page, 'rotation-chart-names', { fullPage: true });
  // On paper the names sit on the chart's own page, under the chart, each group's in its own column.
  await page.emulateMedia({ media: 'print' });
  const overflowing = await rosters.getByRole('listitem').evaluateAll((items) => items.filter((li) => li.scrollWidth > li.clientWidth + 1).length);
  expect(overflowing).toBe(0);
  const pdf = await printToPdf(page, test.info().outputPath('chart-names.pdf'), { landscape: true });
  const chartPage = pdfText(pdf).split('\f')[0]!;
  expect(chartPage).toContain('09:51–10:06');
  for (const name of members) expect(chartPage).toContain(firstName(name));
  pdfPagePng(pdf, 1);

  await page.getByRole('link', { name: 'Back to plan' }).press('Enter');
  await page.getByRole('link', { name: 'Live board' }).press('Enter');
  const card = page
    .getByRole('list', { name: /^Where each group/ })
    .getByRole('listitem', { name: first, exact: true });
  await expect(card).toContainText(firstName(members[0]!));
  // Visitors come in: the board hides names at once, without changing the plan.
  const namesButton = page.getByRole('button', { name: 'Names' });
  await expect(namesButton).toHaveAttribute('aria-pressed', 'true');
  await namesButton.press('Enter');
  await expect(card).not.toContainText(firstName(members[0]!));
  await page.keyboard.press('Escape');

  // The plan's setting hides them everywhere.
  const show = page.getByRole('checkbox', {
    name: 'Show students’ names on the wall chart, station cards and live board',
  });
  await expect(show).toBeChecked();
  await show.press('Space');
  await expect(show).not.toBeChecked();
  await save(page);
  await page.getByRole('link', { name: 'Print chart' }).press('Enter');
  await expect(page.getByRole('table').first()).toContainText(first);
  await expect(page.getByRole('list', { name: 'Who is in each group' })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Teacher table' })).not.toContainText(
    firstName(members[0]!),
  );
  await page.getByRole('link', { name: 'Back to plan' }).press('Enter');
  await page.getByRole('link', { name: 'Live board' }).press('Enter');
  await expect(card).toBeVisible();
  await expect(card).not.toContainText(firstName(members[0]!));
  await expect(page.getByRole('button', { name: 'Names' })).toHaveAttribute('aria-pressed', 'false');
});

test('an activity typed once for every group, and one group’s own in its place', async ({ page }) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  const names = await order(page).evaluateAll((items) =>
    items.map((li) => li.getAttribute('aria-label') ?? ''),
  );
  const [, second] = names as [string, string];

  await page.getByRole('button', { name: 'Activities at station 3' }).press('Enter');
  await page
    .getByLabel('Every group activity at Collaborative task')
    .pressSequentially('Ratio tables in pairs');
  await page.getByLabel('Every group resources at Collaborative task').pressSequentially('Counters');
  // Every group shows the shared activity until it types its own.
  for (const g of names)
    await expect(page.getByLabel(`${g} activity at Collaborative task`)).toHaveAttribute(
      'placeholder',
      'Ratio tables in pairs',
    );
  await page
    .getByLabel(`${second} activity at Collaborative task`)
    .pressSequentially('Tape diagrams with the aide');
  await expect(
    page.getByRole('button', { name: `${second}: use the activity for every group at Collaborative task` }),
  ).toBeVisible();
  await screenshot(page, 'plan-activities-every-group');
  await save(page);

  await page.getByRole('link', { name: 'Print chart' }).press('Enter');
  const card = page.getByRole('article', { name: 'Collaborative task' });
  const visits = card.getByRole('listitem');
  await expect(visits).toHaveCount(4);
  await expect(visits.filter({ hasText: 'Ratio tables in pairs' })).toHaveCount(3);
  const own = visits.filter({ hasText: 'Tape diagrams with the aide' });
  await expect(own).toHaveCount(1);
  await expect(own).toContainText(second);
  // The override replaces the activity only: the group keeps the shared resources.
  await expect(own).toContainText('Counters');

  // Back to the shared activity for that group, with one key.
  await page.getByRole('link', { name: 'Back to plan' }).press('Enter');
  await page.getByRole('button', { name: 'Activities at station 3' }).press('Enter');
  await page
    .getByRole('button', { name: `${second}: use the activity for every group at Collaborative task` })
    .press('Enter');
  await expect(page.getByLabel(`${second} activity at Collaborative task`)).toHaveValue('');
  await save(page);
  await page.getByRole('link', { name: 'Print chart' }).press('Enter');
  await expect(
    page
      .getByRole('article', { name: 'Collaborative task' })
      .getByRole('listitem')
      .filter({ hasText: 'Ratio tables in pairs' }),
  ).toHaveCount(4);
});

test('the live board runs a plan dated tomorrow when the teacher starts it now, or rehearses it', async ({
  page,
}) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  const tomorrow = format(addDays(new Date(), 1), 'yyyy-MM-dd');
  await expect(settings(page).getByLabel('Date', { exact: true })).toHaveValue(tomorrow);
  await page.getByRole('button', { name: 'Activities at station 1' }).press('Enter');
  const first = (await order(page).first().getAttribute('aria-label'))!;
  await page.getByLabel('Every group activity at Teacher table').pressSequentially('Reteach with counters');
  await save(page);

  await page.getByRole('link', { name: 'Live board' }).press('Enter');
  const headline = page.getByRole('heading', { level: 1 });
  const dayWords = format(addDays(new Date(), 1), 'EEEE d MMMM');
  await expect(headline).toHaveText(`Planned for ${dayWords}`);
  await expect(page.getByRole('note', { name: 'Date' })).toHaveText(
    `This plan is dated ${dayWords}, not today.`,
  );
  await expect(page.getByRole('timer')).toHaveText('15:00');
  // Waiting, it does not run on today's clock: Pause and Skip wait for a start.
  await expect(page.getByRole('button', { name: 'Pause' })).toBeDisabled();
  const card = page
    .getByRole('list', { name: 'Where each group starts' })
    .getByRole('listitem', { name: first, exact: true });
  await expect(card).toContainText('Teacher table');
  await screenshot(page, 'live-board-another-day');

  await page.getByRole('button', { name: 'Start now' }).press('Enter');
  await expect(headline).toHaveText('Round 1 of 4');
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
  const now = page
    .getByRole('list', { name: 'Where each group is now' })
    .getByRole('listitem', { name: first, exact: true });
  await expect(now).toContainText('Reteach with counters');
  await expect(page.getByRole('note', { name: 'Date' })).toContainText(
    `This plan is dated ${dayWords}: running it today from`,
  );
  await page.keyboard.press('n');
  await expect(headline).toHaveText('Round 2 of 4');

  // A rehearsal starts again from round 1 and says it is one; ending it goes back to waiting.
  await page.getByRole('button', { name: 'Rehearse from round 1' }).press('Enter');
  await expect(headline).toHaveText('Round 1 of 4');
  await expect(page.getByText('Rehearsal', { exact: true })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Date' })).toContainText('rehearsing it today');
  await page.getByRole('button', { name: 'End rehearsal' }).press('Enter');
  await expect(headline).toHaveText(`Planned for ${dayWords}`);
});

test('rounds that do not fit the class period: a warning in plan health, and a date for day 2', async ({
  page,
}) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  const health = page.getByRole('status', { name: 'Plan health' });
  await settings(page).getByLabel('Date', { exact: true }).fill('2026-11-24');
  await settings(page).getByLabel('Class period (minutes)').pressSequentially('45');
  await expect(health).toContainText(
    'The 4 rounds take 66 minutes, longer than the 45-minute class period, so the plan runs over 2 days: rounds 1–2 on day 1 (Tue 24 Nov) and rounds 3–4 on day 2 (no date yet).',
  );
  await expect(health).toContainText('shorten the stations to 9 minutes');
  const schedule = page.getByRole('table', { name: 'Schedule' });
  await expect(schedule.getByRole('row').filter({ hasText: 'Round 3' }).getByRole('rowheader')).toContainText(
    'Day 2 · no date',
  );
  // The schedule fits its card.
  const card = page.getByRole('region', { name: 'Schedule' });
  const [tableBox, cardBox] = [(await schedule.boundingBox())!, (await card.boundingBox())!];
  expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
  await screenshot(page, 'plan-period-split', { fullPage: true });

  await page.getByRole('button', { name: 'Run it over 2 days, with a date for each' }).press('Enter');
  await expect(settings(page).getByLabel('Model')).toHaveValue('multi_day');
  await expect(settings(page).getByLabel('Day 2 date')).toHaveValue('2026-11-25');
  await expect(schedule.getByRole('row').filter({ hasText: 'Round 3' }).getByRole('rowheader')).toContainText(
    'Day 2 · Wed 25 Nov',
  );
  await expect(health).not.toContainText('longer than the 45-minute class period');
  await expect(health).toContainText(
    'The rotation runs over 2 days, 2 rounds a day: rounds 1–2 on day 1 (Tue 24 Nov) and rounds 3–4 on day 2 (Wed 25 Nov).',
  );
});
