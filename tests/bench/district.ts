// The node side of the district figures (browser/district.tsx): a bench page of their own origin,
// the district-size files a school data person picks, and the clicks that import them.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BROWSER_API_GLOBAL, type BrowserBenchApi, type BrowserMeasure } from './api';
import type { BenchContext } from './figures';

/**
 * The bench page again, under the host name "localhost": another origin, so another IndexedDB.
 * The district database is seeded there and never in the year-of-data database of the other
 * figures (which BENCH_KEEP_DB keeps between runs).
 */
export function districtPage(ctx: BenchContext): Promise<Page> {
  let page = ctx.shared.get('districtPage') as Promise<Page> | undefined;
  if (!page) {
    page = (async () => {
      const main = await ctx.page();
      const url = new URL(main.url());
      url.hostname = 'localhost';
      const p = await main.context().newPage();
      p.on('pageerror', (err) => console.error(`[district page] ${err.message}`));
      p.on('console', (msg) => {
        if (msg.type() === 'error') console.error(`[district page] ${msg.text()}`);
        else if (msg.text().startsWith('[district]')) console.log(msg.text());
      });
      await p.goto(url.toString());
      await p.waitForFunction((g) => g in window, BROWSER_API_GLOBAL);
      return p;
    })();
    ctx.shared.set('districtPage', page);
  }
  return page;
}

export function runOn(page: Page, name: string, options: Record<string, unknown> = {}): Promise<BrowserMeasure> {
  return page.evaluate(
    ([g, fn, opts]) => {
      const api = (window as unknown as Record<string, BrowserBenchApi>)[g];
      const f = api?.[fn];
      if (!f) throw new Error(`The bench page has no function "${fn}".`);
      return f(opts);
    },
    [BROWSER_API_GLOBAL, name, options] as const,
  );
}

const GIVEN = ['Amara', 'Ben', 'Chloé', 'Dev', 'Elif', 'Finn', 'Grace', 'Hiro', 'Isla', 'Jonah', 'Kaia', 'Liam', 'Maya', 'Noah', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Siddharth', 'Tomasz', 'Uma', 'Víctor', 'Wen', 'Ximena', 'Yusuf', 'Zoë'];
const FAMILY = ['Abbott', 'Baptiste', 'Chen', 'Duarte', 'Eriksen', 'Fofana', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Mbeki', 'Nguyen', 'Okafor', 'Patel', "O'Neil", 'Quispe', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Wright', 'Xu', 'Yilmaz', 'Zuberi'];

/**
 * A district's roster export: `rows` students with the many columns a student information system
 * writes, their names from the same lists as the district database's students (so names repeat,
 * as Marías and Chens do in a district) and Student IDs none of them has yet.
 */
export function districtRosterCsv(rows: number): string {
  const file = path.join(os.tmpdir(), `blendwise-bench-roster-${rows}.csv`);
  const lines = ['Student ID,Last Name,First Name,Middle Name,Email,Period,Grade,Homeroom,Birthdate,Address,City,Guardian Email,Program'];
  for (let i = 0; i < rows; i++) {
    const id = String(i).padStart(7, '0');
    lines.push(
      `${id},${FAMILY[(i * 7) % FAMILY.length]},${GIVEN[(i * 11) % GIVEN.length]},M,s${id}@school.example,${1 + (i % 7)},${6 + (i % 7)},Room ${i % 40},2013-0${1 + (i % 9)}-1${i % 10},"${i} Long Street, Apt ${i % 50}",Springfield,guardian${i}@mail.example,General`,
    );
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

/** 300,000 skills, one in ten a parent of the nine after it (as in the failures-and-progress e2e). */
export function bigSkillsCsv(): string {
  const file = path.join(os.tmpdir(), 'blendwise-bench-skills-300000.csv');
  const lines = ['Code,Statement,Parent Code'];
  for (let i = 0; i < 300_000; i++) {
    const parent = i % 10 === 0 ? '' : `S.${i - (i % 10)}`;
    lines.push(`S.${i},Skill ${i}: explain and apply the idea in a new situation,${parent}`);
  }
  writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

async function choose(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

const LONG = { timeout: 900_000 };

/**
 * Waits for `check` in the page, looking four times a second with a plain DOM query: Playwright's
 * role queries walk the whole page's accessibility tree at every poll, which would take the main
 * thread from the app being measured.
 */
async function until<A extends string | number | null>(page: Page, check: (arg: A) => boolean, arg: A): Promise<void> {
  await page.waitForFunction(check as (arg: unknown) => boolean, arg, { polling: 250, ...LONG });
}

/**
 * Imports a roster file of `rows` rows into a new class of the district database, the way a
 * school data person does: choose the file, wait for the preview, click Import, wait for the
 * class's roster. Every frame is recorded; phases: reading (file chosen to the preview's Import
 * button), importing (click to the class page), roster (to the roster painted with every row
 * counted). Then the database is put back as seeded.
 */
export async function importRosterWatched(ctx: BenchContext, rows: number): Promise<BrowserMeasure> {
  const file = districtRosterCsv(rows);
  const page = await districtPage(ctx);
  const setup = await runOn(page, 'districtFramesStart', { path: '/classes/:class/import' });
  try {
    await runOn(page, 'districtFramesMark', { name: 'reading' });
    await choose(page, 'Choose CSV file…', file);
    const label = `Import ${rows} students`;
    await until(page, (text) => [...document.querySelectorAll('main button')].some((b) => b.textContent === text && !(b as HTMLButtonElement).disabled), label);
    await runOn(page, 'districtFramesMark', { name: 'importing' });
    await page.getByRole('button', { name: label, exact: true }).click();
    await until(page, (name) => document.querySelector('main h1')?.textContent === name, 'Imported · district file');
    await runOn(page, 'districtFramesMark', { name: 'roster' });
    await until(page, (count) => !!document.querySelector(`main table[aria-label="Roster"][aria-rowcount="${count}"]`), rows + 1);
    const frames = await runOn(page, 'districtFramesStop');
    return { value: frames.value, details: { rows, ...setup.details, ...frames.details } };
  } finally {
    await runOn(page, 'districtFramesCleanup');
  }
}

/** Reads the 300,000-row skills CSV into a new framework, to the preview that says why it cannot be imported. */
export async function readSkillsWatched(ctx: BenchContext): Promise<BrowserMeasure> {
  const file = bigSkillsCsv();
  const page = await districtPage(ctx);
  await runOn(page, 'districtFramesStart', { path: '/skills' });
  try {
    await page.getByRole('button', { name: 'New framework' }).click();
    const dialog = page.getByRole('dialog', { name: 'New framework' });
    await dialog.getByLabel('Framework name').fill('Everything');
    await dialog.getByRole('button', { name: 'Create framework' }).click();
    await page.getByRole('link', { name: 'Import skills CSV' }).click();
    await runOn(page, 'districtFramesMark', { name: 'reading' });
    await choose(page, 'Choose CSV file…', file);
    await until(page, () => [...document.querySelectorAll('[role=status]')].some((e) => /300000 rows/.test(e.textContent ?? '')), null);
    await runOn(page, 'districtFramesMark', { name: 'preview' });
    await until(page, () => !!document.querySelector('table[aria-label="Import preview"]'), null);
    const frames = await runOn(page, 'districtFramesStop');
    return { value: frames.value, details: frames.details };
  } finally {
    await runOn(page, 'districtFramesCleanup');
  }
}
