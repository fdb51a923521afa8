// The review-folder channel's main-process rules, without Electron or a real watcher: only the
// Blendwise window may ask, only folders chosen in the dialog are watched or written to, only
// bundles and reviews inside them reach the window, and sizes are limited both ways.
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FOLDER_FILE_BYTES, MAX_FOLDER_WRITE_BYTES, MAX_WATCHED_FOLDERS, type FolderEvent } from '../../../shared/bridge';
import { chosenFoldersIn } from '../../../electron/chosen-folders';
import { createFolderHandlers, pathInside, relativeFolderFile, type WatchChange } from '../../../electron/folder-watch';
import type { FileAccess } from '../../../electron/ipc';

const TRUSTED = 'app://blendwise/index.html';
const SHARE = path.resolve('/school/share');
const sender = { id: 'window' };
const event = (url: string | null = TRUSTED) => ({ senderFrame: url === null ? null : { url }, sender });

type FakeWatch = { folder: string; emit: (change: WatchChange, file: string) => void; fail: (e: unknown) => void; closed: boolean };

function setup(options: { chosen?: string[]; open?: { canceled: boolean; filePaths: string[] }; contents?: Record<string, Uint8Array | number> } = {}) {
  const contents = options.contents ?? {};
  const writes: { path: string; data: string | Uint8Array }[] = [];
  const reads: string[] = [];
  const files: FileAccess = {
    fileSize: async (p) => {
      const c = contents[p];
      if (c === undefined) throw new Error('ENOENT');
      return typeof c === 'number' ? c : c.byteLength;
    },
    readFile: async (p) => {
      reads.push(p);
      const c = contents[p];
      if (c === undefined) throw new Error('ENOENT');
      return typeof c === 'number' ? new Uint8Array(0) : c;
    },
    writeFile: async (p, data) => void writes.push({ path: p, data }),
  };
  const watches: FakeWatch[] = [];
  const sent: FolderEvent[] = [];
  const dialogs: OpenDialogOptions[] = [];
  const chosen = chosenFoldersIn(null, options.chosen ?? [SHARE]);
  const showOpenDialog = vi.fn(async (_owner: typeof sender, o: OpenDialogOptions) => {
    dialogs.push(o);
    return options.open ?? { canceled: true, filePaths: [] };
  });
  const handlers = createFolderHandlers<typeof sender>({
    showOpenDialog,
    files,
    chosen,
    watch: (folder, onChange, onError) => {
      const w: FakeWatch = { folder, emit: onChange, fail: onError, closed: false };
      watches.push(w);
      return { close: async () => void (w.closed = true) };
    },
    send: (_target, e) => void sent.push(e),
  });
  return { handlers, writes, reads, watches, sent, dialogs, chosen, showOpenDialog };
}

/** Lets the handlers' file reads settle. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('paths inside the review folder', () => {
  it('names a bundle or review relative to the folder, one level of subfolder at most', () => {
    expect(relativeFolderFile(SHARE, path.join(SHARE, 'Monday.blendwise'))).toBe('Monday.blendwise');
    expect(relativeFolderFile(SHARE, path.join(SHARE, 'Ana', 'Monday.blendwise-review'))).toBe('Ana/Monday.blendwise-review');
    expect(relativeFolderFile(SHARE, path.join(SHARE, 'a', 'b', 'Monday.blendwise'))).toBeNull();
    expect(relativeFolderFile(SHARE, path.join(SHARE, 'notes.txt'))).toBeNull();
    expect(relativeFolderFile(SHARE, path.join(SHARE, '.Monday.blendwise'))).toBeNull();
    expect(relativeFolderFile(SHARE, path.join(SHARE, '~$Monday.blendwise'))).toBeNull();
    expect(relativeFolderFile(SHARE, path.resolve(SHARE, '..', 'elsewhere.blendwise'))).toBeNull();
    expect(relativeFolderFile(SHARE, SHARE)).toBeNull();
  });

  it('resolves a relative name only when it stays inside', () => {
    expect(pathInside(SHARE, 'Ana/Monday.blendwise-review')).toBe(path.join(SHARE, 'Ana', 'Monday.blendwise-review'));
    for (const bad of ['../x.blendwise-review', 'Ana/../../x.blendwise-review', '/etc/x.blendwise-review', 'a\\..\\x.blendwise-review', 'C:x.blendwise-review', 'a/b/c.blendwise-review', '', 'nul.blendwise-review']) {
      expect(pathInside(SHARE, bad), bad).toBeNull();
    }
  });
});

describe('every folder handler checks its sender first', () => {
  it.each([null, '', 'file:///tmp/evil.html', 'https://evil.example/', 'app://other/index.html'])('refuses %s', async (url) => {
    const { handlers, watches, writes, showOpenDialog } = setup();
    await expect(handlers.chooseFolder(event(url), {})).rejects.toThrow(/did not come from the Blendwise window/);
    await expect(handlers.watchFolders(event(url), { folders: [SHARE] })).rejects.toThrow(/refused/);
    await expect(handlers.writeFolderFile(event(url), { folder: SHARE, file: 'a.blendwise-review', data: '{}' })).rejects.toThrow(/refused/);
    expect(showOpenDialog).not.toHaveBeenCalled();
    expect(watches).toEqual([]);
    expect(writes).toEqual([]);
  });
});

describe('chooseFolder', () => {
  it('returns null and remembers nothing when cancelled', async () => {
    const { handlers, chosen } = setup({ chosen: [], open: { canceled: true, filePaths: [] } });
    await expect(handlers.chooseFolder(event(), {})).resolves.toBeNull();
    expect(chosen.has('/anything')).toBe(false);
  });

  it('asks for a folder and remembers the one chosen', async () => {
    const other = path.resolve('/school/other');
    const { handlers, chosen, dialogs } = setup({ chosen: [], open: { canceled: false, filePaths: [other] } });
    await expect(handlers.chooseFolder(event(), { title: 'Review folder' })).resolves.toBe(other);
    expect(dialogs[0]!.properties).toContain('openDirectory');
    expect(dialogs[0]!.title).toBe('Review folder');
    expect(chosen.has(other)).toBe(true);
    expect(chosen.has(`${other}${path.sep}`)).toBe(true);
  });

  it.each([null, 'x', { title: 5 }, { title: 'x'.repeat(201) }])('rejects bad arguments %j', async (args) => {
    const { handlers, showOpenDialog } = setup();
    await expect(handlers.chooseFolder(event(), args)).rejects.toThrow(/could not choose a folder: the request was not valid/);
    expect(showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('watchFolders', () => {
  it.each([
    undefined,
    { folders: SHARE },
    { folders: [''] },
    { folders: [`${SHARE}\0/x`] },
    { folders: ['x'.repeat(4097)] },
    { folders: Array.from({ length: MAX_WATCHED_FOLDERS + 1 }, (_, i) => `/f${i}`) },
  ])('rejects bad arguments (case %#) and watches nothing', async (args) => {
    const { handlers, watches } = setup();
    await expect(handlers.watchFolders(event(), args)).rejects.toThrow(/could not watch the folder: the request was not valid/);
    expect(watches).toEqual([]);
  });

  it('refuses a folder the user did not choose in the dialog', async () => {
    const { handlers, watches } = setup();
    await expect(handlers.watchFolders(event(), { folders: [SHARE, '/home/teacher/.ssh'] })).rejects.toThrow(/not a folder you chose/);
    expect(watches).toEqual([]);
  });

  it('sends the bundles and reviews inside the folder, with their bytes, and nothing else', async () => {
    const bundle = new TextEncoder().encode('{"format":"blendwise-plan"}');
    const { handlers, watches, sent, reads } = setup({
      contents: {
        [path.join(SHARE, 'Ana', 'Monday.blendwise')]: bundle,
        [path.join(SHARE, 'notes.txt')]: new Uint8Array([1]),
      },
    });
    await handlers.watchFolders(event(), { folders: [SHARE] });
    const [w] = watches;
    w!.emit('add', path.join(SHARE, 'Ana', 'Monday.blendwise'));
    w!.emit('add', path.join(SHARE, 'notes.txt'));
    w!.emit('add', path.resolve(SHARE, '..', 'secret.blendwise'));
    w!.emit('unlink', path.join(SHARE, 'Old.blendwise'));
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent).toEqual(
      expect.arrayContaining([
        { kind: 'file', folder: SHARE, file: 'Ana/Monday.blendwise', data: bundle },
        { kind: 'removed', folder: SHARE, file: 'Old.blendwise' },
      ]),
    );
    expect(reads).toEqual([path.join(SHARE, 'Ana', 'Monday.blendwise')]);
  });

  it('says a file is too big without reading it, and a file that cannot be read in plain words', async () => {
    const big = path.join(SHARE, 'Huge.blendwise');
    const { handlers, watches, sent, reads } = setup({ contents: { [big]: MAX_FOLDER_FILE_BYTES + 1 } });
    await handlers.watchFolders(event(), { folders: [SHARE] });
    watches[0]!.emit('add', big);
    watches[0]!.emit('change', path.join(SHARE, 'Gone.blendwise'));
    await settle();
    expect(reads).toEqual([]);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ kind: 'problem', file: 'Huge.blendwise', message: expect.stringMatching(/larger than the 20 MB/) });
    expect(sent[1]).toMatchObject({ kind: 'problem', file: 'Gone.blendwise', message: expect.stringMatching(/could not read it .* read again when it changes/) });
  });

  it('reports a watcher error as a problem with the folder', async () => {
    const { handlers, watches, sent } = setup();
    await handlers.watchFolders(event(), { folders: [SHARE] });
    watches[0]!.fail(new Error('EACCES'));
    expect(sent).toEqual([{ kind: 'problem', folder: SHARE, file: '', message: expect.stringMatching(/cannot watch this folder \(EACCES\)/) }]);
  });

  it('starts afresh on every call, and an empty list stops watching', async () => {
    const { handlers, watches } = setup();
    await handlers.watchFolders(event(), { folders: [SHARE, `${SHARE}${path.sep}`] });
    expect(watches).toHaveLength(1);
    await handlers.watchFolders(event(), { folders: [SHARE] });
    expect(watches).toHaveLength(2);
    expect(watches[0]!.closed).toBe(true);
    await handlers.watchFolders(event(), { folders: [] });
    expect(watches[1]!.closed).toBe(true);
    expect(watches).toHaveLength(2);
  });
});

describe('writeFolderFile', () => {
  it('writes a review beside its bundle in a chosen folder', async () => {
    const { handlers, writes } = setup();
    const result = await handlers.writeFolderFile(event(), { folder: SHARE, file: 'Ana/Monday.blendwise-review', data: '{"r":1}' });
    expect(result).toEqual({ saved: true, path: path.join(SHARE, 'Ana', 'Monday.blendwise-review') });
    expect(writes).toEqual([{ path: path.join(SHARE, 'Ana', 'Monday.blendwise-review'), data: '{"r":1}' }]);
  });

  it.each([
    ['a path out of the folder', '../Monday.blendwise-review'],
    ['an absolute path', '/etc/cron.d/x.blendwise-review'],
    ['a Windows path', '..\\..\\x.blendwise-review'],
    ['two folders down', 'a/b/x.blendwise-review'],
    ['a plan bundle', 'Monday.blendwise'],
    ['a program', 'run.exe'],
    ['a hidden file', '.x.blendwise-review'],
  ])('refuses %s and writes nothing', async (_what, file) => {
    const { handlers, writes } = setup();
    await expect(handlers.writeFolderFile(event(), { folder: SHARE, file, data: '{}' })).rejects.toThrow(/could not write the review: the request was not valid/);
    expect(writes).toEqual([]);
  });

  it('refuses a folder that was not chosen, and a review too large', async () => {
    const { handlers, writes } = setup();
    await expect(handlers.writeFolderFile(event(), { folder: '/home/teacher', file: 'x.blendwise-review', data: '{}' })).rejects.toThrow(
      /not a folder you chose/,
    );
    await expect(
      handlers.writeFolderFile(event(), { folder: SHARE, file: 'x.blendwise-review', data: 'x'.repeat(MAX_FOLDER_WRITE_BYTES + 1) }),
    ).rejects.toThrow(/not valid/);
    // Under the limit in characters, over it in bytes.
    await expect(
      handlers.writeFolderFile(event(), { folder: SHARE, file: 'x.blendwise-review', data: 'é'.repeat(MAX_FOLDER_WRITE_BYTES / 2 + 1) }),
    ).rejects.toThrow(/larger than 5 MB/);
    expect(writes).toEqual([]);
  });
});
