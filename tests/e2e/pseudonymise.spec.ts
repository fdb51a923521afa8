import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readPlanBundle } from '../../shared';
import { newPlanFromPlay, saveRatioGroups } from './flows';
import { openApp } from './helpers';

// Students of the sample class, named in every way a teacher might write them.
const CLASS_NAME = 'Grade 6 Math — Mateo’s class';
const GROUPING = 'Zoe, Lindqvist and DV groups';
const TITLE = 'Aoife and Chris day';
const STATIONS = ['Table with O’Connor and Sasha', 'Online: Pepe, José and Alexander', 'Björn’s corner with Mr Doyle'];
const ACTIVITY = 'Siobhan reads to Elodie and Nguyen';
const RESOURCES = 'aoife.oconnor@students.maplewood.example';
const EVIDENCE = 'H.K. checks Hana’s work; Mary and Jones help';

// Each way a student was named above, as it must not be found in what leaves the machine.
const WORDS = [
  'aoife', // first name alone
  'lindqvist', // family name alone
  'pepe', // preferred name
  'sasha',
  'jose', // the legal first name of a student who goes by Pepe
  'alexander',
  'bjorn', // possessive, curly apostrophe
  'hana',
  'zoe', // without its accent
  'siobhan',
  'elodie',
  'nguyen',
  "o'connor", // curly apostrophe inside the name
  'connor',
  'mateo', // in the class name
  'mary', // a part of Mary-Kate
  'jones', // a part of Smith-Jones
  'chris', // short for Christopher
  'oconnor', // in the e-mail address
];
const INITIALS = [/\bD\.?\s?V\b/, /\bH\.?\s?K\b/];

/** Lower case, accents off, every apostrophe straight: how the words above are looked for. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}

function leaks(text: string): string[] {
  const plain = folded(text);
  const found = WORDS.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}])`, 'u').test(plain));
  for (const pattern of INITIALS) if (pattern.test(text)) found.push(String(pattern));
  return found;
}

async function renameSampleClass(page: Page) {
  await page.getByRole('button', { name: 'Edit Grade 6 Math — Period 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit class' });
  await dialog.getByLabel('Class name').fill(CLASS_NAME);
  await dialog.getByRole('button', { name: 'Save class' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: CLASS_NAME })).toBeVisible();
}

async function makePlan(page: Page) {
  await newPlanFromPlay(page, 'Four stations with collaboration');
  const grouping = page.getByLabel('Grouping', { exact: true });
  await grouping.selectOption({ label: (await grouping.getByRole('option', { name: /Zoe, Lindqvist and DV/ }).textContent())! });
  await expect(page.getByRole('list', { name: 'Group order' }).getByRole('listitem')).toHaveCount(4);
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  for (const [i, name] of STATIONS.entries()) await page.getByLabel(`Station ${i + 1} name`).fill(name);
  await page.getByRole('button', { name: 'Activities at station 1' }).click();
  const activities = page.getByRole('table', { name: `Activities at ${STATIONS[0]}` });
  await activities.getByLabel(/activity at /).first().fill(ACTIVITY);
  await activities.getByLabel(/resources at /).first().fill(RESOURCES);
  await activities.getByLabel(/evidence at /).first().fill(EVIDENCE);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${TITLE}”` })).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const started = page.waitForEvent('download');
  await click();
  const file: Download = await started;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('a pseudonymised export carries no name of a student, in its files or their names, and says what it replaced', async ({ page }) => {
  await openApp(page);
  await renameSampleClass(page);
  await saveRatioGroups(page, CLASS_NAME, GROUPING);
  await makePlan(page);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export plan' });
  await dialog.getByRole('checkbox', { name: /Replace student names with pseudonyms/ }).check();

  // Before anything leaves: what was replaced, where, and the words left that could be names.
  const replaced = dialog.getByRole('region', { name: 'What the pseudonyms replace' });
  await expect(replaced).toContainText(/\d+ names replaced \(.*first names.*\) in /);
  for (const where of ['the plan title', 'the grouping name', 'station names', 'activities', 'the class name'])
    await expect(replaced).toContainText(where);
  await expect(replaced).toContainText('e-mail address');
  await expect(replaced).toContainText('initials');
  await expect(replaced).toContainText(/could be names.*: Doyle\./);
  await expect(replaced).toContainText(/The plan bundle will be named “Student \d\d and Student \d\d day \d{4}-\d{2}-\d{2}\.blendwise”/);
  await page.screenshot({ path: test.info().outputPath('export-dialog.png') });

  const files = [
    await download(page, () => dialog.getByRole('button', { name: 'Export plan bundle' }).click()),
    await download(page, () => dialog.getByRole('button', { name: 'Groups CSV' }).click()),
    await download(page, () => dialog.getByRole('button', { name: 'Schedule CSV' }).click()),
    await download(page, () => dialog.getByRole('button', { name: 'Mastery grid CSV' }).click()),
  ];
  for (const file of files) {
    expect(leaks(file.name), `names in the file name ${file.name}`).toEqual([]);
    expect(leaks(file.text), `names in ${file.name}`).toEqual([]);
  }
  const [bundle, groups, schedule] = files;
  expect(bundle!.name).toMatch(/^Student \d\d and Student \d\d day \d{4}-\d{2}-\d{2}\.blendwise$/);
  const read = readPlanBundle(bundle!.text);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  const content = read.bundle.content;
  expect(content.pseudonymised).toBe(true);
  // The words around the names are kept; a name the app does not know (Doyle) is left, as the dialog said.
  expect(content.className).toMatch(/^Grade 6 Math — Student \d\d’s class$/);
  expect(content.grouping!.name).toMatch(/^Student \d\d, Student \d\d and Student \d\d groups$/);
  expect(content.plan.body.stations.map((s) => s.name)).toEqual([
    expect.stringMatching(/^Table with Student \d\d and Student \d\d$/),
    expect.stringMatching(/^Online: Student \d\d, Student \d\d and Student \d\d$/),
    expect.stringMatching(/^Student \d\d’s corner with Mr Doyle$/),
    expect.any(String),
  ]);
  expect(groups!.text).toMatch(/^Group,Student,Grouping score\r\nGroup 1,Student \d\d,/);
  expect(schedule!.text).toContain('Student');
  expect(files.map((f) => f.name).slice(1)).toEqual([
    expect.stringMatching(/ groups\.csv$/),
    expect.stringMatching(/ schedule\.csv$/),
    expect.stringMatching(/ mastery\.csv$/),
  ]);
});
