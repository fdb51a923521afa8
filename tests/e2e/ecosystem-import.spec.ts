import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { createClass, openApp } from './helpers';

const here = path.dirname(fileURLToPath(import.meta.url));
const ONEROSTER_DIR = path.resolve(here, '../../../shared/realdata/Ed-Fi-Exchange-OSS_LMS-Toolkit/OneRoster_1.1_Sample_Data');
const SDS_DIR = path.resolve(here, '../../../shared/realdata/OfficeDev_O365-EDU-Tools/SDS_v2.1_CSV_Samples');

async function pickBuffer(page: Page, trigger: () => Promise<void>, name: string, mimeType: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

test('a OneRoster zip from the school system becomes classes with their students', async ({ page }) => {
  test.skip(!existsSync(ONEROSTER_DIR), `The real OneRoster sample is not here (${ONEROSTER_DIR}): nothing to import.`);
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(ONEROSTER_DIR).filter((f) => f.endsWith('.csv'))) {
    files[`OneRoster_1.1_Sample_Data/${name}`] = new Uint8Array(readFileSync(path.join(ONEROSTER_DIR, name)));
  }
  files['__MACOSX/._users.csv'] = strToU8('not a csv');
  const zip = Buffer.from(zipSync(files));

  await openApp(page);
  // A student the teacher typed by hand, without a student ID: the import must ask before merging.
  await createClass(page, 'Homeroom 9');
  await page.getByRole('button', { name: 'Add student' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add student' });
  await dialog.getByLabel('First name').fill('Mary');
  await dialog.getByLabel('Last name').fill('Archer');
  await dialog.getByRole('button', { name: 'Add student' }).click();
  await expect(page.getByRole('table', { name: 'Roster' })).toContainText('Archer, Mary');

  await page.getByRole('link', { name: 'Classes', exact: true }).click();
  await page.getByRole('link', { name: 'Import from OneRoster' }).click();
  await expect(page.getByRole('heading', { name: 'Import from OneRoster', level: 1 })).toBeVisible();
  await pickBuffer(page, () => page.getByRole('button', { name: 'Choose files…' }).click(), 'oneroster.zip', 'application/zip', zip);

  await expect(page.getByRole('status').filter({ hasText: 'OneRoster 1.1' })).toContainText('2 classes, 8 students, 2 teachers');
  const classes = page.getByRole('table', { name: 'Classes in the export' });
  const eng = classes.getByRole('row').filter({ has: page.getByRole('checkbox', { name: 'ENG-1' }) });
  const alg = classes.getByRole('row').filter({ has: page.getByRole('checkbox', { name: 'ALG-1' }) });
  await expect(eng).toContainText('Sara Preston');
  await expect(eng.getByRole('cell').last()).toHaveText('5');
  await expect(alg).toContainText('Kelley Christian');
  await expect(alg.getByRole('cell').last()).toHaveText('5');
  await expect(page.getByRole('checkbox', { name: 'ENG-1' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'ALG-1' })).toBeChecked();
  // The real files break the spec a little: their warnings are listed with file and line.
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('users.csv, line 10');
  await expect(page.getByRole('note', { name: 'Students matched by name' })).toContainText(
    '1 student matches an existing student by name: they will be merged.',
  );

  // Unticking one class changes the count; ticking it back imports both.
  await page.getByRole('checkbox', { name: 'ALG-1' }).uncheck();
  await expect(page.getByRole('button', { name: 'Import 1 class' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'ALG-1' }).check();
  await page.getByRole('button', { name: 'Import 2 classes' }).click();

  await expect(page.getByRole('heading', { name: 'ENG-1', level: 1 })).toBeVisible();
  // The class has its term, from academicSessions.csv.
  await expect(page.getByRole('main')).toContainText('2020-2021 Fall Semester + 2020-2021 Spring Semester');
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('row')).toHaveCount(6);
  await expect(roster.getByRole('row', { name: /Hardy, Olivia/ })).toContainText('604974');
  await expect(roster.getByRole('row', { name: /Archer, Mary/ })).toContainText('604863');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'ALG-1' }).click();
  await expect(page.getByRole('heading', { name: 'ALG-1', level: 1 })).toBeVisible();
  await expect(roster.getByRole('row')).toHaveCount(6);
  await expect(roster.getByRole('row', { name: /Nash, Peter/ })).toContainText('604918');

  // Mary was merged, not duplicated: the Homeroom student is the same record, now with her ID.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Homeroom 9' }).click();
  await expect(roster.getByRole('row', { name: /Archer, Mary/ })).toContainText('604863');

  // Importing the same export again updates the same 2 classes: none is added twice.
  await page.getByRole('link', { name: 'Classes', exact: true }).click();
  await page.getByRole('link', { name: 'Import from OneRoster' }).click();
  await pickBuffer(page, () => page.getByRole('button', { name: 'Choose files…' }).click(), 'oneroster.zip', 'application/zip', zip);
  const changes = page.getByRole('region', { name: 'What this import changes' });
  await expect(changes).toContainText('2 classes are already in Blendwise: updated, not added again');
  await expect(changes).toContainText('Nothing changes');
  await expect(page.getByRole('note', { name: 'Students matched by name' })).toHaveCount(0);
  await expect(eng).toContainText('Already here');
  await page.getByRole('button', { name: 'Import 2 classes' }).click();
  await expect(page.getByRole('heading', { name: 'ENG-1', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Classes', exact: true }).click();
  const list = page.getByRole('main');
  await expect(list.getByRole('link', { name: 'ENG-1', exact: true })).toHaveCount(1);
  await expect(list.getByRole('link', { name: 'ALG-1', exact: true })).toHaveCount(1);
});

/** The Ed-Fi 1.1 sample as its CSV files, file name -> text. */
function edFiFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(ONEROSTER_DIR).filter((f) => f.endsWith('.csv'))) files[name] = readFileSync(path.join(ONEROSTER_DIR, name), 'utf8');
  return files;
}

const zipOf = (files: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)]))));

test('a later export re-syncs the classes: a withdrawn student leaves the roster (kept in history), a new one joins, and Undo puts it back', async ({ page }) => {
  test.skip(!existsSync(ONEROSTER_DIR), `The real OneRoster sample is not here (${ONEROSTER_DIR}): nothing to import.`);
  const first = edFiFiles();
  // Micheal Turner (605015) has left English I; Zoë Quinn (700001) has joined it.
  const second = { ...first };
  second['enrollments.csv'] = first['enrollments.csv']!
    .split(/\r?\n/)
    .filter((line) => !(line.includes('Trad120ENG') && line.includes(',605015,')))
    .concat('F00D0001-0000-4000-8000-000000000001,,,25590100101Trad120ENG112011,255901001,700001,student,,2021-01-04,2021-05-28')
    .join('\n');
  second['users.csv'] = first['users.csv']!.replace(/\n(207270,)/, '\n700001,,,true,255901001,student,Zoe Quinn,{Local:001},Zoë,Quinn,,,Zoe.Quinn@studentgps.org,,,,09,\n$1');

  await openApp(page);
  await page.getByRole('link', { name: 'Import from OneRoster' }).click();
  await pickBuffer(page, () => page.getByRole('button', { name: 'Choose files…' }).click(), 'fall.zip', 'application/zip', zipOf(first));
  await page.getByRole('button', { name: 'Import 2 classes' }).click();
  await expect(page.getByRole('heading', { name: 'ENG-1', level: 1 })).toBeVisible();
  const roster = page.getByRole('table', { name: 'Roster' });
  await expect(roster.getByRole('row', { name: /Turner, Micheal/ })).toBeVisible();

  await page.getByRole('link', { name: 'Classes', exact: true }).click();
  await page.getByRole('link', { name: 'Import from OneRoster' }).click();
  await pickBuffer(page, () => page.getByRole('button', { name: 'Choose files…' }).click(), 'spring.zip', 'application/zip', zipOf(second));
  const changes = page.getByRole('region', { name: 'What this import changes' });
  await expect(changes).toContainText('1 new student: Zoë Quinn');
  await expect(changes).toContainText('1 student leaves a class: Micheal Turner leaves ENG-1 (not in this export)');
  await expect(changes).toContainText('they and their work stay in Blendwise');
  const eng = page.getByRole('table', { name: 'Classes in the export' }).getByRole('row').filter({ has: page.getByRole('checkbox', { name: 'ENG-1' }) });
  await expect(eng).toContainText('1 student leaves: Micheal Turner');
  if (process.env.H1_SHOTS) await page.screenshot({ path: '/tmp/h1-resync-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 2 classes' }).click();

  await expect(page.getByRole('heading', { name: 'ENG-1', level: 1 })).toBeVisible();
  await expect(roster.getByRole('row', { name: /Quinn, Zoë/ })).toBeVisible();
  await expect(roster.getByRole('row', { name: /Turner, Micheal/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Roster/ })).toContainText('(5)');
  // Kept in history: the archived students show him, as archived.
  await page.getByLabel('Show archived students').check();
  await expect(roster.getByRole('row', { name: /Turner, Micheal/ })).toContainText('Archived');
  await page.getByLabel('Show archived students').uncheck();

  // Undo takes the re-sync back: Micheal is on the roster again and Zoë is gone.
  await page.getByRole('status').filter({ hasText: 'left a class' }).getByRole('button', { name: 'Undo' }).click();
  await expect(roster.getByRole('row', { name: /Turner, Micheal/ })).toBeVisible();
  await expect(roster.getByRole('row', { name: /Quinn, Zoë/ })).toHaveCount(0);
});

test('a School Data Sync export is read as SDS, and files that are not a roster are named for what they are', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Import from OneRoster' }).click();

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
  await pickBuffer(page, () => page.getByRole('button', { name: 'Choose files…' }).click(), 'users.csv', 'text/csv', png);
  await expect(page.getByRole('alert')).toContainText('"users.csv" is a PNG picture, not a CSV file');
  await expect(page.getByRole('alert')).not.toContainText('UTF-8');

  await pickBuffer(page, () => page.getByRole('button', { name: 'Choose files…' }).click(), 'roster.pdf', 'application/pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n'));
  await expect(page.getByRole('alert')).toContainText('"roster.pdf" is a PDF document, not a roster export');
  await expect(page.getByRole('status').filter({ hasText: 'classes' })).toHaveCount(0);

  test.skip(!existsSync(SDS_DIR), `The real SDS sample is not here (${SDS_DIR}).`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(readdirSync(SDS_DIR).filter((f) => f.endsWith('.csv')).map((f) => path.join(SDS_DIR, f)));
  await expect(page.getByRole('status').filter({ hasText: 'School Data Sync 2.1' })).toContainText('2 classes, 4 students, 2 teachers');
  await expect(page.getByRole('region', { name: 'Problems' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Classes in the export' })).toContainText('Fall Semester');
});

function casePackage(): string {
  const doc = { identifier: 'c0ffee00-0000-4000-8000-000000000000', title: 'Test Math Standards', creator: 'State Board of Testing', uri: 'https://example.org/doc' };
  const items = [
    ['a0000000-0000-4000-8000-000000000005', 'G5', 'Grade 5', '05'],
    ['a0000000-0000-4000-8000-000000000051', '5.NF', 'Number and Operations—Fractions', '05'],
    ['a0000000-0000-4000-8000-000000000511', '5.NF.A.1', 'Add and subtract fractions with unlike denominators.', '05'],
    ['a0000000-0000-4000-8000-000000000006', 'G6', 'Grade 6', '06'],
    ['a0000000-0000-4000-8000-000000000061', '6.RP', 'Ratios and Proportional Relationships', '06'],
    ['a0000000-0000-4000-8000-000000000611', '6.RP.A.1', 'Understand the concept of a ratio.', '06'],
    ['a0000000-0000-4000-8000-000000000612', '6.RP.A.2', 'Understand the concept of a unit rate.', '06'],
    ['a0000000-0000-4000-8000-000000000062', '6.NS', 'The Number System', '06'],
    ['a0000000-0000-4000-8000-000000000621', '6.NS.A.1', 'Interpret and compute quotients of fractions.', '06'],
  ] as const;
  const parentOf: Record<string, string> = { '5.NF': 'G5', '5.NF.A.1': '5.NF', '6.RP': 'G6', '6.RP.A.1': '6.RP', '6.RP.A.2': '6.RP', '6.NS': 'G6', '6.NS.A.1': '6.NS' };
  const idOf = Object.fromEntries(items.map(([id, code]) => [code, id]));
  const node = (code: string) => ({ identifier: idOf[code], uri: `https://example.org/${code}`, title: code });
  const associations = items.map(([, code], i) => ({
    identifier: `b0000000-0000-4000-8000-00000000000${i}`,
    associationType: 'isChildOf',
    originNodeURI: node(code),
    destinationNodeURI: parentOf[code] ? node(parentOf[code]!) : { identifier: doc.identifier, uri: doc.uri, title: doc.title },
    sequenceNumber: i + 1,
  }));
  return JSON.stringify({
    CFDocument: doc,
    CFItems: items.map(([identifier, humanCodingScheme, fullStatement, level]) => ({
      identifier,
      uri: `https://example.org/${humanCodingScheme}`,
      humanCodingScheme,
      fullStatement,
      educationLevel: [level],
    })),
    CFAssociations: associations,
  });
}

test('a CASE package becomes a framework: the teacher previews the tree and imports grade 6 only', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('link', { name: 'Import CASE standards' }).click();
  await expect(page.getByRole('heading', { name: 'Import CASE standards', level: 1 })).toBeVisible();
  await pickBuffer(page, () => page.getByRole('button', { name: 'Choose file…' }).click(), 'math.json', 'application/json', Buffer.from(casePackage()));

  await expect(page.getByRole('status').filter({ hasText: 'Test Math Standards' })).toContainText('9 skills');
  const tree = page.getByRole('list', { name: 'Skill tree' });
  await expect(tree).toContainText('Grade 6');
  await expect(tree).toContainText('6.RP Ratios and Proportional Relationships');
  await expect(tree).not.toContainText('6.RP.A.1');
  await page.getByRole('button', { name: 'Expand 6.RP Ratios and Proportional Relationships' }).click();
  await expect(tree).toContainText('6.RP.A.2 Understand the concept of a unit rate.');
  await page.getByRole('button', { name: 'Collapse G5 Grade 5' }).click();
  await expect(tree).not.toContainText('5.NF');

  await expect(page.getByRole('radio', { name: /^Everything/ })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Import 9 skills' })).toBeVisible();
  await page.getByRole('radio', { name: 'Import only this branch: G6 Grade 6' }).check();
  await page.getByLabel('Framework name in Blendwise').fill('Grade 6 Math');
  await page.getByRole('button', { name: 'Import 6 skills' }).click();

  await expect(page.getByRole('heading', { name: /Grade 6 Math/ })).toBeVisible();
  const skills = page.getByRole('list', { name: 'Skills in Grade 6 Math' });
  await expect(skills.getByRole('listitem')).toHaveCount(6);
  await expect(skills.getByRole('listitem').first()).toContainText('G6');
  await expect(skills.getByText('6.RP.A.2', { exact: true })).toBeVisible();
  await expect(skills.getByText('6.NS.A.1', { exact: true })).toBeVisible();
  await expect(skills).not.toContainText('5.NF');
  // Parents came across: 6.RP.A.1 sits under 6.RP, deeper than it.
  const indent = async (code: string) =>
    skills.getByRole('listitem').filter({ has: page.getByText(code, { exact: true }) }).evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft));
  expect(await indent('6.RP.A.1')).toBeGreaterThan(await indent('6.RP'));
  expect(await indent('6.RP')).toBeGreaterThan(await indent('G6'));
});
