// Desktop smoke test: the real Electron shell starts, shows the Blendwise window, and the app
// works inside it. Runs wherever an Electron binary is installed; says plainly when it skips.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP_MESSAGE =
  'No Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH to run it): skipped the desktop smoke test.';

/** The Electron executable, or null. Never triggers the electron package's download. */
function findElectronBinary(): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    // Same layout the electron package expects: the folder of an unpacked Electron release.
    const names = ['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron'];
    const found = names.map((name) => path.join(override, name)).find((candidate) => existsSync(candidate));
    return found ?? null;
  }
  // The electron package records its binary in path.txt once it has been downloaded; requiring
  // it without that file would start a download, so look first.
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  if (!existsSync(path.join(packageDir, 'path.txt'))) return null;
  try {
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = findElectronBinary();
if (!binary) console.log(SKIP_MESSAGE);

test.describe('desktop shell', () => {
  test.skip(!binary, SKIP_MESSAGE);

  let app: ElectronApplication | undefined;
  let userData: string | undefined;

  test.beforeAll(() => {
    // Always test the current sources, not a stale bundle.
    execFileSync(process.execPath, [path.join(root, 'scripts/build-electron.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (!existsSync(path.join(root, 'dist/renderer/index.html'))) {
      throw new Error('dist/renderer is missing: run `npm run build:renderer` before the smoke test.');
    }
  });

  test.afterEach(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens the Blendwise window and creates a class', async () => {
    userData = mkdtempSync(path.join(tmpdir(), 'blendwise-smoke-'));
    app = await electron.launch({
      executablePath: binary ?? undefined,
      // A fresh profile, so the class list starts empty; root in CI containers needs --no-sandbox.
      args: [
        `--user-data-dir=${userData}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        path.join(root, 'dist-electron/main.cjs'),
      ],
      cwd: root,
    });

    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    const windowTitle = await app.evaluate(
      ({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '',
    );
    expect(windowTitle).toContain('Blendwise');

    await window.getByRole('button', { name: 'New class' }).click();
    await window.getByRole('textbox', { name: 'Class name' }).fill('Smoke 7B');
    await window.getByRole('button', { name: 'Create class' }).click();
    await expect(window.getByText('Smoke 7B').first()).toBeVisible();
  });
});
