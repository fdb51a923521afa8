// The coach's desk (issue 16): two teachers, each in their own browser profile, fill in their
// profile and export a plan into the school's shared folder; a coach who chose "I am a coach" on
// the first run picks the whole folder, reads the plans side by side, sorts, filters, reviews both
// and reads the look-for summary; the review goes back into the folder beside the plan, and the
// teacher who picks the folder's files finds it beside their plan.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { reviewFileNameFor } from '../../shared';
import { newFourStationPlan, saveRatioGroups } from './flows';
import { openApp, screenshot } from './helpers';

type Teacher = { name: string; school: string; date: string; minutes: string; collab: string };

const ANA: Teacher = { name: 'Ana Okafor', school: 'Maplewood Middle', date: '2026-03-02', minutes: '15', collab: 'Debate: which recipe is stronger?' };
// 45-minute stations put every group over the 40-minute screen limit: plan-health warnings.
const BEN: Teacher = { name: 'Ben Brandt', school: 'Lincoln Elementary', date: '2026-03-09', minutes: '45', collab: 'Sort the ratio cards together' };

async function saveProfile(page: Page, t: Teacher) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByLabel('Your name').fill(t.name);
  await profile.getByLabel('School').fill(t.school);
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved your profile' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
}

/** Every file in the shared folder, one subfolder down, as a teacher's file picker would list them. */
function folderFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? readdirSync(path.join(folder, entry.name)).map((f) => path.join(folder, entry.name, f)) : [path.join(folder, entry.name)],
  );
}

/**
 * A teacher's own profile: profile, grouping, plan with a collaborative task, the bundle exported
 * into their subfolder of the shared folder. Their profile stays open, on the plan.
 */
async function teacherExports(browser: Browser, t: Teacher, folder: string): Promise<{ file: string; context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page);
  await saveProfile(page, t);
  await saveRatioGroups(page);
  await newFourStationPlan(page);
  await page.getByLabel('Date', { exact: true }).fill(t.date);
  await page.getByLabel('Minutes per station').fill(t.minutes);
  await page.getByRole('button', { name: 'Activities at station 3' }).click();
  await page.getByLabel('Every group activity at Collaborative task').fill(t.collab);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Four stations with collab' })).toBeVisible();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export plan bundle' }).click();
  const file = await download;
  // Into the shared folder, under the name Blendwise suggested: the test's output folder, kept after the profile closes.
  mkdirSync(path.join(folder, t.name), { recursive: true });
  const saved = path.join(folder, t.name, file.suggestedFilename());
  await file.saveAs(saved);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { file: saved, context, page };
}

/** For the README's pictures: no messages over what they show. */
async function dismissMessages(page: Page) {
  if (!process.env.SCREENSHOTS) return;
  const close = page.getByRole('button', { name: 'Dismiss message' });
  while ((await close.count()) > 0) await close.first().click();
}

async function rate(coach: Page, lookFor: string, value: string) {
  const group = coach.getByRole('group', { name: lookFor });
  await group.getByRole('radio', { name: value, exact: true }).click();
  await expect(group.getByRole('radio', { name: value, exact: true })).toBeChecked();
}

test('a coach reads two teachers’ plans side by side, sorts, filters and sees the look-for summary', async ({ page: coach, browser }) => {
  test.setTimeout(360_000);
  const shared = test.info().outputPath('shared folder');
  const ana = await teacherExports(browser, ANA, shared);
  const ben = await teacherExports(browser, BEN, shared);
  await ben.context.close();

  // The coach's first run: "I am a coach" clears the sample class and opens Reviews.
  await openApp(coach);
  await coach.getByRole('region', { name: 'Sample class' }).getByRole('button', { name: 'I am a coach' }).click();
  await expect(coach.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();
  await expect(coach.getByRole('navigation', { name: 'Main' }).getByRole('list', { name: 'Your classes' })).toHaveCount(0);
  await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Classes', exact: true }).click();
  await expect(coach.getByRole('heading', { name: 'No classes yet' })).toBeVisible();
  await coach.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }).click();
  await coach.getByLabel('Your name').fill('Coach Rivera');

  // In the browser build the coach picks the shared folder: every plan in it, subfolders too.
  const chooser = coach.waitForEvent('filechooser');
  await coach.getByRole('button', { name: 'Open a folder of plans…' }).click();
  await (await chooser).setFiles(shared);
  await expect(coach.getByRole('status').filter({ hasText: 'Opened 2 plans for review.' })).toBeVisible();

  const table = coach.getByRole('table', { name: 'Plans under review' });
  const rows = table.getByRole('row').filter({ has: coach.getByRole('link') });
  await expect(rows).toHaveCount(2);
  const anaRow = rows.filter({ hasText: ANA.name });
  const benRow = rows.filter({ hasText: BEN.name });
  await expect(anaRow).toContainText(ANA.school);
  await expect(anaRow).toContainText('Mon 2 Mar 2026');
  await expect(anaRow).toContainText('Grade 6 Math — Period 2');
  await expect(anaRow).toContainText('To review');
  await expect(benRow).toContainText(BEN.school);
  await expect(benRow).toContainText('Mon 9 Mar 2026');
  // Ben's 45-minute online station: warnings, and more screen minutes than the limit.
  await expect(benRow.getByRole('cell').nth(4)).toHaveText(/^\d+/);
  await expect(benRow).toContainText('45 / 40');
  await expect(coach.getByRole('table', { name: 'Plan-health warnings by kind' })).toContainText('Screen time above the class limit');

  // Sorted by date, newest first; the Date header sorts the other way.
  const dateHeader = table.getByRole('columnheader', { name: 'Date' });
  await expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText(BEN.name);
  await dateHeader.getByRole('button').click();
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText(ANA.name);

  // Filtered by teacher.
  await coach.getByLabel('Teacher', { exact: true }).selectOption(BEN.name);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(BEN.name);
  await coach.getByLabel('Teacher', { exact: true }).selectOption('');
  await expect(rows).toHaveCount(2);

  // Review Ana's plan: what the collaborative station does, a comment on it, two ratings.
  await anaRow.getByRole('link').click();
  await expect(coach.getByText(`By ${ANA.name}, ${ANA.school}`)).toBeVisible();
  const collab = coach.getByRole('region', { name: 'Station: Collaborative task' });
  await expect(collab.getByRole('table', { name: 'Activities at Collaborative task' }).getByRole('row')).toHaveCount(5);
  await expect(collab).toContainText(ANA.collab);
  const firstGroup = (await collab.getByRole('rowheader').first().textContent())!.trim();
  await collab.getByRole('button', { name: `Comment on ${firstGroup} at Collaborative task` }).click();
  await expect(coach.getByLabel('About', { exact: true })).toHaveValue(/^activity:/);
  await expect(coach.getByLabel('Comment', { exact: true })).toBeFocused();
  await coach.keyboard.type('Give each student a role in the debate.');
  await coach.getByRole('button', { name: 'Add comment' }).click();
  await expect(coach.getByRole('list', { name: 'Comments' })).toContainText(`Activity: Collaborative task — ${firstGroup}`);
  await rate(coach, 'The collaborative station produces discussion', '4');
  await rate(coach, 'Teacher-led station uses current data', '3');

  // The review goes back beside Ana's plan, under the plan file's name (in a browser, as a download by that name).
  const written = coach.waitForEvent('download');
  await coach.getByRole('button', { name: 'Export review…' }).click();
  const reviewDownload = await written;
  expect(reviewDownload.suggestedFilename()).toBe(path.basename(reviewFileNameFor(ana.file)));
  await reviewDownload.saveAs(path.join(shared, ANA.name, reviewDownload.suggestedFilename()));

  // Review Ben's.
  await coach.getByRole('main').getByRole('link', { name: 'Reviews', exact: true }).click();
  await benRow.getByRole('link').click();
  await expect(coach.getByText(`By ${BEN.name}, ${BEN.school}`)).toBeVisible();
  await rate(coach, 'The collaborative station produces discussion', '2');
  await rate(coach, 'Teacher-led station uses current data', '2');

  // The summary after two reviews: each teacher's mean per look-for, and a chart per look-for.
  await coach.getByRole('main').getByRole('link', { name: 'Reviews', exact: true }).click();
  await expect(anaRow).toContainText('Sent');
  await expect(benRow).toContainText('Reviewed');
  await expect(anaRow).toContainText('Give each student a role');
  const means = coach.getByRole('table', { name: 'Look-for means by teacher' });
  const collabMeans = means.getByRole('row').filter({ hasText: 'The collaborative station produces discussion' });
  await expect(collabMeans.getByRole('cell')).toHaveText(['3 (2)', '4 (1)', '2 (1)']);
  await expect(coach.getByRole('img', { name: /^The collaborative station produces discussion: ratings over 2 dates/ })).toBeVisible();
  // At 1360 pixels wide the whole overview fits beside the menu: nothing scrolls sideways.
  const overflow = await coach.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('main, main .rv-scroll')].map((el) => el.scrollWidth - el.clientWidth),
  );
  expect(coach.viewportSize()?.width).toBe(1360);
  expect(overflow.every((extra) => extra <= 0), `overflow ${overflow.join(', ')}`).toBe(true);
  await dismissMessages(coach);
  await screenshot(coach, 'coach-overview', { fullPage: true });
  if (process.env.SCREENSHOTS) await coach.getByRole('region', { name: 'Look-for summary' }).screenshot({ path: 'docs/screenshots/coach-lookfors.png' });

  // The summary as CSV, and its print view.
  const csv = coach.waitForEvent('download');
  await coach.getByRole('button', { name: 'Export summary (CSV)' }).click();
  const csvFile = await csv;
  expect(csvFile.suggestedFilename()).toMatch(/^Coach summary \d{4}-\d{2}-\d{2}\.csv$/);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await csvFile.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe('Look-for,Mean rating (1-4),Ratings,Ana Okafor: mean,Ben Brandt: mean');
  expect(text).toContain('The collaborative station produces discussion,3,2,4,2');

  await coach.getByRole('link', { name: 'Print summary' }).click();
  await expect(coach.getByRole('heading', { name: 'Coach summary', level: 1 })).toBeVisible();
  await expect(coach.getByRole('table', { name: 'Plans in this summary' }).getByRole('row')).toHaveCount(3);
  await expect(coach.getByRole('table', { name: 'Look-for means by teacher' })).toContainText('Ana Okafor');
  await dismissMessages(coach);
  await screenshot(coach, 'coach-summary', { fullPage: true });

  // Reopened later, Blendwise starts on Reviews for the coach.
  await coach.goto('/');
  await expect(coach.getByRole('heading', { name: 'Reviews', level: 1 })).toBeVisible();

  // Ana picks every file in the shared folder: her review lands beside her plan; Ben's plan and the rest are left alone.
  const feedbackChooser = ana.page.waitForEvent('filechooser');
  await ana.page.getByRole('button', { name: 'Import review…' }).click();
  await (await feedbackChooser).setFiles(folderFiles(shared));
  await expect(ana.page.getByRole('status').filter({ hasText: 'The review by Coach Rivera is now beside your plan.' })).toBeVisible();
  const received = ana.page.getByRole('article', { name: 'Review by Coach Rivera' });
  await expect(received.getByRole('table', { name: 'Look-fors rated by Coach Rivera' }).getByRole('row').filter({ hasText: 'The collaborative station produces discussion' })).toContainText('4 of 4');
  await expect(received.getByRole('list', { name: 'Comments from Coach Rivera' })).toContainText('Give each student a role in the debate.');
  await expect(ana.page.getByRole('article')).toHaveCount(1);
  await ana.context.close();
});
