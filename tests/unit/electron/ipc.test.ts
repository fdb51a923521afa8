import path from 'node:path';
import type { IpcMainInvokeEvent, OpenDialogOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, MAX_OPEN_FILE_BYTES } from '../../../shared/bridge';
import {
  createIpcHandlers,
  registerIpcHandlers,
  safeFileName,
  type FileAccess,
  type IpcDeps,
  type IpcMainLike,
  type PdfSource,
} from '../../../electron/ipc';

const TRUSTED = 'app://blendwise/index.html';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

type FakeSender = PdfSource & { printed: PrintToPDFOptions[] };

function fakeSender(): FakeSender {
  const printed: PrintToPDFOptions[] = [];
  return {
    printed,
    printToPDF: async (options) => {
      printed.push(options);
      return PDF;
    },
  };
}

function event(url: string | null = TRUSTED, sender: FakeSender = fakeSender()) {
  return { senderFrame: url === null ? null : { url }, sender };
}

/** An in-memory disk that records every write, so tests can prove where data went. */
function fakeFiles(contents: Record<string, Uint8Array | number> = {}) {
  const writes: { path: string; data: string | Uint8Array }[] = [];
  const reads: string[] = [];
  const files: FileAccess = {
    fileSize: async (p) => {
      const c = contents[p];
      if (c === undefined) throw new Error(`ENOENT ${p}`);
      return typeof c === 'number' ? c : c.byteLength;
    },
    readFile: async (p) => {
      reads.push(p);
      const c = contents[p];
      if (c === undefined) throw new Error(`ENOENT ${p}`);
      return typeof c === 'number' ? new Uint8Array(0) : c;
    },
    writeFile: async (p, data) => {
      writes.push({ path: p, data });
    },
  };
  return { files, writes, reads };
}

function setup(
  options: {
    open?: { canceled: boolean; filePaths: string[] };
    save?: { canceled: boolean; filePath?: string };
    contents?: Record<string, Uint8Array | number>;
  } = {},
) {
  const disk = fakeFiles(options.contents);
  const openCalls: OpenDialogOptions[] = [];
  const saveCalls: SaveDialogOptions[] = [];
  const deps: IpcDeps<FakeSender> = {
    showOpenDialog: vi.fn(async (_owner: FakeSender, o: OpenDialogOptions) => {
      openCalls.push(o);
      return options.open ?? { canceled: true, filePaths: [] };
    }),
    showSaveDialog: vi.fn(async (_owner: FakeSender, o: SaveDialogOptions) => {
      saveCalls.push(o);
      return options.save ?? { canceled: true, filePath: '' };
    }),
    files: disk.files,
    defaultSaveDir: () => '/home/teacher/Documents',
    appInfo: () => ({ name: 'Blendwise', version: '0.1.0', shell: 'desktop', platform: 'linux' }),
  };
  return { handlers: createIpcHandlers(deps), deps, disk, openCalls, saveCalls };
}

const csvFilter = [{ name: 'Spreadsheets', extensions: ['csv'] }];

describe('every handler checks its sender first', () => {
  it.each([null, '', 'file:///tmp/evil.html', 'https://evil.example/', 'app://other/index.html'])(
    'refuses a request from %s without opening any dialog',
    async (url) => {
      const { handlers, deps } = setup();
      const e = event(url);
      await expect(handlers.openFiles(e, { filters: csvFilter })).rejects.toThrow(
        /did not come from the Blendwise window/,
      );
      await expect(
        handlers.saveFile(e, { suggestedName: 'a.csv', filters: csvFilter, data: 'x' }),
      ).rejects.toThrow(/refused/);
      await expect(handlers.printToPdf(e, { suggestedName: 'plan' })).rejects.toThrow(/refused/);
      await expect(handlers.appInfo(e)).rejects.toThrow(/refused/);
      expect(deps.showOpenDialog).not.toHaveBeenCalled();
      expect(deps.showSaveDialog).not.toHaveBeenCalled();
      expect(e.sender.printed).toEqual([]);
    },
  );
});

describe('openFiles', () => {
  it.each([
    undefined,
    null,
    'files',
    {},
    { filters: 'csv' },
    { filters: [{ name: '', extensions: ['csv'] }] },
    { filters: [{ name: 'Sneaky', extensions: ['../../etc'] }] },
    { filters: csvFilter, multiple: 'yes' },
    { filters: csvFilter, title: 'x'.repeat(201) },
  ])('rejects bad arguments %j with a plain message and no dialog', async (args) => {
    const { handlers, deps } = setup();
    await expect(handlers.openFiles(event(), args)).rejects.toThrow(
      /Blendwise could not open files: the request was not valid/,
    );
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });

  it('returns nothing when the teacher cancels', async () => {
    const { handlers, disk } = setup({ open: { canceled: true, filePaths: [] } });
    await expect(handlers.openFiles(event(), { filters: csvFilter })).resolves.toEqual([]);
    expect(disk.reads).toEqual([]);
  });

  it('passes the validated filters and reads the chosen files', async () => {
    const a = new TextEncoder().encode('sourcedId,title\n1,Math');
    const b = new Uint8Array([1, 2, 3]);
    const { handlers, openCalls } = setup({
      open: { canceled: false, filePaths: ['/roster/classes.csv', '/roster/users.csv'] },
      contents: { '/roster/classes.csv': a, '/roster/users.csv': b },
    });
    const files = await handlers.openFiles(event(), { title: 'Import', filters: csvFilter, multiple: true });
    expect(files.map((f) => f.name)).toEqual(['classes.csv', 'users.csv']);
    expect(files[0]?.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(files[1]?.data ?? [])).toEqual([1, 2, 3]);
    expect(openCalls[0]).toMatchObject({ title: 'Import', filters: csvFilter });
    expect(openCalls[0]?.properties).toEqual(['openFile', 'multiSelections']);
  });

  it('reads only one file unless several were asked for', async () => {
    const { handlers, openCalls, disk } = setup({
      open: { canceled: false, filePaths: ['/a.csv', '/b.csv'] },
      contents: { '/a.csv': new Uint8Array([1]), '/b.csv': new Uint8Array([2]) },
    });
    const files = await handlers.openFiles(event(), { filters: csvFilter });
    expect(files).toHaveLength(1);
    expect(disk.reads).toEqual(['/a.csv']);
    expect(openCalls[0]?.properties).toEqual(['openFile']);
  });

  it('refuses a file over the size limit in plain words, before reading anything', async () => {
    const { handlers, disk } = setup({
      open: { canceled: false, filePaths: ['/small.csv', '/huge.csv'] },
      contents: { '/small.csv': new Uint8Array([1]), '/huge.csv': MAX_OPEN_FILE_BYTES + 1 },
    });
    await expect(handlers.openFiles(event(), { filters: csvFilter, multiple: true })).rejects.toThrow(
      /"huge\.csv" is 201 MB, larger than the 200 MB Blendwise can open/,
    );
    expect(disk.reads).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const { handlers } = setup({
      open: { canceled: false, filePaths: ['/edge.csv'] },
      contents: { '/edge.csv': MAX_OPEN_FILE_BYTES },
    });
    await expect(handlers.openFiles(event(), { filters: csvFilter })).resolves.toHaveLength(1);
  });
});

describe('saveFile', () => {
  const args = { suggestedName: 'Groups 7B.csv', filters: csvFilter, data: 'a,b\r\n1,2\r\n' };

  it.each([
    undefined,
    {},
    { ...args, suggestedName: '' },
    { ...args, suggestedName: 'x'.repeat(256) },
    { ...args, data: 42 },
    { ...args, data: { length: 3 } },
    { ...args, filters: [{ name: 'All', extensions: ['.exe;rm -rf'] }] },
  ])('rejects bad arguments %j', async (bad) => {
    const { handlers, deps, disk } = setup({ save: { canceled: false, filePath: '/x' } });
    await expect(handlers.saveFile(event(), bad)).rejects.toThrow(
      /Blendwise could not save the file: the request was not valid/,
    );
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(disk.writes).toEqual([]);
  });

  it('starts the dialog in the teacher’s shared folder only when it is one they chose', async () => {
    const { handlers, deps, saveCalls } = setup({ save: { canceled: true, filePath: '' } });
    deps.isChosenFolder = (folder) => folder === '/school/share';
    await handlers.saveFile(event(), { ...args, folder: '/school/share' });
    await handlers.saveFile(event(), { ...args, folder: '/etc' });
    await expect(handlers.saveFile(event(), { ...args, folder: '/x\0y' })).rejects.toThrow(/not valid/);
    expect(saveCalls.map((c) => c.defaultPath)).toEqual([
      path.join('/school/share', 'Groups 7B.csv'),
      path.join('/home/teacher/Documents', 'Groups 7B.csv'),
    ]);
  });

  it('writes nothing when the teacher cancels', async () => {
    const { handlers, disk } = setup({ save: { canceled: true, filePath: '' } });
    await expect(handlers.saveFile(event(), args)).resolves.toEqual({ saved: false });
    expect(disk.writes).toEqual([]);
  });

  it('writes nothing when the dialog returns no path', async () => {
    const { handlers, disk } = setup({ save: { canceled: false, filePath: '' } });
    await expect(handlers.saveFile(event(), args)).resolves.toEqual({ saved: false });
    expect(disk.writes).toEqual([]);
  });

  it('writes only to the path chosen in the dialog, whatever the renderer asks for', async () => {
    const chosen = '/home/teacher/Desktop/groups.csv';
    const { handlers, disk, saveCalls } = setup({ save: { canceled: false, filePath: chosen } });
    const sneaky = {
      ...args,
      suggestedName: '../../../.bashrc',
      path: '/etc/passwd',
      filePath: '/etc/shadow',
    };
    await expect(handlers.saveFile(event(), sneaky)).resolves.toEqual({ saved: true, path: chosen });
    expect(disk.writes).toEqual([{ path: chosen, data: args.data }]);
    // The suggested name is only a hint, and cannot climb out of the starting folder.
    expect(saveCalls[0]?.defaultPath).toBe(path.join('/home/teacher/Documents', 'bashrc'));
    expect(saveCalls[0]?.filters).toEqual(csvFilter);
  });

  it('writes bytes as given', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const { handlers, disk } = setup({ save: { canceled: false, filePath: '/backup.zip' } });
    await handlers.saveFile(event(), { suggestedName: 'backup.zip', filters: [], data: bytes });
    expect(disk.writes[0]?.data).toEqual(bytes);
  });

  it('tells of a file once it is written, and of none the teacher cancelled', async () => {
    const saved = setup({ save: { canceled: false, filePath: '/home/teacher/b.json' } });
    const onSaved = vi.fn();
    const handlers = createIpcHandlers({ ...saved.deps, onSaved });
    const backup = { suggestedName: 'b.json', filters: [{ name: 'Blendwise backup', extensions: ['json'] }], data: '{}' };
    await handlers.saveFile(event(), backup);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ filters: backup.filters }), '/home/teacher/b.json');
    const cancelled = setup();
    const onCancelledSave = vi.fn();
    await createIpcHandlers({ ...cancelled.deps, onSaved: onCancelledSave }).saveFile(event(), backup);
    expect(onCancelledSave).not.toHaveBeenCalled();
  });
});

describe('printToPdf', () => {
  it('prints the sender in landscape when asked, then saves where the teacher chose', async () => {
    const sender = fakeSender();
    const { handlers, disk, saveCalls } = setup({
      save: { canceled: false, filePath: '/plans/rotation.pdf' },
    });
    await expect(
      handlers.printToPdf(event(TRUSTED, sender), { suggestedName: 'Rotation Monday', landscape: true }),
    ).resolves.toEqual({
      saved: true,
      path: '/plans/rotation.pdf',
    });
    expect(sender.printed[0]).toMatchObject({ landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(saveCalls[0]?.defaultPath).toBe(path.join('/home/teacher/Documents', 'Rotation Monday.pdf'));
    expect(saveCalls[0]?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(disk.writes).toEqual([{ path: '/plans/rotation.pdf', data: PDF }]);
  });

  it('defaults to portrait and writes nothing on cancel', async () => {
    const sender = fakeSender();
    const { handlers, disk } = setup({ save: { canceled: true, filePath: '' } });
    await expect(handlers.printToPdf(event(TRUSTED, sender), { suggestedName: 'plan.pdf' })).resolves.toEqual(
      { saved: false },
    );
    expect(sender.printed[0]?.landscape).toBe(false);
    expect(disk.writes).toEqual([]);
  });

  it.each([undefined, {}, { suggestedName: '' }, { suggestedName: 'a', landscape: 'yes' }])(
    'rejects %j',
    async (bad) => {
      const sender = fakeSender();
      const { handlers } = setup();
      await expect(handlers.printToPdf(event(TRUSTED, sender), bad)).rejects.toThrow(
        /could not print to PDF/,
      );
      expect(sender.printed).toEqual([]);
    },
  );
});

describe('appInfo', () => {
  it('answers a trusted sender', async () => {
    const { handlers } = setup();
    await expect(handlers.appInfo(event())).resolves.toEqual({
      name: 'Blendwise',
      version: '0.1.0',
      shell: 'desktop',
      platform: 'linux',
    });
  });
});

describe('safeFileName', () => {
  it.each([
    ['Groups 7B.csv', 'Groups 7B.csv'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Windows\\win.ini', 'C-Windows-win.ini'],
    ['.hidden', 'hidden'],
    ['   ', 'Blendwise'],
    ['a\u0000b', 'a-b'],
  ])('%j -> %j', (input, expected) => expect(safeFileName(input)).toBe(expected));
});

describe('registerIpcHandlers', () => {
  it('registers one handler per invoke channel, each checking its sender', async () => {
    const registered = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
    const { deps } = setup();
    registerIpcHandlers(ipcMain, deps as unknown as Parameters<typeof registerIpcHandlers>[1]);

    expect([...registered.keys()].sort()).toEqual(
      [CHANNELS.openFiles, CHANNELS.saveFile, CHANNELS.printToPdf, CHANNELS.appInfo].sort(),
    );
    const untrusted = event('https://evil.example/') as unknown as IpcMainInvokeEvent;
    for (const listener of registered.values()) {
      await expect(Promise.resolve().then(() => listener(untrusted, {}))).rejects.toThrow(/refused/);
    }
    const trusted = event() as unknown as IpcMainInvokeEvent;
    await expect(registered.get(CHANNELS.appInfo)?.(trusted)).resolves.toMatchObject({ shell: 'desktop' });
  });
});
