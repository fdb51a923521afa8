// The bench page: registers every browser-side benchmark on window.blendwiseBench. A new browser
// figure adds its function here and a Figure in ../figures.ts that calls it by name.
import { BROWSER_API_GLOBAL, type BrowserBenchApi } from '../api';
import { evidenceImport } from './evidenceImport';

const api: BrowserBenchApi = {
  evidenceImport,
  // React, the tracker and the app's styles load only when this figure runs.
  trackerFirstPaint: async (options) => (await import('./trackerFirstPaint')).trackerFirstPaint(options),
};

(window as unknown as Record<string, BrowserBenchApi>)[BROWSER_API_GLOBAL] = api;
document.getElementById('status')!.textContent = `ready: ${Object.keys(api).join(', ')}`;
