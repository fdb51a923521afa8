// Runs sandboxed, in an isolated world: it may require only 'electron'. It hands the page one
// function per bridge call and never ipcRenderer itself, nor the IPC event object.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge } from '../shared/bridge';
import { CHANNELS, MENU_COMMANDS, type MenuCommand } from '../shared/bridgeChannels';

const menuCommands: readonly string[] = MENU_COMMANDS;
const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && menuCommands.includes(value);

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
};

contextBridge.exposeInMainWorld('blendwise', bridge);
