import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where it is installed (Playwright cannot download its own browsers here).
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;
// The port the built renderer is served on for the tests; another can be chosen when 4173 is busy.
const port = Number(process.env.BLENDWISE_E2E_PORT ?? 4173);
// A build directory other than dist/renderer, so two builds can be tested side by side.
const outDir = process.env.BLENDWISE_E2E_DIST ? ` --outDir ${JSON.stringify(process.env.BLENDWISE_E2E_DIST)}` : '';

// The tests that hold the window to a frame-gap limit run on their own, after the rest: beside
// another worker on a two-core machine, a frame can wait on the other browser, not on the app.
const FRAMES = '**/e2e/failures-and-progress.spec.ts';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  projects: [
    { name: 'app', testIgnore: FRAMES },
    { name: 'frames', testMatch: FRAMES, dependencies: ['app'] },
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
