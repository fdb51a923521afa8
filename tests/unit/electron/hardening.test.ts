import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { BLOCKED_NETWORK_URLS, hardenSession, hardenWebContents } from '../../../electron/hardening';

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: OpenHandler | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler;
    },
  });
  return {
    contents: contents as unknown as WebContents,
    emitter,
    open: (url: string) => openHandler?.({ url }),
  };
}

function preventable() {
  return { preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'blocks %s',
    (name) => {
      const { contents, emitter } = fakeContents();
      hardenWebContents(contents, { openExternal: vi.fn(async () => undefined) });
      const event = preventable();
      emitter.emit(name, event, 'https://evil.example/');
      expect(event.preventDefault).toHaveBeenCalled();
    },
  );

  it('denies every new window, sending only safe web links to the system browser', () => {
    const openExternal = vi.fn(async () => undefined);
    const { contents, open } = fakeContents();
    hardenWebContents(contents, { openExternal });
    expect(open('https://www.ed.gov/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('https://user:pw@evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://blendwise/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.ed.gov/']]);
  });

  it('swallows a failure of the system browser', async () => {
    const { contents, open } = fakeContents();
    hardenWebContents(contents, { openExternal: () => Promise.reject(new Error('no browser')) });
    expect(() => open('https://example.org/')).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
});

describe('hardenSession', () => {
  it('denies every permission and blocks the network', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    let device: ((...args: unknown[]) => boolean) | undefined;
    let beforeRequest:
      | { filter: { urls: string[] }; listener: (d: unknown, cb: (r: { cancel: boolean }) => void) => void }
      | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h),
      webRequest: {
        onBeforeRequest: (
          filter: { urls: string[] },
          listener: NonNullable<typeof beforeRequest>['listener'],
        ) => (beforeRequest = { filter, listener }),
      },
    } as unknown as Session;

    hardenSession(session);

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'unknown',
    ]) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission, 'app://blendwise', {})).toBe(false);
    }
    expect(device?.({ deviceType: 'usb' })).toBe(false);

    expect(beforeRequest?.filter.urls).toEqual(BLOCKED_NETWORK_URLS);
    const callback = vi.fn();
    beforeRequest?.listener({ url: 'https://tracker.example/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});
