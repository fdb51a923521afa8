// The start-up figures: what the first screen costs to load (gzip bytes of the scripts the sample
// tracker needs to paint, read from the build's own manifest), and how long a cold start to the
// painted tracker takes against a blank React page built the same way, measured in one run.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { BenchContext } from './figures';
import { serveStatic } from './serve';
import { STARTUP_MARKS } from '../../renderer/app/startupMarks';

type ManifestChunk = { file: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

type Builds = { root: string; appDir: string; blankDir: string };

/** The screen the figures are about: the tracker, as the sample class opens on it. */
export const TRACKER_MODULE = 'mastery/tracker/TrackerPage.tsx';
const CLASSES_MODULE = 'roster/ClassesPage.tsx';

/**
 * The app's production build (its own vite.config.ts, with a manifest) and the blank React page,
 * built once per run however many figures use them.
 */
function builds(ctx: BenchContext): Promise<Builds> {
  let made = ctx.shared.get('startupBuilds') as Promise<Builds> | undefined;
  if (!made) {
    made = (async () => {
      const root = process.cwd();
      const out = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(root, 'dist/bench');
      const appDir = `${out}-app`;
      const blankDir = `${out}-blank`;
      const { build } = await import('vite');
      const react = (await import('@vitejs/plugin-react')).default;
      await build({
        configFile: path.join(root, 'vite.config.ts'),
        root: path.join(root, 'renderer'),
        logLevel: 'warn',
        build: { outDir: appDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
      });
      // "Built the same way": Vite, the React plugin, the app's target and minifier.
      await build({
        configFile: false,
        root: path.join(root, 'tests/bench/browser/blank'),
        base: './',
        plugins: [react()],
        logLevel: 'warn',
        build: { outDir: blankDir, emptyOutDir: true, target: 'chrome120', reportCompressedSize: false },
      });
      return { root, appDir, blankDir };
    })();
    ctx.shared.set('startupBuilds', made);
  }
  return made;
}

/** The manifest key of the chunk built from `module` (a path under renderer/). */
function keyOf(manifest: Manifest, module: string): string {
  const key = Object.keys(manifest).find((k) => k === module || k.endsWith(`/${module}`));
  if (!key) throw new Error(`The build's manifest has no chunk for ${module}.`);
  return key;
}

/**
 * Every script a screen needs before it can paint: the entry and what it imports statically, and
 * the screen's own chunk and what that imports statically. Chunks loaded later (import() inside
 * a screen, the menu commands) are not counted.
 */
export function firstScreenFiles(manifest: Manifest, screenModule: string): string[] {
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) walk(next);
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the build, found ${entries.length}.`);
  walk(entries[0]!);
  walk(keyOf(manifest, screenModule));
  return [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
}

async function gzipKb(dir: string, files: string[]): Promise<{ kb: number; biggest: string }> {
  const sizes = await Promise.all(
    files.map(async (f) => ({ f, gz: gzipSync(await readFile(path.join(dir, f)), { level: 9 }).length })),
  );
  sizes.sort((a, b) => b.gz - a.gz);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return {
    kb: kb(sizes.reduce((sum, s) => sum + s.gz, 0)),
    biggest: sizes
      .slice(0, 3)
      .map((s) => `${path.basename(s.f).replace(/-[\w-]{8}\.js$/, '')} ${kb(s.gz)}`)
      .join(', '),
  };
}

/**
 * The scripts index.html itself loads (the entry, and the classic script that starts the first
 * screen's chunks downloading): every start runs them, whichever screen it opens on.
 */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="(?:\.\/)?([^"]+)"/g)].map((m) => m[1]!);
}

export async function firstScreenJs(ctx: BenchContext) {
  const { appDir } = await builds(ctx);
  const manifest = JSON.parse(await readFile(path.join(appDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const inPage = pageScripts(await readFile(path.join(appDir, 'index.html'), 'utf8'));
  const withPage = (files: string[]) => [...new Set([...files, ...inPage])];
  const tracker = withPage(firstScreenFiles(manifest, TRACKER_MODULE));
  const classes = withPage(firstScreenFiles(manifest, CLASSES_MODULE));
  const all = Object.values(manifest).map((c) => c.file).filter((f) => f.endsWith('.js'));
  const [t, c, whole] = await Promise.all([gzipKb(appDir, tracker), gzipKb(appDir, classes), gzipKb(appDir, all)]);
  return {
    value: t.kb,
    details: { trackerKb: t.kb, trackerFiles: tracker.length, biggest: t.biggest, classesKb: c.kb, classesFiles: classes.length, allScriptsKb: whole.kb, allFiles: all.length },
  };
}

// ---- cold start ----

/**
 * Set up in the page before its own scripts run: resolves with performance.now() (ms since the
 * navigation started) at the first frame after `selector` matches an element with text, two
 * animation frames on, so the frame holding it has been painted.
 */
function watchForPaint(selector: string) {
  const w = window as unknown as { __paintedAt: Promise<number> };
  w.__paintedAt = new Promise<number>((resolve) => {
    const check = () => {
      const el = [...document.querySelectorAll(selector)].find((e) => e.textContent);
      if (!el) return false;
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Ms since navigation start at each step of one start: the app's marks, and the last script's arrival. */
type Steps = Record<string, number>;

/** Read in the page once it has painted: when the last script arrived, and the app's startup marks. */
function stepsOfStart(marks: Record<string, string>): Steps {
  const steps: Steps = {};
  const scripts = performance.getEntriesByType('resource').filter((r) => /\.js(\?|$)/.test(r.name));
  if (scripts.length) steps.scriptsIn = Math.max(...scripts.map((r) => (r as PerformanceResourceTiming).responseEnd));
  for (const [step, name] of Object.entries(marks)) {
    const mark = performance.getEntriesByName(name, 'mark')[0];
    if (mark) steps[step] = mark.startTime;
  }
  return steps;
}

/** One cold navigation: a new tab, no HTTP cache (so no code cache), to `url`; ms to painted, and to each step before it. */
async function coldNavigation(page: Page, url: string, selector: string): Promise<Steps & { painted: number }> {
  const tab = await page.context().newPage();
  try {
    const cdp = await page.context().newCDPSession(tab);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await tab.addInitScript(watchForPaint, selector);
    await tab.goto(url, { waitUntil: 'commit' });
    const painted = await tab.evaluate(() => (window as unknown as { __paintedAt: Promise<number> }).__paintedAt);
    return { ...(await tab.evaluate(stepsOfStart, { ...STARTUP_MARKS })), painted };
  } finally {
    await tab.close();
  }
}

const TRACKER_PAINTED = '[role=grid] [role=gridcell] .cell-value';
const BLANK_PAINTED = '#root h1';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const r0 = (x: number) => Math.round(x);

/** Steps as words for the results table: "scripts in 140, shell run 200, …, painted 329". */
export function stepsText(steps: Record<string, number>): string {
  const words: Record<string, string> = {
    scriptsIn: 'scripts in',
    shellRun: 'shell run',
    firstScreenRead: 'read',
    firstCommit: 'committed',
    painted: 'painted',
  };
  return Object.entries(steps)
    .map(([step, ms]) => `${words[step] ?? step} ${ms}`)
    .join(', ');
}

/** Each step's median over the runs that reached it, in the order a start takes them. */
function medianSteps(runs: Steps[]): Steps {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  const out: Steps = {};
  for (const name of names) out[name] = r0(median(runs.flatMap((r) => (r[name] === undefined ? [] : [r[name]!]))));
  return Object.fromEntries(Object.entries(out).sort((a, b) => a[1] - b[1]));
}

/** The file the tracker's painted page is kept in, as static HTML, beside the app's build. */
const STATIC_TRACKER = 'bench-static-tracker.html';

/**
 * The sample tracker's page as it stands painted, saved as HTML without its scripts: the same
 * elements and stylesheet, no script to run. Its cold start is the least any way of making that
 * page could take here, so set beside the app's it says how much of a start is script.
 */
async function saveStaticTracker(page: Page, trackerUrl: string, appDir: string): Promise<void> {
  const tab = await page.context().newPage();
  try {
    await tab.goto(trackerUrl);
    await tab.locator(TRACKER_PAINTED).first().waitFor();
    const html = await tab.evaluate(() => document.documentElement.outerHTML);
    const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link rel="modulepreload"[^>]*>/g, '');
    await writeFile(path.join(appDir, STATIC_TRACKER), `<!doctype html>${withoutScripts}`);
  } finally {
    await tab.close();
  }
}

/**
 * A returning teacher's cold start: the sample class is written on a first visit (not timed),
 * then each run opens a new tab straight to the sample tracker and times navigation start to its
 * cells painted; the blank page likewise, runs alternating, in the same browser. The tracker's
 * painted page saved as static HTML is timed in the same turns (staticMedianMs), for scale.
 */
export async function coldStart(ctx: BenchContext) {
  const { appDir, blankDir } = await builds(ctx);
  const page = await ctx.page();
  const app = await serveStatic(appDir);
  const blank = await serveStatic(blankDir);
  try {
    // The first run: the sample class is written, and its id read from the sidebar.
    const first = await page.context().newPage();
    await first.goto(`${app.url}#/classes`);
    const link = first.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Grade 6 Math — Period 2' });
    const href = (await link.getAttribute('href', { timeout: 60_000 }))!;
    await first.close();
    const trackerUrl = `${app.url}${href}/tracker`;
    await saveStaticTracker(page, trackerUrl, appDir);
    const staticUrl = `${app.url}${STATIC_TRACKER}`;

    // One of each not counted: the server's and the disk's first reads.
    await coldNavigation(page, trackerUrl, TRACKER_PAINTED);
    await coldNavigation(page, blank.url, BLANK_PAINTED);
    const runs = ctx.runs ?? 9;
    const appRuns: Steps[] = [];
    const blankRuns: Steps[] = [];
    const staticMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      appRuns.push(await coldNavigation(page, trackerUrl, TRACKER_PAINTED));
      blankRuns.push(await coldNavigation(page, blank.url, BLANK_PAINTED));
      staticMs.push((await coldNavigation(page, staticUrl, TRACKER_PAINTED)).painted);
    }
    const appMs = appRuns.map((s) => s.painted!);
    const blankMs = blankRuns.map((s) => s.painted!);
    const appMedian = median(appMs);
    const blankMedian = median(blankMs);
    return {
      value: appMedian / blankMedian,
      details: {
        appMedianMs: r0(appMedian),
        blankMedianMs: r0(blankMedian),
        staticMedianMs: r0(median(staticMs)),
        appMs: appMs.map(r0),
        blankMs: blankMs.map(r0),
        staticMs: staticMs.map(r0),
        // Where the time goes: the median ms since navigation start at each step.
        appSteps: medianSteps(appRuns),
        blankSteps: medianSteps(blankRuns),
        runs,
      },
    };
  } finally {
    await app.close();
    await blank.close();
  }
}
