import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (Playwright cannot download its own browsers here).
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;
// The port the built renderer is served on for the tests; another can be chosen when 4173 is busy.
const port = Number(process.env.BLENDWISE_E2E_PORT ?? 4173);
// A build directory other than dist/renderer, so two builds can be tested side by side.
const outDir = process.env.BLENDWISE_E2E_DIST ? ` --outDir ${JSON.stringify(process.env.BLENDWISE_E2E_DIST)}` : '';

// Two test files run at a time; these run each on their own, after the rest. `npm start` builds
// the renderer again into dist/renderer, which the other tests are served from. The tests that
// hold the window to a frame-gap limit would, beside another browser on a two-core machine, see
// frames wait on that browser rather than on the app.
const NPM_START = '**/e2e/npm-start.spec.ts';
const FRAMES = '**/e2e/failures-and-progress.spec.ts';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  projects: [
    { name: 'app', testIgnore: [NPM_START, FRAMES] },
    { name: 'npm start', testMatch: NPM_START, dependencies: ['app'] },
    { name: 'frames', testMatch: FRAMES, dependencies: ['npm start'] },
  ],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two test files at a time (BLENDWISE_E2E_WORKERS=1 for one): the suite in about half the time.
  workers: Number(process.env.BLENDWISE_E2E_WORKERS ?? 2),
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    viewport: { width: 1360, height: 860 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
