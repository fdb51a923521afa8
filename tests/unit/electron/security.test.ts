import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl, isTrustedSender } from '../../../electron/security';

describe('isTrustedSender', () => {
  it.each(['app://blendwise/index.html', 'app://blendwise/', 'app://blendwise/classes/42?tab=groups#top'])(
    'trusts our own page %s',
    (url) => expect(isTrustedSender(url)).toBe(true),
  );

  it.each([
    '',
    'not a url',
    'file:///home/teacher/index.html',
    'http://blendwise/index.html',
    'https://blendwise.example/index.html',
    'app://evil/index.html',
    'app://blendwise.evil/index.html',
    'app://user:pw@blendwise/index.html',
    'app://blendwise:8080/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,<script>1</script>',
  ])('refuses %s', (url) => expect(isTrustedSender(url)).toBe(false));
});

describe('isSafeExternalUrl', () => {
  it.each(['https://www.ed.gov/', 'http://example.org/standards?grade=6', 'https://example.org:8443/a#b'])(
    'lets %s open in the browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    '',
    'example.org',
    '//example.org',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox(1)',
    'data:text/html,hi',
    'app://blendwise/index.html',
    'https://user:secret@example.org/',
    'https://user@example.org/',
    'https://exa mple.org/',
    'https://example.org/\nx',
    'http://',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('refuses non-strings from a confused caller', () => {
    expect(isSafeExternalUrl(undefined as unknown as string)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('never allows eval or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('keeps the app to its own origin', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('names no remote host and no wildcard', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});
