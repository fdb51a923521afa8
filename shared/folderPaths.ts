// Path rules of a review folder, kept pure (no node:path) so the renderer, the preload and the
// main process agree on them: which files count, and which relative names stay inside the folder.
import { FOLDER_FILE_EXTENSIONS } from './bridgeChannels';

/** Teachers may file their bundles one folder down (a folder per teacher); deeper is not watched. */
export const FOLDER_DEPTH = 1;

/** A plan bundle or a review file, and not a hidden file or an Office/OneDrive lock or temp file. */
export function isFolderFileName(file: string): boolean {
  const name = file.split('/').pop() ?? '';
  if (name.startsWith('.') || name.startsWith('~')) return false;
  const lower = name.toLowerCase();
  return FOLDER_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

// Windows refuses these names whatever the extension, so they can never be a real file there.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * A path relative to the folder that cannot leave it: '/'-separated parts, none empty, '.' or
 * '..', no backslash or drive colon, no control characters, at most FOLDER_DEPTH folders deep.
 */
export function isSafeRelativeFile(file: string): boolean {
  if (file.length === 0 || file.length > 1024) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\\:*?"<>|\u0000-\u001f\u007f]/.test(file)) return false;
  const parts = file.split('/');
  if (parts.length > FOLDER_DEPTH + 1) return false;
  return parts.every((p) => p !== '' && p !== '.' && p !== '..' && p.trim() === p && p.length <= 255 && !RESERVED.test(p));
}

/**
 * Where the review of a bundle is written: beside it, under the bundle's name with the review
 * extension ("Ana/Monday stations 2026-03-02.blendwise" -> "Ana/Monday stations
 * 2026-03-02.blendwise-review"), so a teacher finds it next to the plan they dropped.
 */
export function reviewFileNameFor(bundleFile: string): string {
  const base = bundleFile.replace(/\.blendwise$/i, '');
  return `${base}.blendwise-review`;
}
