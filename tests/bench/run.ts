// The bench runner: `npm run bench [-- <id filter>...] [--runs=N] [--small]` (--small: the
// year-of-data database with a tenth of the other classes and students, for developing figures). Builds and serves the bench
// page only when a browser figure is selected, prints figure | target | result | pass, and writes
// dist/bench-results.json. Exits non-zero only when something crashed, never on a missed target.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import path from 'node:path';
import os from 'node:os';
import type { BrowserContext, Page } from '@playwright/test';
import { BROWSER_API_GLOBAL, type BrowserBenchApi, type BrowserMeasure } from './api';
import { figures, type BenchContext, type Figure, type Measured } from './figures';
import { serveStatic } from './serve';

type Row = {
  id: string;
  figure: string;
  target: string;
  where: Figure['where'];
  result: string;
  pass: boolean | null;
  value?: number;
  details?: Record<string, unknown>;
  error?: string;
};

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
async function buildBenchPage(root: string, outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: path.join(root, 'tests/bench/browser'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: true,
      reportCompressedSize: false,
      // BENCH_PROFILE=1: readable function names in the CPU profiles the figures can write.
      minify: !process.env.BENCH_PROFILE,
      rolldownOptions: {
        // react-router's "use client" means nothing in a client-only bundle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  });
}

/** Opens the bench page in Chromium on first use; close() tears down whatever was started. */
function browserSession(root: string) {
  let started: Promise<{ browser: BrowserContext; page: Page; server: Server; version: string; userDataDir: string }> | undefined;
  const start = async () => {
    // BENCH_OUT=<folder>: build the page there, so a run beside another one never swaps its files.
    const outDir = process.env.BENCH_OUT ? path.resolve(process.env.BENCH_OUT) : path.join(root, 'dist/bench');
    await buildBenchPage(root, outDir);
    // BENCH_KEEP_DB=<folder>: keep the browser profile (and so the seeded database) in that folder
    // and serve on a fixed port (IndexedDB belongs to the origin), so a rerun skips the seeding.
    // For working on a figure; a real run starts from a fresh profile.
    const keep = process.env.BENCH_KEEP_DB ? path.resolve(process.env.BENCH_KEEP_DB) : null;
    const { server, url } = await serveStatic(outDir, keep ? 41999 : 0);
    const { chromium } = await import('@playwright/test');
    const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
    // A persistent profile in a fresh folder: IndexedDB on disk, as in the app (an incognito
    // context keeps it in memory, with a quota that a year-of-data database of 1,000,000 evidence
    // rows exceeds).
    const userDataDir = keep ?? (await mkdtemp(path.join(os.tmpdir(), 'blendwise-bench-')));
    // A laptop-sized window: the figures that render the app lay it out at this size.
    const browser = await chromium.launchPersistentContext(userDataDir, { executablePath, args: CHROMIUM_ARGS, viewport: { width: 1360, height: 860 } });
    const page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (err) => console.error(`[bench page] ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') console.error(`[bench page] ${msg.text()}`);
    });
    await page.goto(url);
    await page.waitForFunction((g) => g in window, BROWSER_API_GLOBAL);
    const version = await page.evaluate(() => navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? navigator.userAgent);
    return { browser, page, server, version, userDataDir };
  };
  return {
    async run(name: string, options: Record<string, unknown> = {}): Promise<BrowserMeasure> {
      started ??= start();
      const { page } = await started;
      return page.evaluate(
        ([g, fn, opts]) => {
          const api = (window as unknown as Record<string, BrowserBenchApi>)[g];
          const f = api?.[fn];
          if (!f) throw new Error(`The bench page has no function "${fn}".`);
          return f(opts);
        },
        [BROWSER_API_GLOBAL, name, options] as const,
      );
    },
    /** the bench page itself, for figures that send real input (page.keyboard) */
    async page(): Promise<Page> {
      started ??= start();
      return (await started).page;
    },
    async version(): Promise<string | undefined> {
      return started ? (await started).version : undefined;
    },
    async close(): Promise<void> {
      if (!started) return;
      const s = await started.catch(() => undefined);
      if (!s) return;
      await s.browser.close();
      await new Promise<void>((resolve) => s.server.close(() => resolve()));
      if (!process.env.BENCH_KEEP_DB) await rm(s.userDataDir, { recursive: true, force: true });
    },
  };
}

function printTable(rows: Row[]): void {
  const header = ['figure', 'target', 'result', 'pass'];
  const cells = rows.map((r) => [
    r.figure,
    r.target,
    r.result,
    r.pass === null ? 'ERROR' : r.pass ? 'yes' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of cells) console.log(line(c));
}

export async function main({ root, argv }: { root: string; argv: string[] }): Promise<number> {
  const runsArg = argv.find((a) => a.startsWith('--runs='));
  const runs = runsArg ? Number(runsArg.slice('--runs='.length)) : undefined;
  const small = argv.includes('--small');
  const filters = argv.filter((a) => !a.startsWith('--'));
  const selected = figures.filter((f) => filters.length === 0 || filters.some((x) => f.id.includes(x)));
  if (selected.length === 0) {
    console.error(`No figure matches ${filters.join(', ')}. Figures: ${figures.map((f) => f.id).join(', ')}`);
    return 2;
  }

  const session = browserSession(root);
  const ctx: BenchContext = {
    browser: (name, options) => session.run(name, options),
    page: () => session.page(),
    runs,
    small,
    shared: new Map(),
  };
  const rows: Row[] = [];
  let crashed = false;
  let chromiumVersion: string | undefined;
  try {
    for (const f of selected) {
      const t0 = Date.now();
      process.stdout.write(`running ${f.id} (${f.where}) … `);
      try {
        const m: Measured = await f.run(ctx);
        console.log(`${m.result} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
        rows.push({
          id: f.id,
          figure: f.figure,
          target: f.target,
          where: f.where,
          result: m.result,
          pass: m.pass,
          value: m.value,
          details: m.details,
        });
      } catch (err) {
        crashed = true;
        const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
        console.log('crashed');
        console.error(message);
        rows.push({
          id: f.id,
          figure: f.figure,
          target: f.target,
          where: f.where,
          result: `error: ${message.split('\n')[0]}`,
          pass: null,
          error: message,
        });
      }
    }
  } finally {
    chromiumVersion = await session.version().catch(() => undefined);
    await session.close();
  }

  console.log('');
  printTable(rows);
  const missed = rows.filter((r) => r.pass === false).length;
  console.log(
    `\n${rows.length - missed - rows.filter((r) => r.pass === null).length} of ${rows.length} on target${missed ? `, ${missed} missed` : ''}${crashed ? ', some crashed' : ''}.`,
  );

  const out = process.env.BENCH_OUT ? `${path.resolve(process.env.BENCH_OUT)}-results.json` : path.join(root, 'dist/bench-results.json');
  await mkdir(path.dirname(out), { recursive: true });
  const report = {
    at: new Date().toISOString(),
    small,
    node: process.version,
    chromium: chromiumVersion ?? null,
    machine: {
      platform: process.platform,
      arch: process.arch,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
    },
    figures: rows,
  };
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results written to ${path.relative(root, out)}`);
  return crashed ? 1 : 0;
}
