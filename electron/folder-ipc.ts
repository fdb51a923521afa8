// Registers the review-folder channels on ipcMain (only types from 'electron', like ipc.ts).
import type { IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../shared/bridge';
import { createFolderHandlers, type FolderDeps } from './folder-watch';
import type { IpcMainLike } from './ipc';

type Sender = IpcMainInvokeEvent['sender'];

export function registerFolderHandlers(ipcMain: IpcMainLike, deps: FolderDeps<Sender>) {
  const handlers = createFolderHandlers(deps);
  ipcMain.handle(CHANNELS.chooseFolder, (event, args) => handlers.chooseFolder(event, args));
  ipcMain.handle(CHANNELS.watchFolders, (event, args) => handlers.watchFolders(event, args));
  ipcMain.handle(CHANNELS.writeFolderFile, (event, args) => handlers.writeFolderFile(event, args));
  return handlers;
}
