// What a file a teacher picked really is, from its first bytes, so a message can name the real
// problem ("this is a PDF", "this is a picture") instead of giving advice about CSV encodings.

export type NotTextKind = { kind: 'pdf' | 'image' | 'office' | 'zip' | 'binary'; label: string };

const starts = (data: Uint8Array, ...bytes: number[]) => bytes.every((b, i) => data[i] === b);

/** The kind of a file that is not text, or null for text (in any of the encodings the CSV readers take). */
export function notTextKind(data: Uint8Array): NotTextKind | null {
  if (starts(data, 0x25, 0x50, 0x44, 0x46, 0x2d)) return { kind: 'pdf', label: 'a PDF document' };
  if (starts(data, 0x89, 0x50, 0x4e, 0x47)) return { kind: 'image', label: 'a PNG picture' };
  if (starts(data, 0xff, 0xd8, 0xff)) return { kind: 'image', label: 'a JPEG picture' };
  if (starts(data, 0x47, 0x49, 0x46, 0x38)) return { kind: 'image', label: 'a GIF picture' };
  if (starts(data, 0x52, 0x49, 0x46, 0x46) && starts(data.subarray(8), 0x57, 0x45, 0x42, 0x50)) return { kind: 'image', label: 'a WebP picture' };
  if (starts(data, 0xd0, 0xcf, 0x11, 0xe0)) return { kind: 'office', label: 'an older Excel or Word file (.xls or .doc)' };
  if (starts(data, 0x50, 0x4b, 0x03, 0x04) || starts(data, 0x50, 0x4b, 0x05, 0x06)) return { kind: 'zip', label: 'a zip file' };
  // A byte-order mark or UTF-16's NUL pattern is text; otherwise NULs or many control bytes are not.
  if (starts(data, 0xef, 0xbb, 0xbf) || starts(data, 0xff, 0xfe) || starts(data, 0xfe, 0xff)) return null;
  const end = Math.min(data.length, 4096) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = data[i] as number;
    if (b === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  const pairs = end / 2;
  const utf16 = pairs > 0 && (oddNul >= pairs * 0.2 ? evenNul * 10 <= oddNul : evenNul >= pairs * 0.2 && oddNul * 10 <= evenNul);
  if (utf16) return null;
  if (evenNul + oddNul > 0 || control > Math.max(4, end * 0.05)) return { kind: 'binary', label: 'not a text file' };
  return null;
}

/** Whether a zip holds an Excel workbook (.xlsx) or another Office file rather than CSVs. */
export function officeInZip(entryNames: string[]): string | null {
  if (entryNames.some((n) => n.startsWith('xl/'))) return 'an Excel workbook (.xlsx)';
  if (entryNames.some((n) => n.startsWith('word/'))) return 'a Word document (.docx)';
  if (entryNames.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint file (.pptx)';
  return null;
}
