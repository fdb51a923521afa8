// `npm start` where the Electron binary cannot be downloaded: it says so in one line, serves the
// production build and prints its address; the app there opens with the sample class.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { installedElectron, noDesktopLine } from '../../scripts/launcher.mjs';

const root = path.resolve(import.meta.dirname, '../..');
// Beside the port the other tests are served on, so two checkouts' runs never share one.
const port = Number(process.env.BLENDWISE_E2E_PORT ?? 4173) + 1;

let child: ChildProcess | undefined;
test.afterEach(() => {
  // The whole group: npm, the launcher and its server.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
});

test('npm start with the Electron download blocked opens the app in the browser, with the sample class', async ({ page }) => {
  test.skip(installedElectron(path.join(root, 'node_modules/electron')) !== null, 'the Electron binary is installed here, so npm start opens the desktop app');
  test.setTimeout(240_000);
  child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    env: {
      ...process.env,
      // The download is blocked: an address nothing answers on, and an empty download cache.
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      npm_config_electron_mirror: 'http://127.0.0.1:9/',
      electron_config_cache: mkdtempSync(path.join(os.tmpdir(), 'blendwise-no-electron-')),
      BROWSER: 'none',
      BLENDWISE_PORT: String(port),
    },
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));

  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No address printed in time. Output:\n${out}`)), 200_000);
    const look = () => {
      const found = /Open Blendwise in your browser at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child!.stdout!.on('data', look);
    child!.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving. Output:\n${out}`)));
  });

  expect(address).toBe(`http://127.0.0.1:${port}/`);
  // One plain line about the desktop app, and no stack trace from the failed download.
  expect(out).toContain(noDesktopLine());
  expect(out).not.toMatch(/Electron failed to install correctly|RequestError|\n\s+at /);

  await page.goto(address);
  await expect(page.getByRole('heading', { name: 'Classes', level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Grade 6 Math — Period 2' }).click();
  await expect(page.getByRole('heading', { name: 'Grade 6 Math — Period 2', level: 1 })).toBeVisible();
});
