// `npm start`: build, then open Blendwise: the desktop app, or the browser build where the
// Electron binary cannot be had (see launcher.mjs).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from './launcher.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const started = await launch({ root });
if (started.desktop) process.exitCode = await started.desktop;
else if (started.exitCode !== undefined) process.exitCode = started.exitCode;
else {
  const stop = () => void started.server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
