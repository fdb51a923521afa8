// The node side of the district figures (browser/district.tsx): a bench page of their own origin,
// the district-size files a school data person picks, and the clicks that import them.
import type { Page } from '@playwright/test';
import { BROWSER_API_GLOBAL, type BrowserBenchApi, type BrowserMeasure } from './api';
import type { BenchContext } from './figures';
import { startProfile } from './profile';
import { bigCasePackage, bigSkillsCsv, districtRosterCsv, oneRosterExportFiles } from './bigFiles';
import { resultsCsv } from './resultsFile';

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

async function choose(page: Page, button: string, file: string | string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}


/**
 * Marks the start of a phase in the page's frame record; with BENCH_PROFILE=1 also ends the CPU
 * profile of the phase before (dist/bench-<figure>-<phase>.cpuprofile, its top functions printed)
 * and starts one for this phase.
 */
function phases(page: Page, figure: string) {
  let profiling: { name: string; stop(name: string): Promise<void> } | null = null;
  const endProfile = async () => {
    if (profiling) await profiling.stop(`${figure}-${profiling.name}`);
    profiling = null;
  };
  return {
    async mark(name: string) {
      await runOn(page, 'framesMark', { name });
      await endProfile();
      if (process.env.BENCH_PROFILE) profiling = { name, ...(await startProfile(page)) };
    },
    end: endProfile,
  };
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
 * class's roster. Every frame is recorded; phases: reading (file chosen to the rows read in the
 * worker), previewing (checked, matched with the students on file, sent over and shown, to the
 * preview's Import button), importing (click to the app going to the class's page: the write),
 * opening (to the class's page shown), roster (to the roster painted with every row counted). Then the database is put back as seeded.
 */
export async function importRosterWatched(ctx: BenchContext, rows: number): Promise<BrowserMeasure> {
  const file = districtRosterCsv(rows);
  const page = await districtPage(ctx);
  await page.bringToFront();
  const setup = await runOn(page, 'framesStart', { path: '/classes/:class/import' });
  const phase = phases(page, `district-roster-${rows}`);
  try {
    await phase.mark('reading');
    await choose(page, 'Choose CSV file…', file);
    const label = `Import ${rows.toLocaleString('en-US')} students`;
    const ready = (text: string) => [...document.querySelectorAll('main button')].some((b) => b.textContent === text && !(b as HTMLButtonElement).disabled);
    // Read in the worker; then checked and matched with the students on file there, and the preview
    // sent over and shown (the progress line says "Checking …" from the end of the reading on).
    await until(page, (text) => /^Checking /.test(document.querySelector('main [aria-label="Reading the file"] strong')?.textContent ?? '') || [...document.querySelectorAll('main button')].some((b) => b.textContent === text), label);
    await phase.mark('previewing');
    await until(page, ready, label);
    await phase.mark('importing');
    await page.getByRole('button', { name: label, exact: true }).click();
    // The import is written in the worker; when it is done, the app goes to the class's page.
    await until(page, () => /^#\/classes\/[^/]+$/.test(location.hash), null);
    await phase.mark('opening');
    await until(page, (name) => document.querySelector('main h1')?.textContent === name, 'Imported · district file');
    await phase.mark('roster');
    await until(page, (count) => !!document.querySelector(`main table[aria-label="Roster"][aria-rowcount="${count}"]`), rows + 1);
    await phase.end();
    const frames = await runOn(page, 'framesStop');
    return { value: frames.value, details: { rows, ...setup.details, ...frames.details } };
  } finally {
    await phase.end();
    await runOn(page, 'framesCleanup');
  }
}

/** Reads the 300,000-row skills CSV into a new framework, to the preview that says why it cannot be imported. */
export async function readSkillsWatched(ctx: BenchContext): Promise<BrowserMeasure> {
  const file = bigSkillsCsv();
  const page = await districtPage(ctx);
  await page.bringToFront();
  await runOn(page, 'framesStart', { path: '/skills' });
  const phase = phases(page, 'district-skills');
  try {
    await page.getByRole('button', { name: 'New framework' }).click();
    const dialog = page.getByRole('dialog', { name: 'New framework' });
    await dialog.getByLabel('Framework name').fill('Everything');
    await dialog.getByRole('button', { name: 'Create framework' }).click();
    await page.getByRole('link', { name: 'Import skills CSV' }).click();
    await phase.mark('reading');
    await choose(page, 'Choose CSV file…', file);
    await until(page, () => [...document.querySelectorAll('[role=status]')].some((e) => /300,000 rows/.test(e.textContent ?? '')), null);
    await phase.mark('preview');
    await until(page, () => !!document.querySelector('table[aria-label="Import preview"]'), null);
    await phase.end();
    const frames = await runOn(page, 'framesStop');
    return { value: frames.value, details: frames.details };
  } finally {
    await phase.end();
    await runOn(page, 'framesCleanup');
  }
}

/**
 * The main bench page (its own database, which the "empty" figures delete and leave empty, as
 * oneroster-import-100k does), brought to the front: a page behind the district page is hidden,
 * and a hidden page gets no animation frames at all.
 */
async function mainPage(ctx: BenchContext): Promise<Page> {
  const page = await ctx.page();
  await page.bringToFront();
  return page;
}

/** Whether main holds an enabled button whose text matches `pattern` (a RegExp source). */
const enabledButton = (pattern: string) =>
  [...document.querySelectorAll('main button')].some((b) => new RegExp(pattern).test(b.textContent ?? '') && !(b as HTMLButtonElement).disabled);

/**
 * Reads the 61 MB CASE package into a fresh database and imports it: file chosen to the preview
 * (reading: in the worker, then the tree sent over and shown), Import click to the framework's
 * page with the import's message (importing).
 */
export async function caseWatched(ctx: BenchContext): Promise<BrowserMeasure> {
  const { file, items, bytes } = bigCasePackage();
  const page = await mainPage(ctx);
  await runOn(page, 'framesStart', { database: 'empty', path: '/skills-import/case' });
  const phase = phases(page, 'case');
  try {
    await phase.mark('reading');
    await choose(page, 'Choose file…', file);
    await until(page, enabledButton, '^Import [\\d,]+ skills$');
    await phase.mark('importing');
    await page.getByRole('button', { name: /^Import [\d,]+ skills$/ }).click();
    await until(page, () => location.hash.startsWith('#/skills/') && [...document.querySelectorAll('[role=status]')].some((e) => /^Imported /.test(e.textContent ?? '')), null);
    await phase.end();
    const frames = await runOn(page, 'framesStop');
    return { value: frames.value, details: { items, megabytes: Math.round(bytes / 1024 / 1024), ...frames.details } };
  } finally {
    await phase.end();
    await runOn(page, 'framesCleanup');
  }
}

/**
 * A results file into one class (fresh database): a year of its weekly scores and a school's
 * scores for students not in it. Reading (file chosen to the preview's Import button: read and
 * checked against the scores on file in the worker), importing (click to the tracker with the
 * import's message: written in the worker), tracker (to its cells painted).
 */
export async function resultsWatched(ctx: BenchContext, weeks: number, others: number): Promise<BrowserMeasure> {
  const { file, rows, classRows } = resultsCsv(weeks, others);
  const page = await mainPage(ctx);
  await runOn(page, 'framesStart', { database: 'empty', seed: 'results-class', path: '/classes/:class/import-results' });
  const phase = phases(page, 'results');
  try {
    await phase.mark('reading');
    await choose(page, 'Choose CSV file…', file);
    await until(page, enabledButton, '^Import [\\d,]+ scores$');
    await phase.mark('importing');
    await page.getByRole('button', { name: /^Import [\d,]+ scores$/ }).click();
    await until(page, () => location.hash.endsWith('/tracker') && [...document.querySelectorAll('[role=status]')].some((e) => /^Imported /.test(e.textContent ?? '')), null);
    await phase.mark('tracker');
    await until(page, () => [...document.querySelectorAll('[role=grid] [role=gridcell] .cell-value')].some((e) => !!e.textContent), null);
    await phase.end();
    const frames = await runOn(page, 'framesStop');
    return { value: frames.value, details: { rows, classRows, ...frames.details } };
  } finally {
    await phase.end();
    await runOn(page, 'framesCleanup');
  }
}

/**
 * A district's OneRoster export (its CSV files) read into a fresh database and imported through
 * the OneRoster screen: reading (files chosen to the preview's Import button: read, planned and
 * sent over in the worker), importing (click to the first class's page: written in the worker),
 * roster (to that class's roster painted).
 */
export async function oneRosterWatched(ctx: BenchContext, students: number, classes: number): Promise<BrowserMeasure> {
  const files = oneRosterExportFiles(students, classes);
  const page = await mainPage(ctx);
  await runOn(page, 'framesStart', { database: 'empty', path: '/import/oneroster' });
  const phase = phases(page, 'oneroster');
  try {
    await phase.mark('reading');
    await choose(page, 'Choose files…', files);
    await until(page, enabledButton, '^Import [\\d,]+ classes$');
    await phase.mark('importing');
    await page.getByRole('button', { name: /^Import [\d,]+ classes$/ }).click();
    await until(page, () => /^#\/classes\/[^/]+$/.test(location.hash), null);
    await phase.mark('roster');
    await until(page, () => (document.querySelector('main table[aria-label="Roster"]')?.querySelectorAll('tbody tr').length ?? 0) > 0, null);
    await phase.end();
    const frames = await runOn(page, 'framesStop');
    return { value: frames.value, details: { students, classes, ...frames.details } };
  } finally {
    await phase.end();
    await runOn(page, 'framesCleanup');
  }
}
