// The typed contract between the renderer and the desktop. The preload implements it over IPC;
// the renderer carries a browser implementation of the same contract.
import { z } from 'zod';
import type { MenuCommand } from './bridgeChannels';

export * from './bridgeChannels';

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

export const saveFileArgsSchema = z.object({
  title: z.string().max(200).optional(),
  suggestedName: z.string().min(1).max(255),
  filters: z.array(fileFilterSchema).max(10),
  data: z.union([z.string(), z.instanceof(Uint8Array)]),
});
export type SaveFileArgs = z.infer<typeof saveFileArgsSchema>;

export const printToPdfArgsSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  landscape: z.boolean().optional(),
});
export type PrintToPdfArgs = z.infer<typeof printToPdfArgsSchema>;

export type SaveResult = { saved: boolean; path?: string };

export type AppInfo = { name: string; version: string; shell: 'desktop' | 'browser'; platform: string };

export interface Bridge {
  openFiles(args: OpenFilesArgs): Promise<OpenedFile[]>;
  saveFile(args: SaveFileArgs): Promise<SaveResult>;
  printToPdf(args: PrintToPdfArgs): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
  /** subscribe to application-menu commands; returns the unsubscribe function */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
