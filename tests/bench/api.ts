// The contract between the node-side bench runner and the bench page that runs in Chromium.

/** What one browser-side benchmark hands back: a headline value and the numbers behind it. */
export type BrowserMeasure = { value: number; details: Record<string, number | string | number[]> };

/** A benchmark function the bench page runs; options come from the figure on the node side. */
export type BrowserBenchFn = (options: Record<string, unknown>) => Promise<BrowserMeasure>;

/** Exposed by the bench page as `window.blendwiseBench`; one entry per browser figure. */
export type BrowserBenchApi = Record<string, BrowserBenchFn>;

export const BROWSER_API_GLOBAL = 'blendwiseBench';
