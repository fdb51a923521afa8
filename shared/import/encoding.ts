// Text encodings of the files teachers import. Spreadsheets save CSV as UTF-8 (with or without a
// byte-order mark), as UTF-16 ("Unicode text" in Excel) or as Windows-1252 (Excel's older "CSV"):
// reading all of them as UTF-8 turns names into garbage and UTF-16 into extra rows.
// The runtime's TextDecoder does UTF-8 and UTF-16 where it has them (several times faster on a big
// file); the decoders written here are the fallback and the reference a unit test holds it to,
// since shared/ is typed without the DOM and must give the same text in a worker or in Node.

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvEncodingChoice = 'auto' | CsvEncoding;

export type DecodedCsv = {
  /** The text, without its byte-order mark. */
  text: string;
  encoding: CsvEncoding;
  /**
   * False when the encoding is a guess the teacher should check: bytes that are not UTF-8 read as
   * Windows-1252, or UTF-8 with a few bytes that could not be read (they become U+FFFD).
   */
  confident: boolean;
  bom: boolean;
};

export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'];

export function encodingLabel(encoding: CsvEncoding): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-16le':
      return 'UTF-16 little-endian (Excel "Unicode text")';
    case 'utf-16be':
      return 'UTF-16 big-endian';
    case 'windows-1252':
      return 'Windows-1252 (older Excel CSV)';
  }
}

const REPLACEMENT = 0xfffd;

/** Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes it leaves undefined stay C1 controls, as browsers do. */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Turns UTF-16 code units into a string, a slice at a time (one call for all of them overflows the stack). */
function unitsToString(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 4096)) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Decodes UTF-8; each ill-formed sequence (WHATWG's maximal subpart) becomes one U+FFFD and is
 * counted, and so are the well-formed multi-byte sequences, which tell damaged UTF-8 from another
 * encoding.
 */
function decodeUtf8(bytes: Uint8Array, from: number): { text: string; invalid: number; multi: number } {
  const n = bytes.length;
  const units = new Uint16Array(n - from);
  let at = 0;
  let invalid = 0;
  let multi = 0;
  let i = from;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      units[at++] = b;
      i++;
      continue;
    }
    let need: number;
    let cp: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      invalid++;
      units[at++] = REPLACEMENT;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = j < n ? (bytes[j] as number) : -1;
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    i = j; // on a break, the byte that broke the sequence starts afresh
    if (!ok) {
      invalid++;
      units[at++] = REPLACEMENT;
    } else if (cp < 0x10000) {
      multi++;
      units[at++] = cp;
    } else {
      multi++;
      units[at++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[at++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    }
  }
  return { text: unitsToString(units, at), invalid, multi };
}

function decodeUtf16(bytes: Uint8Array, from: number, littleEndian: boolean): string {
  const pairs = (bytes.length - from) >> 1;
  const odd = (bytes.length - from) & 1;
  const units = new Uint16Array(pairs + odd);
  for (let p = 0, i = from; p < pairs; p++, i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units[p] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  // A surrogate without its other half becomes U+FFFD, as TextDecoder does, so it cannot break the text later.
  let leadAtEnd = false;
  for (let p = 0; p < pairs; p++) {
    const u = units[p] as number;
    if (u < 0xd800 || u > 0xdfff) continue;
    const next = p + 1 < pairs ? (units[p + 1] as number) : 0;
    if (u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) p++;
    else {
      units[p] = REPLACEMENT;
      leadAtEnd = u <= 0xdbff && p === pairs - 1;
    }
  }
  // A last odd byte after a waiting lead surrogate is the same one error (WHATWG's end of stream).
  if (odd && !leadAtEnd) units[pairs] = REPLACEMENT;
  return unitsToString(units, odd && leadAtEnd ? pairs : units.length);
}

function decodeWindows1252(bytes: Uint8Array, from: number): string {
  const units = new Uint16Array(bytes.length - from);
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i] as number;
    units[i - from] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
  }
  return unitsToString(units, units.length);
}

type NativeDecoder = { decode(input: Uint8Array): string };
type NativeDecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => NativeDecoder;

const NativeTextDecoder = (globalThis as { TextDecoder?: NativeDecoderClass }).TextDecoder;

/** The runtime's decoding, or null where it lacks the encoding (Node without full ICU has no Windows-1252). */
function nativeDecode(bytes: Uint8Array, encoding: CsvEncoding, fatal: boolean): string | null {
  if (!NativeTextDecoder) return null;
  let decoder: NativeDecoder;
  try {
    decoder = new NativeTextDecoder(encoding, { fatal, ignoreBOM: true });
  } catch {
    return null;
  }
  return decoder.decode(bytes);
}

/** Strict UTF-8: the text, or null when a byte is not UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    const text = nativeDecode(bytes, 'utf-8', true);
    if (text !== null) return text;
  } catch {
    return null;
  }
  const hand = decodeUtf8(bytes, 0);
  return hand.invalid === 0 ? hand.text : null;
}

function bomOf(bytes: Uint8Array): { encoding: CsvEncoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * UTF-16 without a byte-order mark, told by where the NUL bytes fall: text in a Latin script has
 * a zero high byte in nearly every unit (and delimiters and digits do in any script), while UTF-8
 * and Windows-1252 text holds no NUL at all.
 */
function utf16ByNuls(bytes: Uint8Array): CsvEncoding | null {
  const end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  const pairs = end / 2;
  if (pairs === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const strong = Math.max(1, pairs * 0.2);
  if (oddZeros >= strong && evenZeros * 10 <= oddZeros) return 'utf-16le';
  if (evenZeros >= strong && oddZeros * 10 <= evenZeros) return 'utf-16be';
  return null;
}

function decodeAs(bytes: Uint8Array, from: number, encoding: CsvEncoding): { text: string; invalid: number } {
  if (encoding === 'utf-8') {
    const strict = strictUtf8(bytes.subarray(from));
    if (strict !== null) return { text: strict, invalid: 0 };
    return decodeUtf8(bytes, from);
  }
  // Node's TextDecoder reads "windows-1252" as Latin-1 (0x80 gives U+0080, not €): that one is always decoded here.
  const native = encoding === 'windows-1252' ? null : nativeDecode(bytes.subarray(from), encoding, false);
  if (native !== null) return { text: native, invalid: 0 };
  return handDecode(bytes, from, encoding);
}

/** The decoders written here, without the runtime's: exported for the test that holds both to the same text. */
export function handDecode(bytes: Uint8Array, from: number, encoding: CsvEncoding): { text: string; invalid: number } {
  switch (encoding) {
    case 'utf-8':
      return decodeUtf8(bytes, from);
    case 'utf-16le':
      return { text: decodeUtf16(bytes, from, true), invalid: 0 };
    case 'utf-16be':
      return { text: decodeUtf16(bytes, from, false), invalid: 0 };
    case 'windows-1252':
      return { text: decodeWindows1252(bytes, from), invalid: 0 };
  }
}

/**
 * Reads the bytes of a CSV (or other text) file. A byte-order mark always decides, as browsers
 * do. Otherwise `chosen` decides, and 'auto' (the default) looks: UTF-16 by its NUL pattern, then
 * UTF-8 when the bytes are UTF-8, or nearly: a well-formed multi-byte sequence almost never occurs
 * by chance in Windows-1252 text, so a file with at least as many of them as bad bytes is UTF-8
 * with a few damaged rows (shown as U+FFFD for the preview to point at). Otherwise Windows-1252.
 */
export function decodeCsvBytes(bytes: Uint8Array, chosen: CsvEncodingChoice = 'auto'): DecodedCsv {
  const bom = bomOf(bytes);
  if (bom) {
    const { text, invalid } = decodeAs(bytes, bom.length, bom.encoding);
    return { text, encoding: bom.encoding, confident: invalid === 0, bom: true };
  }
  if (chosen !== 'auto') {
    const { text } = decodeAs(bytes, 0, chosen);
    return { text, encoding: chosen, confident: true, bom: false };
  }
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return { text: decodeAs(bytes, 0, utf16).text, encoding: utf16, confident: true, bom: false };

  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', confident: true, bom: false };
  const utf8 = decodeUtf8(bytes, 0);
  if (utf8.multi >= utf8.invalid) return { text: utf8.text, encoding: 'utf-8', confident: false, bom: false };
  return { text: decodeAs(bytes, 0, 'windows-1252').text, encoding: 'windows-1252', confident: false, bom: false };
}
