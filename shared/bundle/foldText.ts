// Text folded for matching names: accents dropped (Zoë, Zoë typed with a combining mark and Zoe
// read the same), every kind of apostrophe and hyphen made one, letters that do not decompose
// (ø, ł, ß…) written plainly. Case is kept, so a pattern can choose to ignore it (names) or not
// (initials). Each folded UTF-16 unit remembers where it came from, so a match found in the folded
// text replaces exactly the original characters.

const PLAIN: Record<string, string> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', æ: 'ae', Æ: 'Ae',
  œ: 'oe', Œ: 'Oe', ß: 'ss', ẞ: 'SS', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T',
};
const APOSTROPHE = /^['’‘ʼʻ`´′＇]$/u;
// Hyphens a keyboard or a word processor puts inside a name; the long dash stays a dash.
const HYPHEN = /^[-‐‑‒–﹣－]$/u;
const NONSPACING_MARK = /\p{Mn}/gu;

export type Folded = {
  text: string;
  /** for each UTF-16 unit of `text`: where its character starts in the original */
  start: number[];
  /** for each UTF-16 unit of `text`: where its character (with the marks that followed it) ends */
  end: number[];
};

function foldChar(ch: string): string {
  // Plain ASCII folds to itself (the backtick aside): the common case, kept cheap.
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80 && ch !== '`') return ch;
  const plain = PLAIN[ch];
  if (plain !== undefined) return plain;
  if (APOSTROPHE.test(ch)) return "'";
  if (HYPHEN.test(ch)) return '-';
  return ch.normalize('NFD').replace(NONSPACING_MARK, '');
}

/** One character in lower case, without the marks lower-casing may add ("İ"), case folded like a search ("ſ" is "s"). */
function lowerChar(folded: string): string {
  if (folded.length === 1 && folded.charCodeAt(0) < 0x80) return folded.toLowerCase();
  const lower = folded.toLowerCase();
  const round = folded.toUpperCase().toLowerCase();
  return (round.length === lower.length ? round : lower).normalize('NFD').replace(NONSPACING_MARK, '');
}

/** `original` folded; in lower case too when `lower`, for matching without regard to case. */
export function fold(original: string, lower = false): Folded {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < original.length; ) {
    const ch = String.fromCodePoint(original.codePointAt(i)!);
    const next = i + ch.length;
    const plain = foldChar(ch);
    const folded = lower && plain !== '' ? lowerChar(plain) : plain;
    if (folded === '') {
      // a combining mark belongs to the letter before it
      if (end.length > 0) end[end.length - 1] = next;
    } else {
      for (let k = 0; k < folded.length; k++) {
        start.push(i);
        end.push(next);
      }
      text += folded;
    }
    i = next;
  }
  return { text, start, end };
}

/** The folded text alone. */
export function foldedText(text: string): string {
  return fold(text).text;
}

/** How a name is compared: folded, lower case, without spaces, hyphens or apostrophes ("O’Connor" and "oconnor" are one). */
export function nameKey(text: string): string {
  return fold(text, true).text.replace(/[\s'-]+/gu, '');
}
