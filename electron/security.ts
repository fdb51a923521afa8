// Pure security policy of the desktop shell: which origin is ours, which URLs may leave the app,
// and the Content-Security-Policy. No Electron import, so unit tests can check every rule.

export const APP_SCHEME = 'app';
export const APP_HOST = 'blendwise';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer is a bundled, offline app: scripts and styles only from our own origin, no eval,
 * no plugins, no framing, no forms posting anywhere, and no network beyond app://.
 * Inline style *attributes* set by React go through the CSSOM and are not blocked by style-src.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True only for a frame showing our own bundle, app://blendwise/… — never file:, http:, devtools:. */
export function isTrustedSender(frameUrl: string): boolean {
  const url = parseUrl(frameUrl);
  if (!url) return false;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.pathname.startsWith('/')
  );
}

/**
 * Links the user may open in the system browser. Only web pages: no file:, javascript:, custom
 * handlers (which could launch other programs), and no embedded credentials, which are a
 * classic way to disguise the real host.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  const url = parseUrl(candidate);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.hostname === '') return false;
  // Whitespace or control characters would be re-interpreted by the OS URL handler.
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(candidate)) return false;
  return true;
}
