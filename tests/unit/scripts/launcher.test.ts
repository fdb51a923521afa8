import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserCommand, fetchElectron, fileFor, installedElectron, launch, noDesktopLine, serveBuild } from '../../../scripts/launcher.mjs';

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'blendwise-launcher-'));

/** A project folder with a built renderer and an electron package without its binary. */
function project(withBinary = false): string {
  const root = temp();
  mkdirSync(path.join(root, 'dist/renderer/assets'), { recursive: true });
  writeFileSync(path.join(root, 'dist/renderer/index.html'), '<!doctype html><title>Blendwise</title>');
  writeFileSync(path.join(root, 'dist/renderer/assets/app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.txt'), 'not served');
  const electron = path.join(root, 'node_modules/electron');
  mkdirSync(path.join(electron, 'dist'), { recursive: true });
  // An installer that fails, as electron's does where nothing can be downloaded.
  writeFileSync(path.join(electron, 'install.js'), 'console.error("RequestError: getaddrinfo ENOTFOUND"); process.exit(1);');
  if (withBinary) {
    writeFileSync(path.join(electron, 'path.txt'), 'electron');
    writeFileSync(path.join(electron, 'dist/electron'), '');
  }
  return root;
}

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('the Electron binary', () => {
  it('is found where path.txt points into dist/, and not before it is there', () => {
    const root = project();
    expect(installedElectron(path.join(root, 'node_modules/electron'))).toBeNull();
    const installed = project(true);
    expect(installedElectron(path.join(installed, 'node_modules/electron'))).toBe(path.join(installed, 'node_modules/electron/dist/electron'));
  });

  it('counts as fetched only when the installer succeeds and the binary is then there', () => {
    const dir = path.join(project(), 'node_modules/electron');
    expect(fetchElectron(dir)).toBe(false);
    expect(fetchElectron(dir, { run: () => ({ status: 0 }) })).toBe(false);
  });
});

describe('the browser build', () => {
  it('serves the build and nothing outside it', async () => {
    const root = path.join(project(), 'dist/renderer');
    expect(fileFor(root, '/')).toBe(path.join(root, 'index.html'));
    expect(fileFor(root, '/assets/app.js')).toBe(path.join(root, 'assets/app.js'));
    expect(fileFor(root, '/../secret.txt')).toBeNull();
    expect(fileFor(root, '/%2e%2e/secret.txt')).toBeNull();
    expect(fileFor(root, '/assets/%E0%A4%A')).toBeNull();

    const server = await serveBuild(root, { port: 0 });
    servers.push(server);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(server.url);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>Blendwise</title>');
    const script = await fetch(new URL('assets/app.js', server.url));
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(new URL('nothing.js', server.url))).status).toBe(404);
  });

  it('refuses a port that is taken', async () => {
    const root = path.join(project(), 'dist/renderer');
    const first = await serveBuild(root, { port: 0 });
    servers.push(first);
    await expect(serveBuild(root, { port: Number(new URL(first.url).port) })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('is opened with the platform’s own command, or not at all where no browser can be opened', () => {
    const url = 'http://127.0.0.1:5199/';
    expect(browserCommand(url, { platform: 'darwin', env: {} })).toEqual({ command: 'open', args: [url] });
    expect(browserCommand(url, { platform: 'win32', env: {} })?.args).toContain(url);
    expect(browserCommand(url, { platform: 'linux', env: { DISPLAY: ':0' } })).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand(url, { platform: 'linux', env: {} })).toBeNull();
    expect(browserCommand(url, { platform: 'darwin', env: { BROWSER: 'none' } })).toBeNull();
    expect(browserCommand(url, { platform: 'linux', env: { BROWSER: 'firefox' } })).toEqual({ command: 'firefox', args: [url] });
  });
});

describe('launch', () => {
  it('without a binary that can be fetched: one plain line, then the build served and its address printed', async () => {
    const root = project();
    const lines: string[] = [];
    const started = await launch({ root, env: { BROWSER: 'none' }, say: (l) => lines.push(l), port: 0 });
    servers.push(started.server!);
    expect(started.desktop).toBeUndefined();
    expect(lines[0]).toBe(noDesktopLine());
    expect(lines[0]).not.toMatch(/\n|Error|at /);
    expect(lines[1]).toBe(`Open Blendwise in your browser at ${started.server!.url} (Ctrl+C stops it).`);
    expect(await (await fetch(started.server!.url)).text()).toContain('Blendwise');
  });
});
