// Serves the built renderer on app://blendwise/. A custom standard, secure scheme gives the app a
// stable origin (so IndexedDB survives updates) without file://, whose origin is shared by every
// local file. Every response carries the CSP, because headers cannot be forgotten the way a
// <meta> tag in one HTML file can.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// electronegativity's CSP_GLOBAL_CHECK looks only for <meta> tags and webRequest header hooks,
// so it reports "no CSP": the policy is set here, on every app:// response, and unit-tested.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Maps a request URL to a file inside `root`, or null when the URL is not ours or would escape
 * `root` (encoded `..`, backslashes on Windows, NUL bytes, absolute paths).
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Encoded separators or dot segments never occur in the built bundle: refuse them outright
  // rather than trusting path normalisation to keep them inside.
  if (relative.includes('\0') || relative.split(/[/\\]/).includes('..')) return null;
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';

  const base = path.resolve(root);
  const resolved = path.resolve(base, `.${path.sep}${relative.replace(/^[/\\]+/, '')}`);
  const inside = path.relative(base, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function isWithin(root: string, filePath: string): Promise<boolean> {
  // A symlink inside the bundle must not lead outside it.
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]);
  const inside = path.relative(realRoot, realFile);
  return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
}

async function readInside(root: string, filePath: string): Promise<Uint8Array | null> {
  try {
    if (!(await isWithin(root, filePath))) return null;
    return await readFile(filePath);
  } catch {
    return null;
  }
}

/** The protocol handler's logic, free of Electron: request in, Response out. */
export async function serveAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
  const filePath = resolveAppPath(root, request.url);
  if (!filePath) return textResponse(404, 'Not found');

  let servedPath = filePath;
  let body = await readInside(root, filePath);
  // Client-side routes (no file extension) get the app shell, so a reload on a deep link works.
  if (!body && path.extname(filePath) === '') {
    servedPath = path.join(path.resolve(root), 'index.html');
    body = await readInside(root, servedPath);
  }
  if (!body) return textResponse(404, 'Not found');

  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(servedPath) },
  });
}
