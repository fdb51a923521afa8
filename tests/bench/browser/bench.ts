// The bench page: registers every browser-side benchmark on window.blendwiseBench. A new browser
// figure adds its function here and a Figure in ../figures.ts that calls it by name.
import { BROWSER_API_GLOBAL, type BrowserBenchApi } from '../api';
import { evidenceImport } from './evidenceImport';

const api: BrowserBenchApi = {
  evidenceImport,
  // React, the tracker and the app's styles load only when this figure runs.
  trackerFirstPaint: async (options) => (await import('./trackerFirstPaint')).trackerFirstPaint(options),
  openClass: async (options) => (await import('./openClass')).openClass(options),
  oneRosterImport: async (options) => (await import('./oneRosterImport')).oneRosterImport(options),
  // The keystroke figures: the node side sends the keys (page.keyboard); these watch the page.
  keystrokeSetup: async (options) => (await import('./keystroke')).keystrokeSetup(options),
  keystrokeBaselineSetup: async () => (await import('./keystroke')).keystrokeBaselineSetup(),
  keystrokeWait: async (options) => (await import('./keystroke')).keystrokeWait(options),
  keystrokeResults: async () => (await import('./keystroke')).keystrokeResults(),
  keystrokeVerify: async () => (await import('./keystroke')).keystrokeVerify(),
  keystrokeTeardown: async () => (await import('./keystroke')).keystrokeTeardown(),
  // The coach's overview over 40 bundles, on a page of its own origin (see ../coach.ts).
  coachOverview: async (options) => (await import('./coachOverview')).coachOverview(options),
  // The district figures: a database of 100,000 students and 5,000 classes, on a page of its own origin.
  districtOpenRoster: async (options) => (await import('./district')).districtOpenRoster(options),
  // The frames while a big file is read and imported through the app's screens (see frames.tsx).
  framesStart: async (options) => (await import('./frames')).framesStart(options),
  framesMark: async (options) => (await import('./frames')).framesMark(options),
  framesStop: async () => (await import('./frames')).framesStop(),
  framesCleanup: async () => (await import('./frames')).framesCleanup(),
};

// Whatever a function throws reaches the runner with its name, message and stack (a DOMException or
// a Dexie error from deep in a seeding transaction says little on its own).
const wrapped: BrowserBenchApi = Object.fromEntries(
  Object.entries(api).map(([name, f]) => [
    name,
    async (options: Record<string, unknown>) => {
      try {
        return await f(options);
      } catch (error) {
        const e = error as { name?: string; message?: string; stack?: string; inner?: unknown } | undefined;
        const inner = e?.inner as { name?: string; message?: string } | undefined;
        throw new Error(`${name}: ${e?.name ?? typeof error}: ${e?.message ?? String(error)}${inner ? ` (inner ${inner.name}: ${inner.message})` : ''}\n${e?.stack ?? ''}`, { cause: error });
      }
    },
  ]),
);

(window as unknown as Record<string, BrowserBenchApi>)[BROWSER_API_GLOBAL] = wrapped;
document.getElementById('status')!.textContent = `ready: ${Object.keys(api).join(', ')}`;
