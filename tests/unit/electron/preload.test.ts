// preload.ts against a fake 'electron': the page gets one function per channel, menu commands
// arrive without the IPC event, and unknown commands never reach the page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Bridge } from '../../../shared/bridge';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<Listener>>();
  const exposed: Record<string, unknown> = {};
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    on: vi.fn((channel: string, l: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    }),
    removeListener: vi.fn((channel: string, l: Listener) => void listeners.get(channel)?.delete(l)),
    emit: (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l(...args)),
  };
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => void (exposed[key] = api)),
  };
  return { ipcRenderer, contextBridge, exposed, listeners };
});

vi.mock('electron', () => ({ ipcRenderer: fake.ipcRenderer, contextBridge: fake.contextBridge }));

describe('preload bridge', () => {
  let bridge: Bridge;
  beforeAll(async () => {
    await import('../../../electron/preload');
    bridge = fake.exposed.blendwise as Bridge;
  });

  it('exposes only the bridge functions under window.blendwise', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'chooseFolder',
      'onFolderEvent',
      'onMenuCommand',
      'openFiles',
      'printToPdf',
      'saveFile',
      'watchFolders',
      'writeFolderFile',
    ]);
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
  });

  it('invokes one channel per function, passing the arguments through', async () => {
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    await bridge.openFiles({ filters });
    await bridge.saveFile({ suggestedName: 'a.csv', filters, data: 'x' });
    await bridge.printToPdf({ suggestedName: 'plan', landscape: true });
    await bridge.appInfo();
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.openFiles, { filters }],
      [CHANNELS.saveFile, { suggestedName: 'a.csv', filters, data: 'x' }],
      [CHANNELS.printToPdf, { suggestedName: 'plan', landscape: true }],
      [CHANNELS.appInfo],
    ]);
  });

  it('delivers menu commands without the event, drops unknown ones, and unsubscribes', () => {
    const received: unknown[][] = [];
    const off = bridge.onMenuCommand((...args: unknown[]) => void received.push(args));
    const event = { sender: 'ipcRenderer itself' };
    fake.ipcRenderer.emit(CHANNELS.menuCommand, event, 'print');
    fake.ipcRenderer.emit(CHANNELS.menuCommand, event, 'format-disk');
    fake.ipcRenderer.emit(CHANNELS.menuCommand, event, { toString: () => 'print' });
    expect(received).toEqual([['print']]);

    off();
    fake.ipcRenderer.emit(CHANNELS.menuCommand, event, 'about');
    expect(received).toEqual([['print']]);
    expect(fake.listeners.get(CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('invokes the folder channels with their arguments', async () => {
    fake.ipcRenderer.invoke.mockClear();
    await bridge.chooseFolder({ title: 'Review folder' });
    await bridge.watchFolders({ folders: ['/share'] });
    await bridge.writeFolderFile({ folder: '/share', file: 'a.blendwise-review', data: '{}' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.chooseFolder, { title: 'Review folder' }],
      [CHANNELS.watchFolders, { folders: ['/share'] }],
      [CHANNELS.writeFolderFile, { folder: '/share', file: 'a.blendwise-review', data: '{}' }],
    ]);
  });

  it('delivers folder events of the three known shapes only, without the IPC event', () => {
    const received: unknown[] = [];
    const off = bridge.onFolderEvent((e) => void received.push(e));
    const event = { sender: 'ipcRenderer itself' };
    const data = new Uint8Array([123, 125]);
    fake.ipcRenderer.emit(CHANNELS.folderEvent, event, { kind: 'file', folder: '/share', file: 'a.blendwise', data, extra: 'dropped' });
    fake.ipcRenderer.emit(CHANNELS.folderEvent, event, { kind: 'removed', folder: '/share', file: 'a.blendwise' });
    fake.ipcRenderer.emit(CHANNELS.folderEvent, event, { kind: 'problem', folder: '/share', file: '', message: 'gone' });
    fake.ipcRenderer.emit(CHANNELS.folderEvent, event, { kind: 'file', folder: '/share', file: 'a.blendwise', data: 'not bytes' });
    fake.ipcRenderer.emit(CHANNELS.folderEvent, event, { kind: 'delete-everything', folder: '/share', file: 'x' });
    fake.ipcRenderer.emit(CHANNELS.folderEvent, event, null);
    expect(received).toEqual([
      { kind: 'file', folder: '/share', file: 'a.blendwise', data },
      { kind: 'removed', folder: '/share', file: 'a.blendwise' },
      { kind: 'problem', folder: '/share', file: '', message: 'gone' },
    ]);
    off();
    fake.ipcRenderer.emit(CHANNELS.folderEvent, event, { kind: 'removed', folder: '/share', file: 'b.blendwise' });
    expect(received).toHaveLength(3);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onMenuCommand('nope' as unknown as () => void)).toThrow(TypeError);
  });
});
