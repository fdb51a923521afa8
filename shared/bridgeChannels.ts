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
  chooseFolder: 'bridge:choose-folder',
  watchFolders: 'bridge:watch-folders',
  folderEvent: 'bridge:folder-event',
  writeFolderFile: 'bridge:write-folder-file',
} as const;

/** The files a review folder holds: plan bundles teachers drop there and the reviews written back. */
export const FOLDER_FILE_EXTENSIONS = ['.blendwise', '.blendwise-review'] as const;

/** What the main process reports of a watched review folder; `file` is relative to `folder`, with '/'. */
export type FolderEvent =
  | { kind: 'file'; folder: string; file: string; data: Uint8Array }
  | { kind: 'removed'; folder: string; file: string }
  | { kind: 'problem'; folder: string; file: string; message: string };


/** The save dialog's filter name for a backup: the desktop remembers where the last one went by it. */
export const BACKUP_FILE_FILTER = 'Blendwise backup';
