// Hardening applied to every webContents and to the session, whoever created them. Types only
// from 'electron': the objects are passed in, so tests can hand in fakes.
import type { Session, WebContents } from 'electron';
import { isSafeExternalUrl } from './security';

export interface HardeningDeps {
  openExternal(url: string): Promise<void>;
}

/**
 * The app is a single page: it never navigates, never opens windows and never embeds webviews.
 * Links meant for the web (target=_blank) go to the system browser, after a check.
 */
export function hardenWebContents(contents: WebContents, deps: HardeningDeps): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      // Safe by construction: isSafeExternalUrl admits only well-formed http(s) URLs without
      // credentials, so no file:, smb: or custom handler can be launched from here.
      deps.openExternal(url).catch(() => undefined);
    }
    return { action: 'deny' };
  });
}

/** Schemes the offline app never needs; blocking them keeps even a compromised page offline. */
export const BLOCKED_NETWORK_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

export function hardenSession(session: Session): void {
  // Blendwise needs no camera, microphone, notifications, geolocation, USB, HID, serial, ...
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_NETWORK_URLS }, (_details, callback) =>
    callback({ cancel: true }),
  );
}
