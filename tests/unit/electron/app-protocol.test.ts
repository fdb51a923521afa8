import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAppPath, serveAppRequest } from '../../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';

const root = path.resolve('/srv/blendwise/dist/renderer');

describe('resolveAppPath', () => {
  it('maps our URLs to files inside the bundle', () => {
    expect(resolveAppPath(root, 'app://blendwise/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://blendwise/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://blendwise/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://blendwise')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://blendwise/assets/my%20font.woff2')).toBe(
      path.join(root, 'assets', 'my font.woff2'),
    );
    expect(resolveAppPath(root, 'app://blendwise/index.html?x=1#y')).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://blendwise/%2e%2e/%2e%2e/etc/passwd',
    'app://blendwise/..%2f..%2fetc/passwd',
    'app://blendwise/assets/..%2F..%2F..%2Fsecret.txt',
    'app://blendwise/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://blendwise/..%5C..%5Csecret.txt',
    'app://blendwise/index.html%00.png',
    'app://blendwise/%E0%A4%A',
    'app://blendwise/%2e%2e',
    'app://other/index.html',
    'file:///etc/passwd',
    'http://blendwise/index.html',
    'nonsense',
  ])('never resolves %s to a file outside the bundle', (url) => {
    const resolved = resolveAppPath(root, url);
    // null, or (for a backslash, an ordinary file-name character on POSIX) a path still inside.
    if (resolved !== null) expect(path.relative(root, resolved).startsWith('..')).toBe(false);
  });

  it('refuses encoded parent segments and NUL bytes outright', () => {
    // The URL parser already folds a literal or %2e%2e segment away, as Chromium does.
    expect(resolveAppPath(root, 'app://blendwise/%2e%2e/%2e%2e/etc/passwd')).toBe(
      path.join(root, 'etc', 'passwd'),
    );
    expect(resolveAppPath(root, 'app://blendwise/assets/..%2findex.html')).toBeNull();
    expect(resolveAppPath(root, 'app://blendwise/assets/..%5cindex.html')).toBeNull();
    expect(resolveAppPath(root, 'app://blendwise/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://blendwise/%2e%2e')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://blendwise/index.html%00.png')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build emits', () => {
    expect(contentTypeFor('index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('a.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('serveAppRequest', () => {
  let dir: string;
  let bundle: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'blendwise-protocol-'));
    bundle = path.join(dir, 'renderer');
    mkdirSync(path.join(bundle, 'assets'), { recursive: true });
    writeFileSync(path.join(bundle, 'index.html'), '<!doctype html><title>Blendwise</title>');
    writeFileSync(path.join(bundle, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'teacher secrets');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(bundle, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), bundle);

  it('serves files with the CSP and nosniff on every response', async () => {
    const response = await get('app://blendwise/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');

    const missing = await get('app://blendwise/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers client-side routes with the app shell', async () => {
    const response = await get('app://blendwise/classes/abc');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Blendwise</title>');
  });

  it('refuses traversal, foreign hosts, symlinks out of the bundle, and writes', async () => {
    expect((await get('app://blendwise/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('app://blendwise/..%2fsecret.txt')).status).toBe(404);
    expect((await get('app://elsewhere/index.html')).status).toBe(404);
    const viaLink = await get('app://blendwise/assets/link.txt');
    expect(viaLink.status).toBe(404);
    expect(await viaLink.text()).not.toContain('teacher secrets');
    expect((await get('app://blendwise/index.html', 'POST')).status).toBe(405);
  });
});
