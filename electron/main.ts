// Blendwise's main process: wiring only. The rules live in small Electron-free modules
// (security, app-protocol, ipc, window-state, menu, hardening) that unit tests cover.
import {
  app,
  BrowserWindow,
  Menu,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type BaseWindow,
} from 'electron';
import path from 'node:path';
import { CHANNELS, type MenuCommand } from '../shared/bridge';
import { serveAppRequest } from './app-protocol';
import { loadChosenFolders } from './chosen-folders';
import { chokidarWatch } from './chokidar-watch';
import { registerFolderHandlers } from './folder-ipc';
import {
  decideOnGone,
  goneMessage,
  isBackupSave,
  readLastBackup,
  recordLastBackup,
  unresponsiveMessage,
} from './crash-recovery';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { nodeFileAccess } from './node-files';
import { APP_SCHEME, APP_START_URL, isSafeExternalUrl } from './security';
import { MIN_SIZE, loadWindowState, saveWindowState } from './window-state';

// The bundle lives in dist-electron/; the renderer build in dist/renderer/ beside it.
const RENDERER_ROOT = path.join(__dirname, '../dist/renderer');
const PRELOAD = path.join(__dirname, 'preload.cjs');

// Must happen before 'ready'. standard + secure give app:// a real, stable origin (IndexedDB,
// localStorage, 'self' in the CSP); corsEnabled lets Vite's `<script type=module crossorigin>`
// load from it. No bypassCSP, no service workers.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
  },
]);
// Sandbox every renderer, including any created later by a library.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

function sendMenuCommand(command: MenuCommand, focused: BaseWindow | undefined): void {
  const target =
    focused instanceof BrowserWindow ? focused : (BrowserWindow.getFocusedWindow() ?? mainWindow);
  if (target && !target.isDestroyed()) target.webContents.send(CHANNELS.menuCommand, command);
}

function createMainWindow(): BrowserWindow {
  const userData = app.getPath('userData');
  const state = loadWindowState(
    userData,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );

  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Blendwise',
    show: false,
    backgroundColor: '#f6f7f4',
    webPreferences: {
      // Reviewed (electronegativity PRELOAD_JS_CHECK): the preload runs sandboxed and exposes
      // only the five bridge functions through contextBridge — never ipcRenderer or Node.
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      // On Windows and Linux the spell-check dictionaries are downloaded from a CDN; the app
      // stays offline, so only macOS (system dictionaries) spell-checks.
      spellcheck: process.platform === 'darwin',
    },
  });
  if (state.maximized) window.maximize();

  window.once('ready-to-show', () => window.show());
  // Keep the app's name in the title bar whatever the page calls itself.
  window.on('page-title-updated', (event, title) => {
    if (title.includes('Blendwise')) return;
    event.preventDefault();
    window.setTitle(title.trim() === '' ? 'Blendwise' : `${title} — Blendwise`);
  });
  // A screen holding unsaved typed work cancels the unload (beforeunload). Electron shows no
  // prompt of its own and would simply not close: ask, and close if the teacher says so.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Stay', 'Leave without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Unsaved changes',
      message: 'Something you typed is not saved yet.',
      detail: 'If you leave now, it is lost. Stay to go back and save it.',
    });
    if (choice === 1) event.preventDefault();
  });
  watchForCrashes(window, userData);
  window.on('close', () => {
    saveWindowState(userData, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });

  void window.loadURL(APP_START_URL);
  return window;
}

/**
 * A page that crashes or hangs never leaves the window blank: it is reloaded, and the teacher is
 * told so and pointed to the last backup (see crash-recovery.ts for the rules).
 */
function watchForCrashes(window: BrowserWindow, userData: string): void {
  let crashes: number[] = [];
  let asking = false;
  // Set when the teacher chose Reload on a hung page: its process is ended on purpose, and that
  // end is not a crash to report.
  let endedOnPurpose = false;
  window.webContents.on('render-process-gone', (_event, details) => {
    if (endedOnPurpose) {
      endedOnPurpose = false;
      return;
    }
    const decision = decideOnGone(details, crashes, Date.now());
    crashes = decision.crashes;
    if (decision.action === 'ignore' || window.isDestroyed()) return;
    if (decision.action === 'reload') window.webContents.reload();
    const { type, title, message, detail, buttons } = goneMessage(details, decision, readLastBackup(userData));
    void dialog.showMessageBox(window, { type, title, message, detail, buttons, defaultId: 0, noLink: true }).then(({ response }) => {
      if (decision.action !== 'stop' || window.isDestroyed()) return;
      if (response === 0) window.webContents.reload();
      else app.quit();
    });
  });
  window.on('unresponsive', () => {
    if (asking) return;
    asking = true;
    const { type, title, message, detail, buttons } = unresponsiveMessage(readLastBackup(userData));
    void dialog
      .showMessageBox(window, { type, title, message, detail, buttons, defaultId: 0, cancelId: 0, noLink: true })
      .then(({ response }) => {
        asking = false;
        if (response !== 1 || window.isDestroyed()) return;
        // A hung page cannot run its own unload: end its process, then load it afresh.
        endedOnPurpose = true;
        window.webContents.forcefullyCrashRenderer();
        window.webContents.reload();
      });
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(): void {
  app.on('second-instance', focusMainWindow);

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      // Reviewed (electronegativity OPEN_EXTERNAL_JS_CHECK): the URL comes from a page, so it is
      // checked here as well as in hardenWebContents; only plain http(s) links without
      // credentials ever reach the OS.
      openExternal: (url) => (isSafeExternalUrl(url) ? shell.openExternal(url) : Promise.resolve()),
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, RENDERER_ROOT));

    const chosenFolders = loadChosenFolders(app.getPath('userData'));
    const folders = registerFolderHandlers(ipcMain, {
      showOpenDialog: (owner, options) => {
        const parent = BrowserWindow.fromWebContents(owner);
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
      files: nodeFileAccess,
      chosen: chosenFolders,
      watch: chokidarWatch,
      send: (target, event) => {
        if (!target.isDestroyed()) target.send(CHANNELS.folderEvent, event);
      },
    });
    app.on('before-quit', () => void folders.closeAll());

    registerIpcHandlers(ipcMain, {
      showOpenDialog: (owner, options) => {
        const parent = BrowserWindow.fromWebContents(owner);
        return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
      },
      showSaveDialog: (owner, options) => {
        const parent = BrowserWindow.fromWebContents(owner);
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      files: nodeFileAccess,
      defaultSaveDir: documentsFolder,
      isChosenFolder: (folder) => chosenFolders.has(folder),
      onSaved: (args, filePath) => {
        if (isBackupSave(args)) recordLastBackup(app.getPath('userData'), { path: filePath, at: new Date().toISOString() });
      },
      appInfo: () => ({
        name: 'Blendwise',
        version: app.getVersion(),
        shell: 'desktop',
        platform: process.platform,
      }),
    });

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ platform: process.platform, isDev: !app.isPackaged, send: sendMenuCommand }),
      ),
    );

    mainWindow = createMainWindow();
  });
}

// One Blendwise at a time: two windows writing the same IndexedDB would fight over it.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
