// What `npm start` does once the build is made: the desktop app when the Electron binary is there
// (or can be fetched), else the same build served on this computer and opened in the browser, so
// the README's first command always opens Blendwise. Small functions, each called by a unit test
// (tests/unit/scripts/launcher.test.ts) and by the end-to-end test that runs `npm start` offline.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

/**
 * The browser build's address. One fixed port, because IndexedDB belongs to the origin: another
 * port would open an empty Blendwise, without the classes entered last time.
 */
export const DEFAULT_PORT = 5199;

/** The Electron executable the electron package points at, or null when it is not installed. */
export function installedElectron(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/**
 * Tries to fetch the binary with the electron package's own installer (what `electron .` would
 * do on its first run); true when it is installed afterwards. Its output is kept, not printed:
 * where the download fails, its stack trace would hide the one line that matters.
 */
export function fetchElectron(electronDir, { env = process.env, run = spawnSync } = {}) {
  const result = run(process.execPath, [path.join(electronDir, 'install.js')], {
    env,
    stdio: 'pipe',
    timeout: 10 * 60_000,
  });
  return result.status === 0 && installedElectron(electronDir) !== null;
}

/** The one line `npm start` prints when it opens the browser build instead of the desktop app. */
export function noDesktopLine() {
  return (
    'Blendwise cannot open as a desktop app here: the Electron binary is not installed and could not be downloaded. ' +
    'It opens in your browser instead; run `npm start` again once you are online to get the desktop app (it downloads it then).'
  );
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The file a request path names inside `root`, or null for anything outside it (../, encoded
 * slashes, absolute paths). '/' is index.html: the app routes inside the page (#/classes).
 */
export function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  return file.startsWith(path.resolve(root) + path.sep) ? file : null;
}

/**
 * Serves the production build from `root` on 127.0.0.1 only (nothing on the network can reach
 * it). Resolves with the address and a close function; rejects when the port is taken.
 */
export function serveBuild(root, { port = DEFAULT_PORT, host = '127.0.0.1' } = {}) {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = fileFor(root, new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
          'x-content-type-options': 'nosniff',
          // Each build names its scripts by their content; the page itself must never be stale.
          'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * The command that opens `url` in the default browser, or null where none can be opened: BROWSER
 * set to "none", or a Linux session without a display.
 */
export function browserCommand(url, { platform = process.platform, env = process.env } = {}) {
  if (env.BROWSER === 'none') return null;
  if (env.BROWSER) return { command: env.BROWSER, args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/** Opens `url` in the default browser; false when there is none to open (the address is then printed). */
export function openInBrowser(url, { platform, env, run = spawn } = {}) {
  const cmd = browserCommand(url, { platform, env });
  if (!cmd) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = run(cmd.command, cmd.args, { stdio: 'ignore', detached: true });
    child.once('error', () => resolve(false));
    child.once('spawn', () => {
      child.unref();
      resolve(true);
    });
  });
}

/**
 * `npm start` after the build: the desktop app, or the browser build. `say` prints a line;
 * resolves with the exit code when the desktop app closes, or with the server while it serves.
 */
export async function launch({ root, env = process.env, say = console.log, port } = {}) {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const electron = installedElectron(electronDir) ?? (fetchElectron(electronDir, { env }) ? installedElectron(electronDir) : null);
  if (electron) {
    const child = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env });
    return { desktop: new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1))) };
  }
  say(noDesktopLine());
  const chosenPort = port ?? (env.BLENDWISE_PORT ? Number(env.BLENDWISE_PORT) : DEFAULT_PORT);
  let server;
  try {
    server = await serveBuild(path.join(root, 'dist', 'renderer'), { port: chosenPort });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    say(`Port ${chosenPort} is in use: Blendwise may already be open at http://127.0.0.1:${chosenPort}/ (or set BLENDWISE_PORT to another port).`);
    return { exitCode: 1 };
  }
  const opened = await openInBrowser(server.url, { env });
  say(opened ? `Blendwise is open in your browser at ${server.url} (Ctrl+C stops it).` : `Open Blendwise in your browser at ${server.url} (Ctrl+C stops it).`);
  return { server };
}
