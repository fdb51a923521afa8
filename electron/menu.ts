// The application menu as data. File and Help items do not act in the main process: they send a
// menu command to the focused window, and the renderer (which owns the data) does the work.
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/bridge';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /**
   * a development build (not packaged). Reload and the developer tools are offered only there: in
   * class, reload would throw away unsaved drafts, and the developer tools (with their shortcut,
   * which comes with the menu item) open an inspector of the students' records by one stray keystroke
   */
  isDev: boolean;
  send(command: MenuCommand, focusedWindow: BaseWindow | undefined): void;
}

export function buildMenuTemplate({ platform, isDev, send }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command =
    (name: MenuCommand): MenuItemConstructorOptions['click'] =>
    (_item, focusedWindow) =>
      send(name, focusedWindow);

  const settings: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: command('settings'),
  };
  const about: MenuItemConstructorOptions = { label: 'About Blendwise', click: command('about') };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Blendwise',
          submenu: [
            about,
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: command('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: command('export') },
      { type: 'separator' },
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: command('print') },
      { type: 'separator' },
      { label: 'Open Plan for Review…', accelerator: 'CmdOrCtrl+Shift+O', click: command('openReview') },
      { type: 'separator' },
      { label: 'Back up…', accelerator: 'CmdOrCtrl+Shift+S', click: command('backup') },
      { label: 'Restore from Backup…', click: command('restore') },
      ...(isMac ? [] : [{ type: 'separator' } as const, settings]),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isDev
        ? [{ role: 'reload' } as const, { role: 'forceReload' } as const, { type: 'separator' } as const]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isDev ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: isMac ? [{ label: 'About Blendwise', click: command('about') }] : [about],
  };

  return [...appMenu, file, edit, view, help];
}
