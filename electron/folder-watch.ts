// The review folder's main-process side as plain functions: choosing a folder, watching the
// chosen ones and writing reviews back. Electron objects and the watcher library come in as
// dependencies, so unit tests drive every rule (sender check, validation, paths kept inside a
// chosen folder, size limits) without the Electron binary or a real disk.
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import {
  chooseFolderArgsSchema,
  isFolderFileName,
  isSafeRelativeFile,
  MAX_FOLDER_FILE_BYTES,
  MAX_FOLDER_WRITE_BYTES,
  watchFoldersArgsSchema,
  writeFolderFileArgsSchema,
  type FolderEvent,
  type SaveResult,
} from '../shared/bridge';
import { utf8Length } from '../shared/bundle/sha256';
import type { ChosenFolders } from './chosen-folders';
import { refuseUntrusted, validate, type FileAccess } from './ipc';

export type WatchChange = 'add' | 'change' | 'unlink';

export interface FolderWatcher {
  close(): Promise<void>;
}

/** Starts watching one folder; `onChange` gets absolute paths. */
export type StartWatch = (
  folder: string,
  onChange: (change: WatchChange, absolutePath: string) => void,
  onError: (error: unknown) => void,
) => FolderWatcher;

export interface FolderSenderEvent<Sender> {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: Sender;
}

export interface FolderDeps<Sender> {
  showOpenDialog(owner: Sender, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  files: FileAccess;
  chosen: ChosenFolders;
  watch: StartWatch;
  /** hands an event to the window that asked for the watch (gone windows are the caller's business) */
  send(target: Sender, event: FolderEvent): void;
}

const MB = 1024 * 1024;

/** `absolutePath` relative to `folder` with '/', when it is a review-folder file inside it; else null. */
export function relativeFolderFile(folder: string, absolutePath: string): string | null {
  const relative = path.relative(path.resolve(folder), path.resolve(absolutePath));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const file = relative.split(path.sep).join('/');
  return isSafeRelativeFile(file) && isFolderFileName(file) ? file : null;
}

/** The absolute path of `file` in `folder`, or null when it would land anywhere else. */
export function pathInside(folder: string, file: string): string | null {
  if (!isSafeRelativeFile(file)) return null;
  const root = path.resolve(folder);
  const target = path.resolve(root, ...file.split('/'));
  return relativeFolderFile(root, target) === file ? target : null;
}

function refuseUnchosen(chosen: ChosenFolders, folder: string, action: string): void {
  if (!chosen.has(folder)) {
    throw new Error(
      `Blendwise did not ${action}: “${folder}” is not a folder you chose here. Choose it again with “Choose folder…”.`,
    );
  }
}

export function createFolderHandlers<Sender>(deps: FolderDeps<Sender>) {
  const watching = new Map<string, FolderWatcher>();
  let target: Sender | null = null;

  const send = (event: FolderEvent) => {
    if (target !== null) deps.send(target, event);
  };

  async function report(folder: string, change: WatchChange, absolutePath: string): Promise<void> {
    const file = relativeFolderFile(folder, absolutePath);
    if (file === null) return;
    if (change === 'unlink') {
      send({ kind: 'removed', folder, file });
      return;
    }
    try {
      const size = await deps.files.fileSize(absolutePath);
      if (size > MAX_FOLDER_FILE_BYTES) {
        send({
          kind: 'problem',
          folder,
          file,
          message: `It is ${Math.ceil(size / MB)} MB, larger than the ${MAX_FOLDER_FILE_BYTES / MB} MB a plan or review can be. Ask the teacher to export it again.`,
        });
        return;
      }
      const data = await deps.files.readFile(absolutePath, MAX_FOLDER_FILE_BYTES);
      if (data.byteLength > MAX_FOLDER_FILE_BYTES) throw new Error('it grew while it was read');
      send({ kind: 'file', folder, file, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
    } catch (error) {
      // A file half-synced by OneDrive or removed meanwhile: said, and read again on its next change.
      const why = error instanceof Error ? error.message : String(error);
      send({ kind: 'problem', folder, file, message: `Blendwise could not read it (${why}). It is read again when it changes.` });
    }
  }

  return {
    async chooseFolder(event: FolderSenderEvent<Sender>, raw: unknown): Promise<string | null> {
      refuseUntrusted(event, 'choose a folder');
      const args = validate(chooseFolderArgsSchema, raw, 'choose a folder');
      const result = await deps.showOpenDialog(event.sender, {
        title: args.title ?? 'Choose a folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return null;
      deps.chosen.add(folder);
      return path.resolve(folder);
    },

    async watchFolders(event: FolderSenderEvent<Sender>, raw: unknown): Promise<void> {
      refuseUntrusted(event, 'watch the folder');
      const args = validate(watchFoldersArgsSchema, raw, 'watch the folder');
      const wanted = [...new Set(args.folders.map((f) => path.resolve(f)))];
      for (const folder of wanted) refuseUnchosen(deps.chosen, folder, 'watch the folder');
      target = event.sender;
      // Every call starts afresh: a reloaded window gets every file again from the first scan.
      const old = [...watching.values()];
      watching.clear();
      await Promise.all(old.map((w) => w.close()));
      for (const folder of wanted) {
        watching.set(
          folder,
          deps.watch(
            folder,
            (change, absolutePath) => void report(folder, change, absolutePath),
            (error) => {
              const why = error instanceof Error ? error.message : String(error);
              send({ kind: 'problem', folder, file: '', message: `Blendwise cannot watch this folder (${why}). Check that it is still there, then choose it again.` });
            },
          ),
        );
      }
    },

    async writeFolderFile(event: FolderSenderEvent<Sender>, raw: unknown): Promise<SaveResult> {
      refuseUntrusted(event, 'write the review');
      const args = validate(writeFolderFileArgsSchema, raw, 'write the review');
      refuseUnchosen(deps.chosen, args.folder, 'write the review');
      const destination = pathInside(args.folder, args.file);
      if (destination === null) throw new Error('Blendwise did not write the review: its name would put it outside the folder.');
      if (utf8Length(args.data) > MAX_FOLDER_WRITE_BYTES) {
        throw new Error(`Blendwise did not write the review: it is larger than ${MAX_FOLDER_WRITE_BYTES / MB} MB.`);
      }
      await deps.files.writeFile(destination, args.data);
      return { saved: true, path: destination };
    },

    /** Stops every watcher (the window closed, or the app quits). */
    async closeAll(): Promise<void> {
      target = null;
      const all = [...watching.values()];
      watching.clear();
      await Promise.all(all.map((w) => w.close()));
    },
  };
}
