// The bridge's main-process side as plain functions. Electron objects come in as dependencies,
// so unit tests drive every rule (sender check, argument validation, dialogs, size limit)
// without the Electron binary. Only types are imported from 'electron'.
import path from 'node:path';
import type { IpcMainInvokeEvent, OpenDialogOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import type { z } from 'zod';
import {
  CHANNELS,
  MAX_OPEN_FILE_BYTES,
  openFilesArgsSchema,
  printToPdfArgsSchema,
  saveFileArgsSchema,
  type AppInfo,
  type OpenedFile,
  type SaveFileArgs,
  type SaveResult,
} from '../shared/bridge';
import { isTrustedSender } from './security';

/** What a handler needs of the sending webContents. */
export interface PdfSource {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export interface InvokeEvent<Sender extends PdfSource = PdfSource> {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: Sender;
}

export interface FileAccess {
  fileSize(filePath: string): Promise<number>;
  readFile(filePath: string, maxBytes: number): Promise<Uint8Array>;
  writeFile(filePath: string, data: string | Uint8Array): Promise<void>;
}

export interface IpcDeps<Sender extends PdfSource = PdfSource> {
  showOpenDialog(
    owner: Sender,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(
    owner: Sender,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  files: FileAccess;
  /** folder the save dialog starts in */
  defaultSaveDir(): string;
  /** whether the user chose this folder in a folder dialog (only such a folder may start a save dialog) */
  isChosenFolder?(folder: string): boolean;
  appInfo(): AppInfo;
  /** told of every file written through the save dialog (the last backup is remembered by it) */
  onSaved?(args: SaveFileArgs, filePath: string): void;
}

const MB = 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(name: string, bytes: number) {
    super(
      `"${name}" is ${Math.ceil(bytes / MB)} MB, larger than the ${MAX_OPEN_FILE_BYTES / MB} MB Blendwise can open. ` +
        'Choose a smaller file, or split it into several files.',
    );
    this.name = 'FileTooLargeError';
  }
}

export function refuseUntrusted(event: { readonly senderFrame: { readonly url: string } | null }, action: string): void {
  const url = event.senderFrame?.url ?? '';
  if (!isTrustedSender(url)) {
    throw new Error(`Blendwise refused to ${action}: the request did not come from the Blendwise window.`);
  }
}

export function validate<T>(schema: z.ZodType<T>, raw: unknown, action: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')}: ${first.message})` : '';
  throw new Error(`Blendwise could not ${action}: the request was not valid${where}.`);
}

/** A suggested name is only a hint for the dialog: never a path, never hidden, never empty. */
export function safeFileName(suggested: string): string {
  const cleaned = suggested
    // eslint-disable-next-line no-control-regex
    .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? 'Blendwise' : cleaned;
}

function ensureExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension}`) ? name : `${name}.${extension}`;
}

export function createIpcHandlers<Sender extends PdfSource>(deps: IpcDeps<Sender>) {
  return {
    async openFiles(event: InvokeEvent<Sender>, raw: unknown): Promise<OpenedFile[]> {
      refuseUntrusted(event, 'open files');
      const args = validate(openFilesArgsSchema, raw, 'open files');

      const result = await deps.showOpenDialog(event.sender, {
        ...(args.title !== undefined ? { title: args.title } : {}),
        filters: args.filters,
        properties: args.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      if (result.canceled || result.filePaths.length === 0) return [];
      const chosen = args.multiple ? result.filePaths : result.filePaths.slice(0, 1);

      // Check every size before reading anything, so one huge pick fails fast and reads nothing.
      for (const filePath of chosen) {
        const size = await deps.files.fileSize(filePath);
        if (size > MAX_OPEN_FILE_BYTES) throw new FileTooLargeError(path.basename(filePath), size);
      }
      const opened: OpenedFile[] = [];
      for (const filePath of chosen) {
        const data = await deps.files.readFile(filePath, MAX_OPEN_FILE_BYTES);
        if (data.byteLength > MAX_OPEN_FILE_BYTES)
          throw new FileTooLargeError(path.basename(filePath), data.byteLength);
        // A plain Uint8Array view (not a Node Buffer) is what structured clone hands the renderer.
        opened.push({
          name: path.basename(filePath),
          data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
        });
      }
      return opened;
    },

    async saveFile(event: InvokeEvent<Sender>, raw: unknown): Promise<SaveResult> {
      refuseUntrusted(event, 'save the file');
      const args = validate(saveFileArgsSchema, raw, 'save the file');

      const result = await deps.showSaveDialog(event.sender, {
        ...(args.title !== undefined ? { title: args.title } : {}),
        defaultPath: path.join(
          args.folder && deps.isChosenFolder?.(args.folder) ? args.folder : deps.defaultSaveDir(),
          safeFileName(args.suggestedName),
        ),
        filters: args.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      // The only path ever written is the one the user just chose in this dialog.
      if (result.canceled || !result.filePath) return { saved: false };
      await deps.files.writeFile(result.filePath, args.data);
      deps.onSaved?.(args, result.filePath);
      return { saved: true, path: result.filePath };
    },

    async printToPdf(event: InvokeEvent<Sender>, raw: unknown): Promise<SaveResult> {
      refuseUntrusted(event, 'print to PDF');
      const args = validate(printToPdfArgsSchema, raw, 'print to PDF');

      // The print views size their own pages (@page), as the e2e tests print them; `landscape`
      // is what a page without its own size gets.
      const pdf = await event.sender.printToPDF({
        landscape: args.landscape ?? false,
        printBackground: true,
        preferCSSPageSize: true,
      });
      const result = await deps.showSaveDialog(event.sender, {
        title: 'Save as PDF',
        defaultPath: path.join(
          deps.defaultSaveDir(),
          ensureExtension(safeFileName(args.suggestedName), 'pdf'),
        ),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return { saved: false };
      await deps.files.writeFile(result.filePath, pdf);
      return { saved: true, path: result.filePath };
    },

    async appInfo(event: InvokeEvent<Sender>): Promise<AppInfo> {
      refuseUntrusted(event, 'tell the app version');
      return deps.appInfo();
    },
  };
}

/** The slice of ipcMain used here; the real ipcMain fits it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps<IpcMainInvokeEvent['sender']>): void {
  const handlers = createIpcHandlers(deps);
  ipcMain.handle(CHANNELS.openFiles, (event, args) => handlers.openFiles(event, args));
  ipcMain.handle(CHANNELS.saveFile, (event, args) => handlers.saveFile(event, args));
  ipcMain.handle(CHANNELS.printToPdf, (event, args) => handlers.printToPdf(event, args));
  ipcMain.handle(CHANNELS.appInfo, (event) => handlers.appInfo(event));
}
