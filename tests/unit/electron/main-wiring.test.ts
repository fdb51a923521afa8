// main.ts against a recording fake of the 'electron' module: proves the wiring (scheme
// privileges, sandbox, secure webPreferences, handlers registered) without the binary.
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/bridge';
import { APP_START_URL, CONTENT_SECURITY_POLICY } from '../../../electron/security';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  class FakeWindow {
    options: Record<string, unknown>;
    listeners = new Map<string, Listener>();
    loaded: string[] = [];
    focused = 0;
    contentsListeners = new Map<string, Listener>();
    webContents = {
      send: vi.fn(),
      on: (name: string, l: Listener) => void this.contentsListeners.set(name, l),
      reload: vi.fn(),
      forcefullyCrashRenderer: vi.fn(),
    };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
    }
    on(name: string, l: Listener) {
      this.listeners.set(name, l);
      return this;
    }
    once(name: string, l: Listener) {
      return this.on(name, l);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {
      this.focused++;
    }
    isDestroyed() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1000, height: 700 };
    }
    setTitle() {}
    static getAllWindows = () => windows;
    static getFocusedWindow = () => windows[0] ?? null;
    static fromWebContents = () => windows[0] ?? null;
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const state = {
    schemes: [] as unknown[],
    sandboxEnabled: false,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcChannels: [] as string[],
    menu: undefined as unknown,
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
    openExternal: vi.fn(async () => undefined),
    quit: vi.fn(),
    appListeners,
    windows,
  };
  const electron = {
    app: {
      enableSandbox: () => void (state.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      on: (name: string, l: Listener) => void appListeners.set(name, l),
      whenReady: () => Promise.resolve(),
      getPath: () => '/nonexistent/blendwise-user-data',
      getVersion: () => '0.1.0',
      isPackaged: true,
      quit: state.quit,
    },
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (state.menu = m) },
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showMessageBoxSync: vi.fn(() => 0),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    ipcMain: { handle: (channel: string) => void state.ipcChannels.push(channel) },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => void state.schemes.push(...s),
      handle: (scheme: string, h: (request: Request) => Promise<Response>) =>
        void state.protocolHandlers.set(scheme, h),
    },
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    session: { defaultSession: state.session },
    shell: { openExternal: state.openExternal },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

describe('main process wiring', () => {
  beforeAll(async () => {
    await import('../../../electron/main');
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('registers app:// as a standard, secure scheme and sandboxes every renderer', () => {
    expect(fake.state.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    expect(fake.state.sandboxEnabled).toBe(true);
  });

  it('asks before a window holding unsaved typed work closes, and closes only when told to', () => {
    const window = fake.state.windows[0]!;
    const onPreventUnload = window.contentsListeners.get('will-prevent-unload')!;
    const showBox = fake.electron.dialog.showMessageBoxSync as ReturnType<typeof vi.fn>;
    const stay = { preventDefault: vi.fn() };
    showBox.mockReturnValueOnce(0);
    onPreventUnload(stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
    const leave = { preventDefault: vi.fn() };
    showBox.mockReturnValueOnce(1);
    onPreventUnload(leave);
    expect(leave.preventDefault).toHaveBeenCalledOnce();
  });

  it('opens one window with locked-down web preferences on our own URL', () => {
    expect(fake.state.windows).toHaveLength(1);
    const window = fake.state.windows[0]!;
    expect(window.loaded).toEqual([APP_START_URL]);
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(path.basename(String(prefs.preload))).toBe('preload.cjs');
  });

  it('denies permissions, blocks the network and registers every IPC channel', () => {
    expect(fake.state.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.state.session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.state.session.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fake.state.ipcChannels.sort()).toEqual(
      [
        CHANNELS.openFiles,
        CHANNELS.saveFile,
        CHANNELS.printToPdf,
        CHANNELS.appInfo,
        CHANNELS.chooseFolder,
        CHANNELS.watchFolders,
        CHANNELS.writeFolderFile,
      ].sort(),
    );
    expect(Array.isArray(fake.state.menu)).toBe(true);
  });

  it('hardens every webContents created later', () => {
    expect(fake.state.appListeners.has('web-contents-created')).toBe(true);
  });

  it('serves the renderer from dist/renderer with the CSP', async () => {
    const handler = fake.state.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://blendwise/%2e%2e%2fpackage.json'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('focuses the first window when a second instance starts', () => {
    const window = fake.state.windows[0]!;
    const before = window.focused;
    fake.state.appListeners.get('second-instance')?.();
    expect(window.focused).toBe(before + 1);
  });

  it('sends File menu commands to the focused window', () => {
    const file = (
      fake.state.menu as { label?: string; submenu?: { label?: string; click?: Listener }[] }[]
    ).find((m) => m.label === '&File');
    file?.submenu?.find((i) => i.label === 'Import…')?.click?.({}, undefined, {});
    expect(fake.state.windows[0]!.webContents.send).toHaveBeenCalledWith(CHANNELS.menuCommand, 'import');
  });

  it('reloads a page whose process is gone and says so, pointing to the backup; a clean exit is left alone', async () => {
    const window = fake.state.windows[0]!;
    const gone = window.contentsListeners.get('render-process-gone')!;
    const showBox = fake.electron.dialog.showMessageBox as ReturnType<typeof vi.fn>;
    showBox.mockClear();
    window.webContents.reload.mockClear();
    gone({}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(showBox).not.toHaveBeenCalled();

    gone({}, { reason: 'crashed', exitCode: 139 });
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(showBox).toHaveBeenCalledOnce();
    const options = showBox.mock.calls[0]![1] as { message: string; detail: string };
    expect(options.message).toContain('has been reloaded');
    expect(options.detail).toContain('Back up');
  });

  it('asks what to do with a page that stops answering; Reload ends its process and loads it again, without a crash message', async () => {
    const window = fake.state.windows[0]!;
    const showBox = fake.electron.dialog.showMessageBox as ReturnType<typeof vi.fn>;
    showBox.mockClear();
    window.webContents.reload.mockClear();
    showBox.mockResolvedValueOnce({ response: 0 });
    window.listeners.get('unresponsive')!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((showBox.mock.calls[0]![1] as { buttons: string[] }).buttons).toEqual(['Wait', 'Reload']);
    expect(window.webContents.reload).not.toHaveBeenCalled();

    showBox.mockResolvedValueOnce({ response: 1 });
    window.listeners.get('unresponsive')!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    window.contentsListeners.get('render-process-gone')!({}, { reason: 'killed', exitCode: 9 });
    expect(window.webContents.reload).toHaveBeenCalledOnce();
    expect(showBox).toHaveBeenCalledTimes(2);
  });
});
