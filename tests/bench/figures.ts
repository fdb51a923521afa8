// Every benchmark figure `npm run bench` measures, with its target. A figure runs in node
// (import the code under test here and time it) or in Chromium (a function on the bench page,
// registered in browser/bench.ts, called through ctx.browser). Timings never sit in a test.
import type { BrowserMeasure } from './api';
import { benchRollup } from './node/rollup';
import { benchGrouping } from './node/grouping';

export type Measured = {
  /** the headline number the target is about */
  value: number;
  /** how it shows in the table's result column */
  result: string;
  pass: boolean;
  details?: Record<string, unknown>;
};

export type BenchContext = {
  /** runs a function of the bench page in Chromium (the page is built and opened once, lazily) */
  browser(name: string, options?: Record<string, unknown>): Promise<BrowserMeasure>;
  /** a --runs=N override for figures that repeat measurements */
  runs: number | undefined;
};

export type Figure = {
  /** stable id, used to pick figures on the command line and in bench-results.json */
  id: string;
  /** what is measured, in the table's figure column */
  figure: string;
  /** the target in words, e.g. '≥ 0.8' or '≤ 200 ms' */
  target: string;
  where: 'node' | 'browser';
  run(ctx: BenchContext): Promise<Measured>;
};

export const atLeast = (value: number, min: number) => value >= min;
export const atMost = (value: number, max: number) => value <= max;

export const figures: Figure[] = [
  {
    id: 'evidence-import-100k',
    figure: 'Import 100,000 evidence rows: raw IndexedDB ms / addEvidenceRows ms',
    target: '≥ 0.8',
    where: 'browser',
    async run(ctx) {
      const m = await ctx.browser('evidenceImport', { rows: 100_000, runs: ctx.runs ?? 7 });
      const d = m.details;
      return {
        value: m.value,
        result: `${m.value.toFixed(3)} (raw ${d.rawMedianMs} ms, app ${d.appMedianMs} ms)`,
        pass: atLeast(m.value, 0.8),
        details: d,
      };
    },
  },
  {
    id: 'rollup-1m',
    figure: 'rollup over 1,000,000 scores (50,000 cells x 20), decaying average 65, ms',
    target: '< 1000 ms',
    where: 'node',
    async run(ctx) {
      const b = benchRollup({ cells: 50_000, perCell: 20, runs: ctx.runs ?? 9 });
      const slowest = Object.entries(b.methodMedianMs).sort((x, y) => y[1] - x[1])[0]!;
      return {
        value: b.defaultMedianMs,
        result: `${b.defaultMedianMs} ms (slowest method ${slowest[0]} ${slowest[1]} ms)`,
        pass: b.defaultMedianMs < 1000,
        details: b,
      };
    },
  },
  {
    id: 'tracker-first-paint',
    figure:
      'Tracker first paint, 35 students x 150 skills x 20 scores: mount to painted cells ms / one raw IndexedDB transaction reading the class, roster, skills and evidence by classId',
    target: '≤ 1.5',
    where: 'browser',
    async run(ctx) {
      const m = await ctx.browser('trackerFirstPaint', { students: 35, skills: 150, perCell: 20, runs: ctx.runs ?? 7 });
      const d = m.details;
      return {
        value: m.value,
        result: `${m.value.toFixed(2)} (tracker ${d.trackerMedianMs} ms, raw ${d.rawMedianMs} ms)`,
        pass: atMost(m.value, 1.5),
        details: d,
      };
    },
  },
  {
    id: 'grouping-200',
    figure: 'makeGroups: 200 students, 10 groups, 30 rules (12 apart, 8 together, 10 pinned), median ms',
    target: '< 50 ms',
    where: 'node',
    async run(ctx) {
      const b = benchGrouping(ctx.runs ?? 15);
      return { value: b.medianMs, result: `${b.medianMs} ms (${b.unmetRules} rules reported unmet)`, pass: b.medianMs < 50, details: b };
    },
  },
  {
    id: 'grouping-similar-optimality',
    figure: "'similar' with no rules: within-group sum of squared deviations / the true optimum (200 students, 10 groups)",
    target: '= 1.0',
    where: 'node',
    async run() {
      const b = benchGrouping(1);
      return { value: b.spreadRatio, result: `${b.spreadRatio.toFixed(4)} (engine ${b.engineSse.toFixed(3)}, optimum ${b.optimumSse.toFixed(3)})`, pass: Math.abs(b.spreadRatio - 1) < 1e-9, details: b };
    },
  },
];
