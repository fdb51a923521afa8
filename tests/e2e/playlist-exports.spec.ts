import { expect, test } from '@playwright/test';
import { newPlanFromPlay, pickRatioGroups, saveRatioGroups } from './flows';
import { openApp, screenshot } from './helpers';
import { pdfPageCount, pdfPagePng, pdfText, printToPdf } from './pdf';

const PLAY = 'Must-do and may-do';
const PUZZLE = 'Ratio puzzle';
const SHELF = 'Puzzle box on the back shelf';

test('an individual rotation’s playlist is in the plan PDF and on the coach’s review page', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await saveRatioGroups(page);
  await newPlanFromPlay(page, PLAY);
  await pickRatioGroups(page);
  const first = (await page
    .getByRole('list', { name: 'Group order' })
    .getByRole('listitem')
    .first()
    .getAttribute('aria-label'))!;

  // A may-do for one student of the first group, so that group's may-dos differ.
  const playlist = page.getByRole('region', { name: 'Playlist' });
  await playlist.getByRole('button', { name: 'Add a may-do' }).click();
  await expect(playlist.getByLabel('Activity 7 title')).toBeFocused();
  await page.keyboard.type(PUZZLE);
  await playlist.getByLabel('Activity 7 resources or links').fill(SHELF);
  await playlist.getByLabel('Activity 7 is for').selectOption('Some students');
  const firstGroupPicker = playlist
    .getByRole('group', { name: /^Students for activity 7/ })
    .getByRole('group', { name: first, exact: true });
  const student = (await firstGroupPicker.locator('label').first().textContent())!.trim();
  await firstGroupPicker.getByRole('checkbox', { name: student, exact: true }).check();
  const titles: string[] = [];
  const mayDos: string[] = [];
  for (let n = 1; n <= 7; n++) {
    titles.push(await playlist.getByLabel(`Activity ${n} title`).inputValue());
    if ((await playlist.getByLabel(`Activity ${n} must-do or may-do`).inputValue()) === 'may')
      mayDos.push(titles.at(-1)!);
  }
  const startsWith = titles.map((t) => new RegExp(`^${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);

  // The plan PDF: the activities in order, in words, and the may-dos by group.
  await page.getByRole('link', { name: 'Plan PDF' }).click();
  await expect(page.getByRole('heading', { name: PLAY, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Playlist', level: 2 })).toBeVisible();
  const activities = page.getByRole('table', { name: 'Playlist activities' });
  await expect(activities.getByRole('rowheader')).toHaveText(startsWith);
  const teacherRow = activities
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: titles[0] }) });
  await expect(teacherRow).toContainText('Must do');
  await expect(teacherRow).toContainText('Teacher-led');
  await expect(teacherRow).toContainText('Everyone');
  const puzzleRow = activities.getByRole('row').filter({ hasText: PUZZLE });
  await expect(puzzleRow).toContainText('May do');
  await expect(puzzleRow).toContainText(SHELF);
  await expect(puzzleRow.getByRole('cell').last()).toHaveText(student);
  const byGroup = page.getByRole('list', { name: 'May-dos by group' });
  // The first group: what all its students share, then the one student with more.
  const firstGroup = byGroup.getByRole('listitem').filter({ hasText: first }).first();
  const common = mayDos.filter((t) => t !== PUZZLE).join(' · ');
  await expect(firstGroup).toContainText(`students: ${common}`);
  await expect(firstGroup.getByRole('listitem')).toHaveText([`${student} also: ${PUZZLE}`]);
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
  await screenshot(page, 'plan-pdf-playlist', { fullPage: true });

  const pdf = await printToPdf(page, test.info().outputPath('playlist-plan.pdf'));
  const text = pdfText(pdf);
  for (const expected of ['Playlist', 'May-dos by group', ...titles, SHELF, 'Must do', 'May do'])
    expect(text, `the PDF says “${expected}”`).toContain(expected);
  for (let p = 1; p <= pdfPageCount(pdf); p++) pdfPagePng(pdf, p);

  // The bundle, with pseudonyms: the coach sees the playlist with the bundle's names, never the real ones.
  await page.getByRole('link', { name: 'Back to plan' }).click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  await dialog.getByRole('checkbox', { name: 'Replace student names with pseudonyms (Student 01…)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export plan bundle' }).click();
  const bundlePath = (await (await download).path())!;

  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await openApp(coach);
  await coach
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reviews', exact: true })
    .click();
  const chooser = coach.waitForEvent('filechooser');
  await coach.getByRole('button', { name: 'Open plan for review…' }).click();
  await (await chooser).setFiles(bundlePath);
  await expect(coach.getByRole('heading', { name: PLAY, level: 1 })).toBeVisible();

  const review = coach.getByRole('region', { name: 'Playlist' });
  const reviewRows = review.getByRole('table', { name: 'Playlist activities' });
  await expect(reviewRows.getByRole('rowheader')).toHaveText(startsWith);
  const reviewPuzzle = reviewRows.getByRole('row').filter({ hasText: PUZZLE });
  await expect(reviewPuzzle).toContainText('May do');
  // "For", the cell before the coach's Comment button.
  await expect(reviewPuzzle.getByRole('cell').nth(-2)).toHaveText(/^Student \d{2}$/);
  const reviewByGroup = review.getByRole('list', { name: 'May-dos by group' });
  const reviewFirstGroup = reviewByGroup.getByRole('listitem').filter({ hasText: first }).first();
  await expect(reviewFirstGroup).toContainText(`students: ${common}`);
  await expect(reviewFirstGroup.getByRole('listitem')).toHaveText([
    new RegExp(`^Student \\d{2} also: ${PUZZLE}$`),
  ]);
  await expect(review).not.toContainText(student);
  await screenshot(coach, 'review-playlist', { fullPage: true });
  await coachContext.close();
});
