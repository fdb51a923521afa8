// Every benchmark figure `npm run bench` measures, with its target. A figure runs in node
// (import the code under test here and time it) or in Chromium (a function on the bench page,
// registered in browser/bench.ts, called through ctx.browser). Timings never sit in a test.
import type { BrowserMeasure } from './api';

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
];
