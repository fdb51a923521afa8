// The real file access behind the IPC handlers (Node only, no Electron).
import { open, stat, writeFile } from 'node:fs/promises';
import type { FileAccess } from './ipc';

const CHUNK_BYTES = 4 * 1024 * 1024;

export const nodeFileAccess: FileAccess = {
  async fileSize(filePath) {
    const info = await stat(filePath);
    if (!info.isFile()) throw new Error(`"${filePath}" is not a file.`);
    return info.size;
  },

  async readFile(filePath, maxBytes) {
    // Reads from one open handle until end of file, but never more than maxBytes + 1: a file that
    // grows after the size check can neither exhaust memory nor come back silently truncated —
    // the caller sees the extra byte and refuses the file.
    const handle = await open(filePath, 'r');
    try {
      const chunks: Uint8Array[] = [];
      let total = 0;
      while (total <= maxBytes) {
        const chunk = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
      }
      const data = new Uint8Array(total);
      let offset = 0;
      for (const chunk of chunks) {
        data.set(chunk, offset);
        offset += chunk.byteLength;
      }
      return data;
    } finally {
      await handle.close();
    }
  },

  async writeFile(filePath, data) {
    await writeFile(filePath, data);
  },
};
