import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFileAccess } from '../../../electron/node-files';

describe('nodeFileAccess', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'blendwise-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a whole file', async () => {
    const file = path.join(dir, 'roster.csv');
    writeFileSync(file, 'sourcedId\n007\n');
    expect(await nodeFileAccess.fileSize(file)).toBe(14);
    expect(new TextDecoder().decode(await nodeFileAccess.readFile(file, 1000))).toBe('sourcedId\n007\n');
  });

  it('stops one byte past the limit, so the caller can refuse the file', async () => {
    const file = path.join(dir, 'big.bin');
    writeFileSync(file, new Uint8Array(100));
    expect((await nodeFileAccess.readFile(file, 10)).byteLength).toBe(11);
    expect((await nodeFileAccess.readFile(file, 100)).byteLength).toBe(100);
  });

  it('refuses a folder as a file', async () => {
    const folder = path.join(dir, 'folder');
    mkdirSync(folder);
    await expect(nodeFileAccess.fileSize(folder)).rejects.toThrow(/is not a file/);
  });

  it('writes text and bytes', async () => {
    const text = path.join(dir, 'out.csv');
    await nodeFileAccess.writeFile(text, 'a,b\r\n');
    expect(readFileSync(text, 'utf8')).toBe('a,b\r\n');
    const bytes = path.join(dir, 'out.bin');
    await nodeFileAccess.writeFile(bytes, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(bytes)]).toEqual([1, 2, 3]);
  });
});
