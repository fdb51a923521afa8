// The bench page: registers every browser-side benchmark on window.blendwiseBench. A new browser
// figure adds its function here and a Figure in ../figures.ts that calls it by name.
import { BROWSER_API_GLOBAL, type BrowserBenchApi } from '../api';
import { evidenceImport } from './evidenceImport';

const api: BrowserBenchApi = {
  evidenceImport,
  // React, the tracker and the app's styles load only when this figure runs.
  trackerFirstPaint: async (options) => (await import('./trackerFirstPaint')).trackerFirstPaint(options),
  openClass: async (options) => (await import('./openClass')).openClass(options),
  // The keystroke figures: the node side sends the keys (page.keyboard); these watch the page.
  keystrokeSetup: async (options) => (await import('./keystroke')).keystrokeSetup(options),
  keystrokeBaselineSetup: async () => (await import('./keystroke')).keystrokeBaselineSetup(),
  keystrokeWait: async (options) => (await import('./keystroke')).keystrokeWait(options),
  keystrokeResults: async () => (await import('./keystroke')).keystrokeResults(),
  keystrokeVerify: async () => (await import('./keystroke')).keystrokeVerify(),
  keystrokeTeardown: async () => (await import('./keystroke')).keystrokeTeardown(),
};

(window as unknown as Record<string, BrowserBenchApi>)[BROWSER_API_GLOBAL] = api;
document.getElementById('status')!.textContent = `ready: ${Object.keys(api).join(', ')}`;
