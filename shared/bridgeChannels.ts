// Kept free of zod so the sandboxed preload can import it without bundling the validators.

export const MENU_COMMANDS = ['import', 'export', 'print', 'backup', 'restore', 'openReview', 'about', 'settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** IPC channel names, one per bridge function. */
export const CHANNELS = {
  openFiles: 'bridge:open-files',
  saveFile: 'bridge:save-file',
  printToPdf: 'bridge:print-to-pdf',
  appInfo: 'bridge:app-info',
  menuCommand: 'bridge:menu-command',
} as const;

/** The save dialog's filter name for a backup: the desktop remembers where the last one went by it. */
export const BACKUP_FILE_FILTER = 'Blendwise backup';
