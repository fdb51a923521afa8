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
      'onMenuCommand',
      'openFiles',
      'printToPdf',
      'saveFile',
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

  it('refuses a listener that is not a function', () => {
    expect(() => bridge.onMenuCommand('nope' as unknown as () => void)).toThrow(TypeError);
  });
});
