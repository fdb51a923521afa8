// Runs sandboxed, in an isolated world: it may require only 'electron'. It hands the page one
// function per bridge call and never ipcRenderer itself, nor the IPC event object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../shared/bridge';
import { CHANNELS, MENU_COMMANDS, type FolderEvent, type MenuCommand } from '../shared/bridgeChannels';

const menuCommands: readonly string[] = MENU_COMMANDS;
const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && menuCommands.includes(value);

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 4096;

/** Only the three shapes of folder event reach the page; anything else on the channel is dropped. */
function asFolderEvent(value: unknown): FolderEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const e = value as Record<string, unknown>;
  if (!isText(e.folder) || !isText(e.file)) return null;
  if (e.kind === 'file' && e.data instanceof Uint8Array) return { kind: 'file', folder: e.folder, file: e.file, data: e.data };
  if (e.kind === 'removed') return { kind: 'removed', folder: e.folder, file: e.file };
  if (e.kind === 'problem' && isText(e.message)) return { kind: 'problem', folder: e.folder, file: e.file, message: e.message };
  return null;
}

const bridge: Bridge = {
  openFiles: (args) => ipcRenderer.invoke(CHANNELS.openFiles, args),
  saveFile: (args) => ipcRenderer.invoke(CHANNELS.saveFile, args),
  printToPdf: (args) => ipcRenderer.invoke(CHANNELS.printToPdf, args),
  appInfo: () => ipcRenderer.invoke(CHANNELS.appInfo),
  onMenuCommand(listener) {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(CHANNELS.menuCommand, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, relay);
    };
  },
  chooseFolder: (args) => ipcRenderer.invoke(CHANNELS.chooseFolder, args),
  watchFolders: (args) => ipcRenderer.invoke(CHANNELS.watchFolders, args),
  writeFolderFile: (args) => ipcRenderer.invoke(CHANNELS.writeFolderFile, args),
  onFolderEvent(listener) {
    if (typeof listener !== 'function') throw new TypeError('onFolderEvent needs a function.');
    const relay = (_event: IpcRendererEvent, raw: unknown): void => {
      const event = asFolderEvent(raw);
      if (event) listener(event);
    };
    ipcRenderer.on(CHANNELS.folderEvent, relay);
    return () => {
      ipcRenderer.removeListener(CHANNELS.folderEvent, relay);
    };
  },
};

contextBridge.exposeInMainWorld('blendwise', bridge);
