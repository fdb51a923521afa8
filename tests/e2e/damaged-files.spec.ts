import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { createClass, openApp } from './helpers';

// Files as teachers get them from Excel and school systems: other text encodings, damaged zips,
// and zips far too large. Each imports right, or is refused in plain words, and the window lives on.

type Picked = { name: string; buffer: Buffer } | string;

async function pick(page: Page, button: string, file: Picked) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/octet-stream' });
}

/** Fails the test if the renderer dies ("Aw, Snap") or throws where nothing catches it. */
function watchForCrashes(page: Page): string[] {
  const failures: string[] = [];
  page.on('crash', () => failures.push('the renderer crashed'));
  page.on('pageerror', (error) => failures.push(error.message));
  return failures;
}

/** Excel's "Unicode text": UTF-16 little-endian, tab-separated, with or without its byte-order mark. */
const utf16le = (text: string, bom: boolean) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);

const USERS_HEADER = 'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password';
const USERS = [
  USERS_HEADER,
  't1,,,true,org1,teacher,kb,,Kate,Byrne,,T-1,,,,,,',
  's1,,,true,org1,student,aoife,,Aoife,Ní Bhriain,,5001,,,,,07,',
  's2,,,true,org1,student,jose,,José,Núñez,,5002,,,,,07,',
].join('\r\n');

/** A small OneRoster 1.1 export; users.csv in the bytes given. */
function oneRosterZip(usersBytes: Uint8Array, level: 0 | 6 = 6): Buffer {
  const lines = (...l: string[]) => strToU8(l.join('\r\n') + '\r\n');
  return Buffer.from(
    zipSync(
      {
        'manifest.csv': lines('propertyName,value', 'manifest.version,1.0', 'oneroster.version,1.1', 'file.users,bulk', 'file.classes,bulk', 'file.enrollments,bulk'),
        'users.csv': usersBytes,
        'classes.csv': lines(
          'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods',
          'c1,,,Gaeilge 7,07,,G7,scheduled,,org1,,Irish,,1',
        ),
        'enrollments.csv': lines(
          'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate',
          'e1,,,c1,org1,t1,teacher,true,,',
          'e2,,,c1,org1,s1,student,false,,',
          'e3,,,c1,org1,s2,student,false,,',
        ),
      },
      { level },
    ),
  );
}

async function openOneRosterImport(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'Classes', exact: true }).click();
  await page.getByRole('link', { name: 'Import from OneRoster' }).click();
  await expect(page.getByRole('heading', { name: 'Import from OneRoster', level: 1 })).toBeVisible();
}

test('a UTF-16 roster from Excel, with or without its byte-order mark, imports its 2 students with their accents', async ({ page }) => {
  const crashes = watchForCrashes(page);
  await openApp(page);
  const rosters = [
    { className: 'Irish 7A', bom: true, text: 'Student ID\tFirst Name\tLast Name\r\n7001\tAoife\tNí Bhriain\r\n7002\tJosé\tNúñez\r\n', names: ['Ní Bhriain, Aoife', 'Núñez, José'] },
    { className: 'Irish 7B', bom: false, text: 'Student ID,First Name,Last Name\r\n7101,Siobhán,Ó Dónaill\r\n7102,Zoë,Müller\r\n', names: ['Ó Dónaill, Siobhán', 'Müller, Zoë'] },
  ];
  for (const roster of rosters) {
    await page.getByRole('navigation').getByRole('link', { name: 'Classes', exact: true }).click();
    await createClass(page, roster.className);
    await page.getByRole('link', { name: 'Import roster CSV' }).first().click();
    await pick(page, 'Choose CSV file…', { name: 'roster.txt', buffer: utf16le(roster.text, roster.bom) });
    const preview = page.getByRole('table', { name: 'Import preview' });
    await expect(preview.getByRole('cell', { name: roster.names[1]!.split(', ')[1]!, exact: true })).toBeVisible();
    await page.getByRole('button', { name: /^Import 2 students$/ }).click();
    await expect(page.getByRole('heading', { name: roster.className, level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: /Roster/ })).toContainText('(2)');
    for (const name of roster.names) await expect(page.getByRole('rowheader', { name })).toBeVisible();
  }
  expect(crashes).toEqual([]);
});

test('a OneRoster zip whose users.csv is saved as Windows-1252 imports the names right, and says how it read them', async ({ page }) => {
  await openApp(page);
  await openOneRosterImport(page);
  await pick(page, 'Choose files…', { name: 'sis-export.zip', buffer: oneRosterZip(new Uint8Array(Buffer.from(USERS, 'latin1'))) });
  await expect(page.getByRole('status').filter({ hasText: 'OneRoster 1.1' })).toContainText('1 class, 2 students, 1 teacher');
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('not saved as UTF-8, so it was read as Windows-1252');
  await page.getByRole('button', { name: 'Import 1 class' }).click();
  await expect(page.getByRole('heading', { name: 'Gaeilge 7', level: 1 })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Ní Bhriain, Aoife' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Núñez, José' })).toBeVisible();
});

test('a zip with one flipped byte is refused as damaged, naming the file in it, and nothing is imported', async ({ page }) => {
  const crashes = watchForCrashes(page);
  await openApp(page);
  await openOneRosterImport(page);
  const zip = oneRosterZip(strToU8(USERS), 0);
  zip[zip.indexOf('José') + 1]! ^= 0x01; // stored, so the name's bytes are in the zip as they are
  await pick(page, 'Choose files…', { name: 'sis-export.zip', buffer: zip });
  await expect(page.getByRole('alert')).toContainText('"sis-export.zip" is damaged: its file "users.csv" does not match the checksum stored with it');
  await expect(page.getByRole('status').filter({ hasText: 'OneRoster' })).toHaveCount(0);

  // The same export, undamaged, goes in.
  await pick(page, 'Choose files…', { name: 'sis-export.zip', buffer: oneRosterZip(strToU8(USERS), 0) });
  await expect(page.getByRole('status').filter({ hasText: 'OneRoster 1.1' })).toContainText('1 class, 2 students');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(crashes).toEqual([]);
});

test('a zip that unpacks to 150 MB is refused before it is unpacked, with the limit and what to do, and the window lives on', async ({ page }) => {
  test.setTimeout(120_000);
  const crashes = watchForCrashes(page);
  const dir = mkdtempSync(path.join(tmpdir(), 'blendwise-e2e-'));
  try {
    // One highly compressible 150 MB users.csv: a small file that declares 150 MB inside.
    const big = new Uint8Array(150 * 1024 * 1024);
    const row = strToU8('s1,,,true,org1,student,x,,Aaaa,Bbbb,,1,,,,,07,\n');
    for (let at = 0; at + row.length <= big.length; at += row.length) big.set(row, at);
    const bombPath = path.join(dir, 'district-export.zip');
    writeFileSync(bombPath, zipSync({ 'users.csv': big }, { level: 9 }));
    // And the same entry stored: a zip file of 150 MB on disk.
    const storedPath = path.join(dir, 'district-export-stored.zip');
    writeFileSync(storedPath, zipSync({ 'users.csv': big }, { level: 0 }));

    await openApp(page);
    await openOneRosterImport(page);
    for (const [file, name] of [
      [bombPath, 'district-export.zip'],
      [storedPath, 'district-export-stored.zip'],
    ] as const) {
      await pick(page, 'Choose files…', file);
      const alert = page.getByRole('alert').filter({ hasText: name });
      await expect(alert).toContainText(`"${name}" is too large to import: its file "users.csv" unpacks to 150 MB, and Blendwise imports at most 100 MB at once.`);
      await expect(alert).toContainText('Nothing was imported from the files you chose.');
      await expect(alert).toContainText('Ask for an export of your school only');
    }

    // Still alive: a good export goes in after it.
    await pick(page, 'Choose files…', { name: 'sis-export.zip', buffer: oneRosterZip(strToU8(USERS)) });
    await expect(page.getByRole('status').filter({ hasText: 'OneRoster 1.1' })).toContainText('1 class, 2 students');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(crashes).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('after a 100,000-row roster import the Classes page lists the class with its students, not a blank page', async ({ page }, testInfo) => {
  // Long limits: the row count is the point, not the time (a shared, loaded machine reads it slowly).
  test.setTimeout(480_000);
  const crashes = watchForCrashes(page);
  const file = testInfo.outputPath('district.csv');
  const lines = ['Student ID,Last Name,First Name,Email,Period,Grade'];
  for (let i = 0; i < 100_000; i++) lines.push(`${2_000_000 + i},Family${i},Given${i},s${i}@school.example,${i % 7},${6 + (i % 3)}`);
  writeFileSync(file, lines.join('\r\n'));

  await openApp(page);
  await createClass(page, 'Whole district');
  await page.getByRole('link', { name: 'Import roster CSV' }).first().click();
  await pick(page, 'Choose CSV file…', file);
  await page.getByRole('button', { name: /^Import 100,?000 students$/ }).click({ timeout: 240_000 });
  await expect(page.getByRole('heading', { name: 'Whole district', level: 1 })).toBeVisible({ timeout: 180_000 });

  // Queries stay inside the sidebar and the classes table: the roster page holds 100,000 rows.
  await page.getByRole('navigation').getByRole('link', { name: 'Classes', exact: true }).click();
  const classes = page.getByRole('main').getByRole('table');
  const row = classes.getByRole('row').filter({ has: page.getByRole('link', { name: 'Whole district' }) });
  await expect(row.getByRole('cell').nth(3)).toHaveText(/^100,?000$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'This screen ran into a problem' })).toHaveCount(0);
  expect(crashes).toEqual([]);
});
