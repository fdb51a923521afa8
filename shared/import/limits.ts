// How much a teacher's file may hold before Blendwise refuses it, checked on sizes alone (a file's
// size, a zip's declared sizes) before the bytes are read or unpacked: past these, parsing a file
// in the window can take the renderer down ("Aw, Snap"), and no class roster comes near them.

const MB = 1024 * 1024;

/** One CSV, or all the CSVs of one zip together, once unpacked. */
export const CSV_IMPORT_MAX_BYTES = 100 * MB;

/** "150 MB", "0.4 MB": sizes as a teacher reads them. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** A file refused for its size; the message names the file, its size, the limit and what to do. */
export class FileTooLargeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileTooLargeError';
  }
}

/**
 * Refuses a file larger than `limit` from its size alone (a File's `size`, or the length of bytes
 * already in hand) before it is read, decoded or parsed. `advice` says what the teacher can do.
 */
export function checkFileSize(
  file: { name: string; size: number },
  limit: number = CSV_IMPORT_MAX_BYTES,
  advice = 'Export a smaller file (one school, or only your classes), or split it, and choose it again.',
): void {
  if (file.size <= limit) return;
  throw new FileTooLargeError(
    `"${file.name}" is ${formatMegabytes(file.size)}, more than the ${formatMegabytes(limit)} Blendwise can import at once. ${advice}`,
  );
}
