// Reading a zip a teacher picked, without trusting it: sizes come from the central directory and
// are checked against a limit before anything is inflated (a small zip can declare gigabytes), and
// every entry read is checked against its CRC-32 and declared size (fflate checks neither).
import { inflateSync } from 'fflate';
import { decodeCsvBytes } from '../encoding';
import { formatMegabytes } from '../limits';
import { crc32 } from './crc32';

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts. */
  localOffset: number;
};

export type ZipProblem = 'not-zip' | 'damaged' | 'too-large' | 'encrypted' | 'unsupported';

/** A zip that cannot be read, with a message in plain words that names the file and the entry. */
export class ZipReadError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string,
    readonly entry?: string,
  ) {
    super(message);
    this.name = 'ZipReadError';
  }
}

const u16 = (d: Uint8Array, at: number) => (d[at] as number) | ((d[at + 1] as number) << 8);
const u32 = (d: Uint8Array, at: number) => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0;
const u64 = (d: Uint8Array, at: number) => u32(d, at) + u32(d, at + 4) * 0x1_0000_0000;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;

function entryName(raw: Uint8Array, flags: number): string {
  // Many zip tools write UTF-8 names without setting the flag; what is not UTF-8 is read as Windows-1252.
  return flags & FLAG_UTF8 ? decodeCsvBytes(raw, 'utf-8').text : decodeCsvBytes(raw).text;
}

/**
 * The entries of a zip, from its central directory. Throws a ZipReadError when the bytes are not
 * a zip or the directory does not hold together.
 */
export function listZipEntries(data: Uint8Array, zipName: string): ZipEntry[] {
  const damaged = (entry?: string) =>
    new ZipReadError(
      'damaged',
      `"${zipName}" is damaged${entry ? ` (its file "${entry}" cannot be read)` : ''}: nothing was imported from it. Download or export it again, or unzip it and choose its CSV files.`,
      entry,
    );
  let end = -1;
  for (let at = data.length - 22; at >= 0 && at >= data.length - 22 - 0xffff; at--) {
    if (u32(data, at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) {
    throw new ZipReadError(
      'not-zip',
      `"${zipName}" is not a zip file Blendwise can open: it may be damaged or cut short. Download or export it again, or unzip it and choose its CSV files.`,
    );
  }
  let count = u16(data, end + 10);
  if (u16(data, end + 8) !== count) throw damaged();
  let dirSize = u32(data, end + 12);
  let dirOffset = u32(data, end + 16);
  if (end >= 20 && u32(data, end - 20) === ZIP64_LOCATOR) {
    const z64 = u64(data, end - 12);
    if (z64 + 56 <= data.length && u32(data, z64) === ZIP64_EOCD) {
      count = u64(data, z64 + 32);
      dirSize = u64(data, z64 + 40);
      dirOffset = u64(data, z64 + 48);
    }
  }
  if (dirOffset + dirSize > data.length) throw damaged();

  const entries: ZipEntry[] = [];
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(data, at) !== CENTRAL) throw damaged();
    const flags = u16(data, at + 8);
    const nameLength = u16(data, at + 28);
    const extraLength = u16(data, at + 30);
    const commentLength = u16(data, at + 32);
    if (at + 46 + nameLength + extraLength > data.length) throw damaged();
    const name = entryName(data.subarray(at + 46, at + 46 + nameLength), flags);
    let compressedSize = u32(data, at + 20);
    let size = u32(data, at + 24);
    let localOffset = u32(data, at + 42);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64: the true values sit in extra field 1, only those that overflowed, in this order.
      for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; x += 4 + u16(data, x + 2)) {
        if (u16(data, x) !== 1) continue;
        let v = x + 4;
        if (size === 0xffffffff) {
          size = u64(data, v);
          v += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(data, v);
          v += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(data, v);
        break;
      }
    }
    // Each entry's local header must be where the directory says and carry the same name: a damaged name would otherwise pass unseen.
    if (localOffset + 30 > data.length || u32(data, localOffset) !== LOCAL) throw damaged(name);
    const localNameLength = u16(data, localOffset + 26);
    if (localOffset + 30 + localNameLength > data.length) throw damaged(name);
    if (entryName(data.subarray(localOffset + 30, localOffset + 30 + localNameLength), flags) !== name) throw damaged(name);
    entries.push({ name, method: u16(data, at + 10), flags, crc: u32(data, at + 16), compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  if (at !== dirOffset + dirSize) throw damaged();
  return entries;
}

/**
 * One entry's bytes, inflated and checked: its local header must agree with the directory, and
 * the bytes with the declared size and CRC-32. Throws a ZipReadError naming the entry otherwise.
 */
export function readZipEntry(data: Uint8Array, entry: ZipEntry, zipName: string): Uint8Array {
  const damaged = () =>
    new ZipReadError(
      'damaged',
      `"${zipName}" is damaged: its file "${entry.name}" does not match the checksum stored with it, so nothing was imported from it. Download or export the file again, or unzip it and choose its CSV files.`,
      entry.name,
    );
  if (entry.flags & FLAG_ENCRYPTED) {
    throw new ZipReadError(
      'encrypted',
      `"${entry.name}" in "${zipName}" is protected with a password. Unzip it with the password and choose its CSV files.`,
      entry.name,
    );
  }
  const at = entry.localOffset;
  if (at + 30 > data.length || u32(data, at) !== LOCAL) throw damaged();
  const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw damaged();

  const packed = data.subarray(start, end);
  let bytes: Uint8Array;
  if (entry.method === 0) bytes = packed.slice();
  else if (entry.method === 8) {
    try {
      // The output buffer is the declared size: a stream that inflates to more is cut there (and then fails its CRC) rather than filling memory.
      bytes = inflateSync(packed, { out: new Uint8Array(entry.size) });
    } catch {
      throw damaged();
    }
  } else {
    throw new ZipReadError(
      'unsupported',
      `"${entry.name}" in "${zipName}" is packed in a way Blendwise cannot open (zip method ${entry.method}). Unzip it with your computer's own tool and choose its CSV files.`,
      entry.name,
    );
  }
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc) throw damaged();
  return bytes;
}

export type UnzipOptions = {
  zipName: string;
  /** Which entries to read (by their path in the zip). */
  include: (name: string) => boolean;
  /** The most the included entries may unpack to, together; checked on the declared sizes before any is inflated. */
  maxTotalBytes: number;
  /** What the teacher can do instead, added to the message when the zip is too large. */
  tooLargeAdvice: string;
};

/** The included entries of a zip, path -> bytes, each checked; refuses the whole zip on the first problem. */
export function unzipChecked(data: Uint8Array, options: UnzipOptions): Record<string, Uint8Array> {
  const entries = listZipEntries(data, options.zipName).filter((e) => !e.name.endsWith('/') && options.include(e.name));
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > options.maxTotalBytes) {
    const biggest = entries.reduce((a, b) => (b.size > a.size ? b : a));
    const what = entries.length === 1 ? `its file "${biggest.name}" unpacks` : `its ${entries.length} files unpack`;
    throw new ZipReadError(
      'too-large',
      `"${options.zipName}" is too large to import: ${what} to ${formatMegabytes(total)}, and Blendwise imports at most ${formatMegabytes(options.maxTotalBytes)} at once. ${options.tooLargeAdvice}`,
      biggest.name,
    );
  }
  const out: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (entry.name in out) continue;
    out[entry.name] = readZipEntry(data, entry, options.zipName);
  }
  return out;
}

/** Whether the bytes start like a zip (a local file header, or the end record of an empty zip). */
export const looksLikeZip = (data: Uint8Array) =>
  data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && ((data[2] === 0x03 && data[3] === 0x04) || (data[2] === 0x05 && data[3] === 0x06));
