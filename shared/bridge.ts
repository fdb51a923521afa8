// The typed contract between the renderer and the desktop. The preload implements it over IPC;
// the renderer carries a browser implementation of the same contract.
import { z } from 'zod';
import type { FolderEvent, MenuCommand } from './bridgeChannels';
import { isFolderFileName, isSafeRelativeFile } from './folderPaths';

export * from './bridgeChannels';
export { FOLDER_DEPTH, isFolderFileName, isSafeRelativeFile, reviewFileNameFor } from './folderPaths';

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,16}$/i)).min(1).max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const openFilesArgsSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilterSchema).max(10),
  multiple: z.boolean().optional(),
});
export type OpenFilesArgs = z.infer<typeof openFilesArgsSchema>;

/** The largest file the app reads at once: protects against memory exhaustion from a bad pick. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;

export type OpenedFile = { name: string; data: Uint8Array };

/** A folder the user chose: an absolute path as the OS wrote it (the main process checks it was chosen). */
export const folderPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'a folder path cannot hold a NUL character');

export const saveFileArgsSchema = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z.string().min(1).max(255),
  filters: z.array(fileFilterSchema).max(10),
  data: z.union([z.string(), z.instanceof(Uint8Array)]),
  /** the folder the save dialog starts in (the teacher's export default), when it is one the user chose */
  folder: folderPathSchema.optional(),
});
export type SaveFileArgs = z.infer<typeof saveFileArgsSchema>;

export const printToPdfArgsSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  landscape: z.boolean().optional(),
});
export type PrintToPdfArgs = z.infer<typeof printToPdfArgsSchema>;

export type SaveResult = { saved: boolean; path?: string };

/** The largest review-folder file read and sent to the window: bundles are well under 1 MB. */
export const MAX_FOLDER_FILE_BYTES = 20 * 1024 * 1024;
/** The largest review file written back; a review is a few kilobytes of text. */
export const MAX_FOLDER_WRITE_BYTES = 5 * 1024 * 1024;
/** At most this many folders watched at once (the coach's review folder, the teacher's export folder). */
export const MAX_WATCHED_FOLDERS = 4;

export const chooseFolderArgsSchema = z.object({
  title: z.string().max(200).optional(),
});
export type ChooseFolderArgs = z.infer<typeof chooseFolderArgsSchema>;

export const watchFoldersArgsSchema = z.object({
  folders: z.array(folderPathSchema).max(MAX_WATCHED_FOLDERS),
});
export type WatchFoldersArgs = z.infer<typeof watchFoldersArgsSchema>;

export const writeFolderFileArgsSchema = z.object({
  folder: folderPathSchema,
  /** relative to the folder, '/' between parts; only review files are ever written */
  file: z
    .string()
    .min(1)
    .max(1024)
    .refine(isSafeRelativeFile, 'the file must stay inside the folder')
    .refine((f) => isFolderFileName(f) && f.toLowerCase().endsWith('.blendwise-review'), 'only a .blendwise-review file can be written'),
  data: z.string().max(MAX_FOLDER_WRITE_BYTES),
});
export type WriteFolderFileArgs = z.infer<typeof writeFolderFileArgsSchema>;

export type AppInfo = { name: string; version: string; shell: 'desktop' | 'browser'; platform: string };

export interface Bridge {
  openFiles(args: OpenFilesArgs): Promise<OpenedFile[]>;
  saveFile(args: SaveFileArgs): Promise<SaveResult>;
  printToPdf(args: PrintToPdfArgs): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
  /** subscribe to application-menu commands; returns the unsubscribe function */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** a folder chosen in the OS dialog (null: cancelled); the desktop remembers it as chosen */
  chooseFolder(args: ChooseFolderArgs): Promise<string | null>;
  /** watches exactly these chosen folders (an empty list stops watching); the files come as folder events */
  watchFolders(args: WatchFoldersArgs): Promise<void>;
  /** subscribe to what the watched folders hold and how it changes; returns the unsubscribe function */
  onFolderEvent(listener: (event: FolderEvent) => void): () => void;
  /** writes a review file into a watched folder (the browser build offers it as a download by that name) */
  writeFolderFile(args: WriteFolderFileArgs): Promise<SaveResult>;
}
