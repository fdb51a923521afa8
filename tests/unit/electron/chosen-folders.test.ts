// The remembered folder choices: read back across runs, damaged files read as none, a real
// chokidar watcher reports only bundles and reviews.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHOSEN_FOLDERS_FILE, loadChosenFolders, parseChosenFolders } from '../../../electron/chosen-folders';
import { chokidarWatch } from '../../../electron/chokidar-watch';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'bw-folders-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('chosen folders', () => {
  it('are remembered in userData and read back on the next run', () => {
    const userData = tempDir();
    const first = loadChosenFolders(userData);
    expect(first.has('/school/share')).toBe(false);
    first.add('/school/share');
    expect(JSON.parse(readFileSync(path.join(userData, CHOSEN_FOLDERS_FILE), 'utf8'))).toEqual([path.resolve('/school/share')]);
    expect(loadChosenFolders(userData).has('/school/share')).toBe(true);
  });

  it('read a damaged file as nothing chosen', () => {
    expect(parseChosenFolders('{not json')).toEqual([]);
    expect(parseChosenFolders('{"folders": 1}')).toEqual([]);
    expect(parseChosenFolders(JSON.stringify(['']))).toEqual([]);
    const userData = tempDir();
    writeFileSync(path.join(userData, CHOSEN_FOLDERS_FILE), '[42]');
    expect(loadChosenFolders(userData).has('42')).toBe(false);
  });
});

describe('the chokidar watcher', () => {
  it('reports bundles and reviews, one folder down, and nothing else', async () => {
    const folder = tempDir();
    mkdirSync(path.join(folder, 'Ana', 'old'), { recursive: true });
    writeFileSync(path.join(folder, 'Ana', 'Monday.blendwise'), '{}');
    writeFileSync(path.join(folder, 'Ana', 'old', 'Deep.blendwise'), '{}');
    writeFileSync(path.join(folder, 'notes.txt'), 'x');
    const seen: string[] = [];
    const watcher = chokidarWatch(folder, (change, file) => void seen.push(`${change} ${path.relative(folder, file)}`), () => undefined);
    try {
      await expect.poll(() => seen, { timeout: 5000 }).toContain(`add ${path.join('Ana', 'Monday.blendwise')}`);
      writeFileSync(path.join(folder, 'Tuesday.blendwise-review'), '{}');
      await expect.poll(() => seen, { timeout: 5000 }).toContain('add Tuesday.blendwise-review');
      expect(seen.filter((s) => s.includes('notes.txt') || s.includes('Deep'))).toEqual([]);
    } finally {
      await watcher.close();
    }
  });
});
