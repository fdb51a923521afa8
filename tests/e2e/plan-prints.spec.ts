// The plan on paper and in a coach's hands, read as a person reads it: the mirrored chart one
// table per set with no word broken, skill codes as typed, every score written in full with the
// level of the number as written, and the teacher's notes on the review page. Each is rendered to
// PNG (the tests' screenshots, and the PDF's pages) for a person to look at.
import { expect, test, type Page } from '@playwright/test';
import { newPlanFromPlay, pickRatioGroups } from './flows';
import { openApp, screenshot } from './helpers';
import { pdfPageCount, pdfPagePng, pdfText, printToPdf } from './pdf';

const CLASS = 'Grade 6 Math — Period 2';
const CODE = '6.RP.A.3a';

/** Groups on `skill` by similar levels, saved as "Ratio groups" (the name the plan flows pick). */
async function saveGroupsOn(page: Page, skill: string) {
  await page.getByRole('main').getByRole('link', { name: CLASS }).click();
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await page.getByRole('checkbox', { name: skill, exact: true }).check();
  await page.getByRole('radio', { name: 'Similar levels (targeted small-group teaching)' }).check();
  await page.getByLabel('Number of groups', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Make groups' }).click();
  await expect(page.getByRole('region', { name: /^Group \d+$/ })).toHaveCount(4);
  await page.getByLabel('Grouping name', { exact: true }).fill('Ratio groups');
  await page.getByRole('button', { name: 'Save grouping' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Ratio groups”' })).toBeVisible();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save', exact: true }).press('Enter');
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByText('saved', { exact: true })).toBeVisible();
}

async function dismissToasts(page: Page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

const LEVELS: [number, string][] = [
  [4, 'Exceeds'],
  [3, 'Meets'],
  [2, 'Approaching'],
  [1, 'Beginning'],
];
const levelOf = (x: number) => (LEVELS.find(([points]) => points <= x) ?? LEVELS[LEVELS.length - 1]!)[1];

test('a mirrored plan prints one table per set, every word whole', async ({ page }) => {
  await openApp(page);
  await saveGroupsOn(page, '6.RP.A.1');
  await newPlanFromPlay(page, 'Mirror stations for large classes');
  await pickRatioGroups(page);
  await save(page);
  const stations = await page
    .getByRole('table', { name: 'Stations' })
    .getByRole('textbox', { name: /^Station \d+ name$/ })
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  expect(stations).toHaveLength(8);

  await page.getByRole('link', { name: 'Print chart' }).press('Enter');
  const setA = page.getByRole('region', { name: 'Set A' });
  const setB = page.getByRole('region', { name: 'Set B' });
  await expect(setA.getByRole('table').getByRole('columnheader')).toHaveCount(5);
  await expect(setB.getByRole('table').getByRole('columnheader')).toHaveCount(5);
  await expect(setA.getByRole('table').getByRole('row')).toHaveCount(5);
  await expect(
    setA.getByRole('list', { name: 'Who is in each group of set A' }).getByRole('listitem'),
  ).toHaveCount(2);

  await dismissToasts(page);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'rotation-chart-mirrored-print', { fullPage: true });
  const pdf = await printToPdf(page, test.info().outputPath('mirrored-chart.pdf'), { landscape: true });
  // Two chart pages (one per set), then the station cards two to a page.
  expect(pdfPageCount(pdf)).toBe(2 + 8 / 2);
  const text = pdfText(pdf);
  const words = new Set(text.split(/\s+/));
  for (const name of [...stations, 'Group 1', 'Group 2', 'Group 3', 'Group 4'])
    for (const word of name.split(' '))
      expect(words, `“${word}” of “${name}” is printed whole`).toContain(word);
  const [page1, page2] = text.split('\f');
  expect(page1).toContain('Set A');
  expect(page1).not.toContain('Aide table');
  expect(page2).toContain('Set B');
  expect(page2).toContain('Aide table');
  for (const p of [1, 2, 3]) pdfPagePng(pdf, p);
});

test('the plan PDF writes codes as typed and each score with the level of the number as written', async ({
  page,
}) => {
  await openApp(page);
  await saveGroupsOn(page, CODE);
  await newPlanFromPlay(page, 'Four stations with collaboration');
  await pickRatioGroups(page);
  await page
    .getByLabel('Teacher’s notes')
    .pressSequentially('Check in with the group at the collaborative table.');
  await save(page);

  await page.getByRole('link', { name: 'Plan PDF' }).press('Enter');
  const header = page
    .getByRole('table', { name: /^Students in Group/ })
    .first()
    .getByRole('columnheader', { name: CODE });
  await expect(header).toBeVisible();
  expect(await header.evaluate((el) => (el as HTMLElement).innerText)).toBe(CODE);
  await expect(page.getByText('Check in with the group at the collaborative table.')).toBeVisible();
  await dismissToasts(page);
  await screenshot(page, 'plan-pdf-codes', { fullPage: true });

  const pdf = await printToPdf(page, test.info().outputPath('plan.pdf'));
  const text = pdfText(pdf);
  expect(text).toContain(CODE);
  expect(text).not.toContain(CODE.toUpperCase());
  const scores = [...text.matchAll(/(\d(?:\.\d{1,2})?) (Exceeds|Meets|Approaching|Beginning)/g)];
  expect(scores.length).toBeGreaterThan(28);
  for (const [all, value, label] of scores)
    expect(`${value} ${levelOf(Number(value))}`, `“${all}” in the PDF`).toBe(`${value} ${label}`);
  for (let p = 1; p <= pdfPageCount(pdf); p++) pdfPagePng(pdf, p);
});

test('a coach sees the teacher’s notes, the codes as typed and every score in full', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await saveGroupsOn(page, CODE);
  await newPlanFromPlay(page, 'Four stations with collaboration');
  await pickRatioGroups(page);
  const notes = page.getByLabel('Teacher’s notes');
  await notes.pressSequentially('Group 1 needs counters.');
  await notes.press('Enter');
  await notes.pressSequentially('Watch the time at the online station.');
  await save(page);

  await page.getByRole('button', { name: 'Export…' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export plan bundle' }).press('Enter');
  const bundlePath = (await (await download).path())!;

  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await openApp(coach);
  await coach
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Reviews', exact: true })
    .click();
  await coach.getByLabel('Your name').fill('Coach Rivera');
  const chooser = coach.waitForEvent('filechooser');
  await coach.getByRole('button', { name: 'Open plan for review…' }).click();
  await (await chooser).setFiles(bundlePath);
  await expect(coach.getByRole('heading', { name: /^Four stations with collab/, level: 1 })).toBeVisible();

  // The notes as written, both lines (the region also holds its Comment button).
  await expect(coach.getByRole('region', { name: 'Teacher’s notes' })).toContainText(
    'Group 1 needs counters.\nWatch the time at the online station.',
  );
  const groups = coach.getByRole('region', { name: /^Group \d+$/ });
  await expect(groups).toHaveCount(4);
  const header = groups.first().getByRole('columnheader', { name: CODE });
  expect(await header.evaluate((el) => (el as HTMLElement).innerText)).toBe(CODE);
  // Every cell of every group table shows all of its text inside its group's box.
  const clipped = await groups.evaluateAll((sections) =>
    sections.flatMap((section) => {
      const box = section.getBoundingClientRect();
      return [...section.querySelectorAll('td, th')].flatMap((cell) => {
        const r = cell.getBoundingClientRect();
        return r.right > box.right + 0.5 || cell.scrollWidth > cell.clientWidth + 1
          ? [cell.textContent ?? '']
          : [];
      });
    }),
  );
  expect(clipped).toEqual([]);
  const values = await groups.first().getByRole('cell').allTextContents();
  expect(values.some((v) => /^\d\.\d\d$/.test(v))).toBe(true);
  await dismissToasts(coach);
  await screenshot(coach, 'review-groups', { fullPage: true });
  await coachContext.close();
});
