import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { bigCasePackage } from '../bench/bigFiles';
import { openApp, openSampleClass } from './helpers';

/**
 * The window keeps painting while a file is read: parsing runs in a worker, so the page aims at a
 * frame at least every 200 ms (measured here at 67–133 ms). The assertion is a bound on behaviour,
 * not a benchmark: this 2-core machine is shared with other test runs that can keep the renderer
 * off the CPU for a second now and then, so it fails only past 1 s. A page that parsed on its main
 * thread shows a single gap of several seconds (reading a 300,000-row CSV and checking it takes
 * 4–6 s, a 61 MB CASE package 2–4 s), which this still catches.
 */
const FRAME_GAP_TARGET_MS = 200;
const FRAME_GAP_LIMIT_MS = 1000;

async function watchFrames(page: Page): Promise<void> {
  await page.evaluate((target) => {
    const w = window as unknown as { frameWatch: { longest: number; overTarget: number; running: boolean } };
    w.frameWatch = { longest: 0, overTarget: 0, running: true };
    let last = performance.now();
    const tick = (now: number) => {
      w.frameWatch.longest = Math.max(w.frameWatch.longest, now - last);
      if (now - last > target) w.frameWatch.overTarget++;
      last = now;
      if (w.frameWatch.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, FRAME_GAP_TARGET_MS);
}

/** The longest gap between frames since watchFrames, and how many gaps passed the target. */
async function frameGaps(page: Page): Promise<{ longest: number; overTarget: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { frameWatch: { longest: number; overTarget: number; running: boolean } };
    w.frameWatch.running = false;
    return { longest: Math.round(w.frameWatch.longest), overTarget: w.frameWatch.overTarget };
  });
}

async function pickPath(page: Page, trigger: () => Promise<void>, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(path);
}

/** Counts the rows of stored tables straight from IndexedDB, as the app stored them. */
async function storedCounts(page: Page, tables: string[]): Promise<Record<string, number>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('blendwise');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, number> = {};
    for (const name of names) {
      out[name] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return out;
  }, tables);
}

/** Whether a 1 MB write to a scratch database is refused for quota, as a full disk would refuse it. */
async function writeIsRefusedForQuota(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quota-probe', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('probe');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const outcome = await new Promise<string>((resolve) => {
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put(new Uint8Array(1024 * 1024), 1);
      tx.oncomplete = () => resolve('written');
      tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
    });
    db.close();
    return outcome === 'QuotaExceededError';
  });
}

/**
 * In the page: after `writesLeft` more writes, every write of a readwrite transaction makes
 * IndexedDB abort that transaction with a QuotaExceededError, as Chromium does when the disk is
 * full. The abort is IndexedDB's own, so its rollback is real.
 */
function failWritesAfter(writesLeft: number) {
  const w = window as unknown as { storageFull: { on: boolean; writesLeft: number } };
  w.storageFull = { on: true, writesLeft };
  for (const method of ['add', 'put', 'delete', 'clear'] as const) {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = original.apply(this, args);
      const tx = this.transaction;
      if (!w.storageFull.on || tx.mode !== 'readwrite' || w.storageFull.writesLeft-- > 0) return request;
      const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      Object.defineProperty(request, 'error', { get: () => full });
      Object.defineProperty(tx, 'error', { get: () => full });
      tx.abort();
      return request;
    } as never;
  }
}

/**
 * Fills the storage: the quota becomes what is already used (CDP Storage.overrideQuotaForOrigin).
 * Chromium 156 accepts that override (Storage.getUsageAndQuota reports it) but its IndexedDB
 * still commits past it, so when a probe write goes through, a stand-in does what a disk that fills
 * up in the middle of a change does: one more write goes in, then every transaction that writes
 * is aborted by IndexedDB itself with a QuotaExceededError, as Chromium reports a full disk.
 * IndexedDB's own rollback then decides what is left, so a change split over two transactions
 * would show as half-written.
 */
async function fillStorage(page: Page): Promise<{ lift: () => Promise<void>; how: string }> {
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage });
  if (await writeIsRefusedForQuota(page)) {
    return {
      how: 'quota override',
      lift: async () => void (await cdp.send('Storage.overrideQuotaForOrigin', { origin })),
    };
  }
  await page.evaluate(failWritesAfter, 1);
  return {
    how: 'stand-in (the quota override has no effect on IndexedDB here)',
    lift: async () => {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await page.evaluate(() => {
        (window as unknown as { storageFull: { on: boolean } }).storageFull.on = false;
      });
    },
  };
}

test('with the storage full, Add student says so, keeps the typing, and writes nothing half-way', async ({
  page,
}, testInfo) => {
  await openSampleClass(page);
  const roster = page.getByRole('table').first();
  const before = await storedCounts(page, ['students', 'enrollments']);
  const rowsBefore = await roster.getByRole('row').count();

  await page.getByRole('button', { name: 'Add student' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add student' });
  await dialog.getByLabel('First name').fill('Quota');
  await dialog.getByLabel('Last name').fill('Tester');
  const storage = await fillStorage(page);
  testInfo.annotations.push({ type: 'full storage by', description: storage.how });
  await dialog.getByRole('button', { name: 'Add student' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'storage for the app is full' })).toContainText(
    'Free some disk space',
  );
  await expect(page.getByRole('alert')).toHaveCount(1);
  // The dialog is still open with what was typed, and neither the student nor the enrollment went in.
  await expect(dialog.getByLabel('First name')).toHaveValue('Quota');
  expect(await storedCounts(page, ['students', 'enrollments'])).toEqual(before);
  await expect(roster.getByRole('row')).toHaveCount(rowsBefore);

  // With room again, the same click saves.
  await storage.lift();
  await dialog.getByRole('button', { name: 'Add student' }).click();
  await expect(dialog).toBeHidden();
  await expect(roster.getByRole('row')).toHaveCount(rowsBefore + 1);
  expect(await storedCounts(page, ['students', 'enrollments'])).toEqual({
    students: before.students! + 1,
    enrollments: before.enrollments! + 1,
  });
});

test('when the sample class cannot be written on first run, the teacher is told, and the next start loads it', async ({
  page,
}) => {
  await page.addInitScript(failWritesAfter, 0);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Classes', level: 1 })).toBeVisible();
  const told = page.getByRole('alert').filter({ hasText: 'The sample class could not be set up' });
  await expect(told).toContainText('storage for the app is full');
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' })).toHaveCount(0);

  // The next start, with room again, loads it.
  const next = await page.context().newPage();
  await next.goto('/');
  await expect(next.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' })).toBeVisible();
});

/** 300,000 skills, one in ten a parent of the nine after it. */
function bigSkillsCsv(path: string) {
  const lines = ['Code,Statement,Parent Code'];
  for (let i = 0; i < 300_000; i++) {
    const parent = i % 10 === 0 ? '' : `S.${i - (i % 10)}`;
    lines.push(`S.${i},Skill ${i}: explain and apply the idea in a new situation,${parent}`);
  }
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}

test('a 300,000-row skills CSV shows progress, can be cancelled, and then says why it cannot be imported, while the window keeps painting', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const file = testInfo.outputPath('all-the-skills.csv');
  bigSkillsCsv(file);

  await openApp(page);
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('button', { name: 'New framework' }).click();
  const dialog = page.getByRole('dialog', { name: 'New framework' });
  await dialog.getByLabel('Framework name').fill('Everything');
  await dialog.getByRole('button', { name: 'Create framework' }).click();
  await page.getByRole('link', { name: 'Import skills CSV' }).click();

  // First run: it reads, says how far it is, and stops when asked.
  await pickPath(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), file);
  const progress = page.getByRole('group', { name: 'Reading the file' });
  await expect(progress).toContainText('all-the-skills.csv');
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(progress).toContainText(/\d+ %/);
  await expect(progress).toContainText(/rows/);
  await progress.getByRole('button', { name: 'Cancel reading' }).click();
  await expect(progress).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Stopped reading all-the-skills.csv' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bring in a list of skills' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import .* skills$/ })).toHaveCount(0);

  // Second run: all the way, the window painting throughout.
  await watchFrames(page);
  await pickPath(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), file);
  await expect(progress).toBeVisible();
  const summary = page.getByRole('status').filter({ hasText: /all-the-skills\.csv: [\d,]+ rows/ });
  await expect(summary).toContainText(
    '300,000 rows. Too many skills for one framework: nothing will be imported.',
    {
      timeout: 180_000,
    },
  );
  const gaps = await frameGaps(page);
  testInfo.annotations.push({
    type: 'frames while reading (skills CSV)',
    description: `longest gap ${gaps.longest} ms; ${gaps.overTarget} gaps over ${FRAME_GAP_TARGET_MS} ms`,
  });
  expect(gaps.longest).toBeLessThan(FRAME_GAP_LIMIT_MS);

  // Why not, in words, and nothing to click that would try.
  await expect(page.getByRole('alert').filter({ hasText: 'takes at most 50,000' })).toContainText(
    'split it into smaller files',
  );
  await expect(page.getByRole('button', { name: 'Import 300,000 skills' })).toBeDisabled();
  await expect(page.getByRole('table', { name: 'Import preview' }).getByRole('row')).toHaveCount(51);
});

test('a 61 MB CASE package shows progress, can be cancelled, and then imports, while the window keeps painting', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const file = testInfo.outputPath('state-standards.json');
  const { items, bytes } = bigCasePackage(file);
  expect(bytes).toBeGreaterThan(61 * 1024 * 1024);

  await openApp(page);
  await page.getByRole('link', { name: 'Skills library' }).click();
  await page.getByRole('link', { name: 'Import CASE standards' }).click();

  await pickPath(page, () => page.getByRole('button', { name: 'Choose file…' }).click(), file);
  const progress = page.getByRole('group', { name: 'Reading the file' });
  await expect(progress).toContainText('state-standards.json');
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel reading' }).click();
  await expect(progress).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Stopped reading state-standards.json' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bring in published standards' })).toBeVisible();

  await watchFrames(page);
  await pickPath(page, () => page.getByRole('button', { name: 'Choose file…' }).click(), file);
  await expect(progress).toBeVisible();
  const summary = page.getByRole('status').filter({ hasText: 'All State Standards' });
  await expect(summary).toContainText(`${items.toLocaleString('en-US')} skills`, { timeout: 180_000 });
  const gaps = await frameGaps(page);
  testInfo.annotations.push({
    type: 'frames while reading (CASE)',
    description: `longest gap ${gaps.longest} ms; ${gaps.overTarget} gaps over ${FRAME_GAP_TARGET_MS} ms`,
  });
  expect(gaps.longest).toBeLessThan(FRAME_GAP_LIMIT_MS);

  await page.getByRole('button', { name: `Import ${items.toLocaleString('en-US')} skills` }).click();
  await expect(page.getByRole('heading', { name: /All State Standards/ })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: `Imported ${items.toLocaleString('en-US')} skills` })).toBeVisible();
});

test('a 100,000-row roster shows progress while it is read, and can be cancelled', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const file = testInfo.outputPath('district.csv');
  // A district export: the columns a roster needs among the many a student information system writes.
  const lines = [
    'Student ID,Last Name,First Name,Middle Name,Email,Period,Grade,Homeroom,Birthdate,Address,City,Guardian Email,Program',
  ];
  for (let i = 0; i < 100_000; i++) {
    lines.push(
      `${String(i).padStart(7, '0')},Family${i},Given${i},M,s${i}@school.example,${i % 7},${6 + (i % 3)},Room ${i % 40},2013-0${1 + (i % 9)}-1${i % 10},"${i} Long Street, Apt ${i % 50}",Springfield,guardian${i}@mail.example,General`,
    );
  }
  writeFileSync(file, lines.join('\r\n'));

  await openSampleClass(page);
  await page.getByRole('link', { name: 'Import roster CSV' }).first().click();
  await pickPath(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), file);
  const progress = page.getByRole('group', { name: 'Reading the file' });
  await expect(progress).toContainText('district.csv');
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel reading' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Bring in your class list' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import .* students$/ })).toHaveCount(0);
});

/** The sample class's student IDs and tracked skill codes, read straight from IndexedDB. */
async function sampleIdsAndCodes(page: Page): Promise<{ ids: string[]; codes: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('blendwise');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const classes = await all<{ id: string; name: string }>('classes');
    const classId = classes.find((c) => c.name === 'Grade 6 Math — Period 2')!.id;
    const enrolled = new Set((await all<{ classId: string; studentId: string }>('enrollments')).filter((e) => e.classId === classId).map((e) => e.studentId));
    const tracked = new Set((await all<{ classId: string; skillId: string }>('classSkills')).filter((c) => c.classId === classId).map((c) => c.skillId));
    const ids = (await all<{ id: string; studentNumber: string }>('students')).filter((s) => enrolled.has(s.id) && s.studentNumber).map((s) => s.studentNumber);
    const codes = (await all<{ id: string; code: string }>('skills')).filter((s) => tracked.has(s.id)).map((s) => s.code);
    db.close();
    return { ids, codes };
  });
}

test("a school's 100,000-score results export is checked and imported while the window keeps painting, and the same file again adds nothing", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await openSampleClass(page);
  const { ids, codes } = await sampleIdsAndCodes(page);
  // Twenty weeks of the class's scores, then the rest of the school's.
  const lines = ['Student ID,Standard,Score,Date,Source'];
  for (let w = 0; w < 20; w++) {
    const date = new Date(Date.UTC(2025, 8, 1 + w * 7)).toISOString().slice(0, 10);
    for (const id of ids) for (const code of codes) lines.push(`${id},${code},${1 + ((w + lines.length) % 4)},${date},Weekly check ${w + 1}`);
  }
  const ours = lines.length - 1;
  for (let i = 0; i < 100_000; i++) lines.push(`S${String(i).padStart(6, '0')},${codes[i % codes.length]},3,2025-10-01,School diagnostic`);
  const file = testInfo.outputPath('school-results.csv');
  writeFileSync(file, lines.join('\r\n'));
  const before = (await storedCounts(page, ['evidence'])).evidence!;

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import results' }).click();
  await watchFrames(page);
  await pickPath(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), file);
  const importButton = page.getByRole('button', { name: `Import ${ours.toLocaleString('en-US')} scores` });
  await expect(importButton).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'school-results.csv' })).toContainText('100,000 have problems and will be left out');
  const reading = await frameGaps(page);
  expect(reading.longest, `longest gap between frames while the file was read and checked (${reading.overTarget} past ${FRAME_GAP_TARGET_MS} ms)`).toBeLessThan(FRAME_GAP_LIMIT_MS);

  await watchFrames(page);
  await importButton.click();
  await expect(page.getByRole('heading', { name: 'Tracker', level: 1 })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`Imported ${ours.toLocaleString('en-US')} scores from school-results.csv.`)).toBeVisible();
  const importing = await frameGaps(page);
  expect(importing.longest, `longest gap between frames while the scores were written (${importing.overTarget} past ${FRAME_GAP_TARGET_MS} ms)`).toBeLessThan(FRAME_GAP_LIMIT_MS);
  expect((await storedCounts(page, ['evidence'])).evidence).toBe(before + ours);

  // Read again, every score of the file is already recorded: nothing to import.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import results' }).click();
  await pickPath(page, () => page.getByRole('button', { name: 'Choose CSV file…' }).click(), file);
  await expect(page.getByRole('button', { name: 'Import 0 scores' })).toBeDisabled({ timeout: 60_000 });
});

test('a backup holding 50,000 scores is checked, restored and saved again while the window keeps painting, every score and cell with it', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openSampleClass(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const sampleBackup = await (await download).path();
  const backup = JSON.parse(readFileSync(sampleBackup, 'utf8')) as {
    tables: {
      classes: { id: string }[];
      enrollments: { classId: string; studentId: string }[];
      classSkills: { classId: string; skillId: string }[];
      evidence: ({ classId: string; studentId: string; skillId: string; score: number | null } & Record<string, unknown>)[];
    };
  };
  // A year and more of weekly scores, on the sample class's students and skills.
  const classId = backup.tables.classes[0]!.id;
  const students = backup.tables.enrollments.filter((e) => e.classId === classId).map((e) => e.studentId);
  const skills = backup.tables.classSkills.filter((c) => c.classId === classId).map((c) => c.skillId);
  const before = backup.tables.evidence.length;
  for (let i = 0; i < 50_000; i++) {
    backup.tables.evidence.push({
      id: `backfill-${i}`,
      classId,
      studentId: students[i % students.length]!,
      skillId: skills[Math.floor(i / students.length) % skills.length]!,
      score: 1 + (i % 4),
      date: new Date(Date.UTC(2025, 0, 1 + (i % 600))).toISOString().slice(0, 10),
      source: 'Backfill',
      note: '',
      createdAt: '2026-01-01T00:00:00.000Z',
      rev: 0,
    });
  }
  const file = testInfo.outputPath('Blendwise backup.json');
  writeFileSync(file, JSON.stringify(backup));

  // A district-sized backup (four times the scores) takes seconds to check: the bar says what is
  // being checked, and Cancel stops it with nothing changed.
  const big = testInfo.outputPath('Big backup.json');
  const copies = [1, 2, 3].flatMap((n) => backup.tables.evidence.slice(before).map((e) => ({ ...e, id: `${e.id}-${n}` })));
  writeFileSync(big, JSON.stringify({ ...backup, tables: { ...backup.tables, evidence: [...backup.tables.evidence, ...copies] } }));
  await pickPath(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), big);
  const progress = page.getByRole('group', { name: 'Reading the file' });
  await expect(progress).toContainText('Checking Big backup.json');
  await progress.getByRole('button', { name: 'Cancel reading' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped checking the backup. Nothing on this computer was changed.' })).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toHaveCount(0);

  await watchFrames(page);
  await pickPath(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), file);
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toBeVisible({ timeout: 60_000 });
  const checking = await frameGaps(page);
  expect(checking.longest, `longest gap between frames while the backup was checked (${checking.overTarget} past ${FRAME_GAP_TARGET_MS} ms)`).toBeLessThan(FRAME_GAP_LIMIT_MS);

  // Stopped part-way, a restore changes nothing.
  const here = (await storedCounts(page, ['evidence'])).evidence;
  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  await confirm.getByRole('button', { name: 'Stop restoring' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped restoring the backup. Nothing on this computer was changed.' })).toBeVisible();
  await expect(confirm).toHaveCount(0);
  expect((await storedCounts(page, ['evidence'])).evidence).toBe(here);
  await pickPath(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), file);
  await expect(confirm).toBeVisible({ timeout: 60_000 });

  await watchFrames(page);
  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  // Tens of thousands of rows take a while to write: the dialog says how far it has come.
  await expect(confirm.getByRole('progressbar', { name: 'Restoring the backup' })).toBeVisible();
  await expect(confirm).toContainText(/Writing [\d,]+ of [\d,]+ records…/);
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup made on' })).toBeVisible({ timeout: 120_000 });
  const restoring = await frameGaps(page);
  expect(restoring.longest, `longest gap between frames while the backup was written (${restoring.overTarget} past ${FRAME_GAP_TARGET_MS} ms)`).toBeLessThan(FRAME_GAP_LIMIT_MS);
  expect((await storedCounts(page, ['evidence'])).evidence).toBe(before + 50_000);
  // The cells are rebuilt from the restored scores: one per class, student and skill with a score.
  const cells = new Set(backup.tables.evidence.filter((e) => typeof e.score === 'number').map((e) => `${e.classId}|${e.studentId}|${e.skillId}`)).size;
  expect((await storedCounts(page, ['cells'])).cells).toBe(cells);

  // Saving it again: the file is written in the worker and handed to the window as bytes.
  await watchFrames(page);
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const again = JSON.parse(readFileSync(await (await saved).path(), 'utf8')) as typeof backup;
  const saving = await frameGaps(page);
  expect(saving.longest, `longest gap between frames while the backup was saved (${saving.overTarget} past ${FRAME_GAP_TARGET_MS} ms)`).toBeLessThan(FRAME_GAP_LIMIT_MS);
  expect(again.tables.evidence).toHaveLength(before + 50_000);

  // Restoring the small sample backup over them, then taking that back: Undo writes the 50,000
  // scores back, and says how far it has got until it is done.
  await pickPath(page, () => page.getByRole('button', { name: 'Restore from a backup…' }).click(), sampleBackup);
  await confirm.getByRole('button', { name: 'Replace my data with this backup' }).click();
  const restored = page.getByRole('status').filter({ hasText: 'Restored the backup made on' });
  await expect(restored).toBeVisible({ timeout: 60_000 });
  expect((await storedCounts(page, ['evidence'])).evidence).toBe(before);
  await watchFrames(page);
  await restored.getByRole('button', { name: 'Undo' }).click();
  const undoing = page.getByRole('status').filter({ hasText: 'Undoing… Keep Blendwise open until it is done.' });
  await expect(undoing.getByRole('progressbar', { name: 'Records written' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Restored the backup made on' })).toBeVisible({ timeout: 120_000 });
  await expect(undoing).toHaveCount(0);
  const puttingBack = await frameGaps(page);
  expect(puttingBack.longest, `longest gap between frames while the undo wrote the scores back (${puttingBack.overTarget} past ${FRAME_GAP_TARGET_MS} ms)`).toBeLessThan(FRAME_GAP_LIMIT_MS);
  expect((await storedCounts(page, ['evidence'])).evidence).toBe(before + 50_000);
});
