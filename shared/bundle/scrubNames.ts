// Every way a teacher may name a student in free text, replaced by the student's pseudonym:
//
// - the full name (given or preferred with family, also "Family, Given") as one pseudonym;
// - each name alone: given (the legal first name), family, preferred, and each part of a
//   hyphenated or multi-word name of two letters or more ("Mary-Kate" also as "Mary" and "Kate",
//   "Smith-Jones" also as "Jones"). Particles of a longer name (de, van, al…) are not names alone;
// - without regard to case, accents ("Zoe" for "Zoë") or the kind of apostrophe (O’Connor,
//   O'Connor, OConnor); a possessive keeps its ending ("Aoife’s" becomes "Student 07’s");
// - the e-mail address, any address whose local part is made of the student's names
//   (aoife.oconnor99@gmail.com), and the local part alone (aoife.oconnor);
// - initials, in capitals only, as "AO", "A.O." or "A. O." (first letter of the given or preferred
//   name, then of the family name). Bare initials that are also everyday abbreviations (AM, PM, PE,
//   IT, OK…) are left alone: "9 AM" must stay a time. Names of one letter are never matched alone.
// - the student's identifiers as stored on the student record: the school's student number, the
//   school system's id (sourcedId), the app's own id and an e-mail local part that is no name
//   (20231234@school.example), each as a whole token only, in any case: "1001" is replaced in
//   "#1001" and "(1001)" but not inside "21001", "10012" or "1001.5". A number stored with leading
//   zeros is also found without them ("4512" for 004512). Identifiers shorter than 3 characters
//   are left alone: "12" would hit every room 12.
// - short forms: the first four letters or more of a first or preferred name, two letters short of
//   it at least ("Chris" for Christopher, "Alex" for Alexander), unless the short form is a common
//   word ("Will" for William stays a word).
//
// A name shared by two or more students (two Kais; a given name that is another's family name)
// cannot say who is meant: it becomes the neutral "a student". Text without names comes back
// unchanged, the very same string.

import { COMMON_WORDS } from './commonWords';
import { fold, nameKey } from './foldText';

export type NamedStudent = {
  id: string;
  givenName: string;
  familyName: string;
  preferredName?: string;
  email?: string;
  /** the school's own student number */
  studentNumber?: string;
  /** the student's id in the school system (OneRoster or SDS sourcedId) */
  sourcedId?: string;
};

export type NameKind =
  | 'full name'
  | 'first name'
  | 'family name'
  | 'preferred name'
  | 'part of a name'
  | 'short form of a name'
  | 'initials'
  | 'e-mail address'
  | 'student number or id';

/** What replaces a name that belongs to more than one student. */
export const SHARED_NAME_PLACEHOLDER = 'a student';

export type ScrubResult = { text: string; replaced: NameKind[] };
export type NameScrubber = (text: string) => ScrubResult;

const PARTICLES = new Set(
  'al el bin ibn ben bint da das de del della der den des di do dos du la las le les lo st ten ter van von y zu'.split(' '),
);
// Two capitals that are everyday words in a plan; a student with these initials is not matched by them.
export const COMMON_ABBREVIATIONS = new Set(
  'AD AI AM AP BC CD DC EL EU GT HW IB ID IQ IT NB OK OT PC PE PM PS PT QA SE SS TA TV UK UN US'.split(' '),
);

const LETTER = /\p{L}/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Inside a name, any run of these may stand for any other (or for none where the name has one):
// "Mary-Kate", "Mary Kate" and "MaryKate"; "O'Connor", "O’Connor" and "OConnor".
const SEPARATOR = /[\s'-]/u;
// Starts only where a run of address characters starts: a long run without an @ is scanned once.
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const INITIALS = /(?<![\p{L}\p{N}.])(\p{Lu})(?:\.\s?(\p{Lu})\.?|(\p{Lu}))(?![\p{L}\p{N}\p{M}]|\.\p{L})/gu;

/** The fewest characters an identifier needs to be looked for: shorter ones are everyday numbers. */
const IDENTIFIER_MIN = 3;

function letters(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

type Owner = { ids: Set<string>; kind: NameKind };

function clean(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s+/gu, ' ');
}

/** The parts of a name ("Mary-Kate" -> Mary, Kate; "de la Cruz" -> Cruz), when it has more than one. */
function nameParts(name: string): string[] {
  const parts = name.split(/[\s\-‐‑‒–'’‘ʼ]+/u).filter((p) => p !== '');
  if (parts.length < 2) return [];
  return parts.filter((p) => letters(p) >= 2 && !PARTICLES.has(nameKey(p)));
}

/** Every name of a student as it may be written in free text, with its kind. */
export function nameForms(student: NamedStudent): { text: string; kind: NameKind }[] {
  const given = clean(student.givenName);
  const family = clean(student.familyName);
  const preferred = clean(student.preferredName);
  const email = clean(student.email).toLowerCase();
  const forms: { text: string; kind: NameKind }[] = [];
  for (const first of [given, preferred]) {
    if (!first || !family) continue;
    forms.push({ text: `${first} ${family}`, kind: 'full name' }, { text: `${family}, ${first}`, kind: 'full name' });
  }
  if (given) forms.push({ text: given, kind: 'first name' });
  if (family) forms.push({ text: family, kind: 'family name' });
  if (preferred) forms.push({ text: preferred, kind: 'preferred name' });
  for (const name of [given, family, preferred]) for (const part of nameParts(name)) forms.push({ text: part, kind: 'part of a name' });
  if (email.includes('@')) {
    forms.push({ text: email, kind: 'e-mail address' });
    const local = email.slice(0, email.indexOf('@'));
    if (letters(local) >= 2) forms.push({ text: local, kind: 'e-mail address' });
  }
  // A full name is two names together, whatever they are made of; a name alone needs two letters.
  return forms.filter((f) => (f.kind === 'full name' ? nameKey(f.text).length >= 2 : letters(f.text) >= 2));
}

/**
 * The identifiers of a student as free text may hold them, with their kind: student number, school
 * system id and the app's own id, and the e-mail local part when it is not made of letters (a
 * lettered one is a name form already). A number with leading zeros also stands without them.
 */
export function identifiersOf(student: NamedStudent): { text: string; kind: NameKind }[] {
  const out = new Map<string, NameKind>();
  const addId = (raw: string | undefined, kind: NameKind) => {
    const id = clean(raw);
    if ([...id].length < IDENTIFIER_MIN) return;
    if (!out.has(id.toLowerCase())) out.set(id.toLowerCase(), kind);
    const bare = id.replace(/^0+(?=\d)/u, '');
    if (/^\d+$/u.test(id) && bare !== id && bare.length >= IDENTIFIER_MIN && !out.has(bare)) out.set(bare, kind);
  };
  addId(student.studentNumber, 'student number or id');
  addId(student.sourcedId, 'student number or id');
  addId(student.id, 'student number or id');
  const email = clean(student.email);
  const at = email.indexOf('@');
  if (at > 0 && letters(email.slice(0, at)) < 2) addId(email.slice(0, at), 'e-mail address');
  return [...out].map(([text, kind]) => ({ text, kind }));
}

const DIGIT = /\p{N}/u;

/**
 * Finds every identifier of the class in a text, each a whole token: not touching a letter or
 * digit, nor the decimal point of a number around it ("1001.5", "3.1001"). A walk over the places
 * a token may start, looking each up by its first characters: one big pattern of every identifier
 * tried at every character made a page of notes take milliseconds.
 */
function identifierFinder(ids: Iterable<string>): ((text: string) => { from: number; to: number; id: string }[]) | null {
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) {
    const prefix = id.slice(0, IDENTIFIER_MIN);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), id].sort((a, b) => b.length - a.length));
  }
  if (byPrefix.size === 0) return null;
  return (text) => {
    const found: { from: number; to: number; id: string }[] = [];
    for (let i = 0; i + IDENTIFIER_MIN <= text.length; i++) {
      if (isWordChar(text, i - 1) || (text[i - 1] === '.' && DIGIT.test(text[i - 2] ?? ''))) continue;
      const candidates = byPrefix.get(text.slice(i, i + IDENTIFIER_MIN).toLowerCase());
      if (!candidates) continue;
      for (const id of candidates) {
        const to = i + id.length;
        if (text.slice(i, to).toLowerCase() !== id) continue;
        if (isWordChar(text, to) || (text[to] === '.' && DIGIT.test(text[to + 1] ?? ''))) continue;
        found.push({ from: i, to, id });
        i = to - 1;
        break;
      }
    }
    return found;
  };
}

/** The short forms of a student's first and preferred names ("Chris", "Christ", … "Christoph" for Christopher). */
export function shortForms(student: NamedStudent): string[] {
  const out = new Set<string>();
  for (const name of [student.givenName, student.preferredName ?? '']) {
    const words = clean(name).split(/[\s\-‐‑‒–'’‘ʼ]+/u);
    for (const word of words) {
      const chars = [...word];
      if (!chars.every((c) => /\p{L}/u.test(c))) continue;
      for (let k = 4; k <= chars.length - 2; k++) {
        const short = chars.slice(0, k).join('');
        if (!COMMON_WORDS.has(nameKey(short))) out.add(short);
      }
    }
  }
  return [...out];
}

/** A student's initials in capitals ("AO"), from the given and the preferred name. */
export function initialsOf(student: NamedStudent): string[] {
  const initial = (name: string) => {
    const first = fold(clean(name)).text.match(/\p{L}/u)?.[0] ?? '';
    const upper = first.toUpperCase();
    return upper.length === 1 && upper !== first.toLowerCase() ? upper : '';
  };
  const family = initial(student.familyName);
  if (!family) return [];
  const out = new Set<string>();
  for (const first of [student.givenName, student.preferredName ?? '']) {
    const letter = initial(first);
    if (letter) out.add(letter + family);
  }
  return [...out];
}

/**
 * Every name of the class, letter by letter: a walk from a word start follows the text as far as a
 * name goes, so the longest name there wins ("Mary-Kate Sullivan" over "Mary"). An edge key
 * starting with a space is a letter that may follow a run of separators.
 */
type Trie = { next: Map<string, Trie>; key?: string };

function insert(root: Trie, name: string, key: string): void {
  let node = root;
  let separated = false;
  for (const unit of fold(name.trim(), true).text.split('')) {
    if (SEPARATOR.test(unit)) {
      separated = node !== root;
      continue;
    }
    const edge = separated ? ` ${unit}` : unit;
    separated = false;
    let child = node.next.get(edge);
    if (!child) node.next.set(edge, (child = { next: new Map() }));
    node = child;
  }
  if (node !== root) node.key = key;
}

function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  // the second half of a surrogate pair: look at the whole character
  const from = code >= 0xdc00 && code <= 0xdfff && at > 0 ? at - 1 : at;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** The longest name starting at `from` and ending at a word's end: its key and where it ends. */
function longestName(root: Trie, text: string, from: number): { key: string; to: number } | null {
  let best: { key: string; to: number } | null = null;
  const walk = (node: Trie, i: number): void => {
    if (node.key !== undefined && !isWordChar(text, i) && (!best || i > best.to)) best = { key: node.key, to: i };
    if (i >= text.length) return;
    const unit = text[i]!;
    if (SEPARATOR.test(unit)) {
      let j = i + 1;
      while (j < text.length && SEPARATOR.test(text[j]!)) j++;
      const child = j < text.length ? node.next.get(` ${text[j]!}`) : undefined;
      if (child) walk(child, j + 1);
      return;
    }
    // a letter: as the name has it, or where the name has a separator the text left out ("OConnor")
    const same = node.next.get(unit);
    if (same) walk(same, i + 1);
    const joined = node === root ? undefined : node.next.get(` ${unit}`);
    if (joined) walk(joined, i + 1);
  };
  walk(root, from);
  return best;
}

function add(map: Map<string, Owner>, key: string, id: string, kind: NameKind): void {
  const owner = map.get(key);
  if (owner) owner.ids.add(id);
  else map.set(key, { ids: new Set([id]), kind });
}

/**
 * A scrubber for one class: built once (the patterns of every student), then run on each text.
 * `pseudonymOf` names a student by id ("Student 07").
 */
export function makeNameScrubber(students: readonly NamedStudent[], pseudonymOf: (studentId: string) => string): NameScrubber {
  const names = new Map<string, Owner>();
  const trie: Trie = { next: new Map() };
  const emails = new Map<string, Owner>();
  const initials = new Map<string, Owner>();
  const identifiers = new Map<string, Owner>();
  for (const student of students) {
    for (const id of identifiersOf(student)) add(identifiers, id.text, student.id, id.kind);
    for (const form of nameForms(student)) {
      const key = nameKey(form.text);
      if (!key) continue;
      add(names, key, student.id, form.kind);
      insert(trie, form.text, key);
      if (form.kind === 'e-mail address' && form.text.includes('@')) add(emails, key, student.id, form.kind);
    }
    for (const letters of initialsOf(student)) add(initials, letters, student.id, 'initials');
  }
  // after every full name, so a short form that is also someone's name is counted as that name
  for (const student of students) {
    for (const short of shortForms(student)) {
      const key = nameKey(short);
      add(names, key, student.id, 'short form of a name');
      insert(trie, short, key);
    }
  }

  const findIdentifiers = identifierFinder(identifiers.keys());

  const replacement = (owner: Owner | undefined, original: string): string => {
    if (owner && owner.ids.size === 1) return pseudonymOf([...owner.ids][0]!);
    return /^\p{Lu}/u.test(original) ? 'A student' : SHARED_NAME_PLACEHOLDER;
  };

  return (text: string): ScrubResult => {
    if (text === '' || names.size + initials.size + identifiers.size === 0) return { text, replaced: [] };
    const folded = fold(text);
    type Span = { from: number; to: number; owner: Owner | undefined; kind: NameKind };
    const spans: Span[] = [];
    const span = (index: number, length: number, owner: Owner | undefined, kind: NameKind) =>
      spans.push({ from: folded.start[index]!, to: folded.end[index + length - 1]!, owner, kind });

    for (const m of folded.text.matchAll(EMAIL)) {
      const key = nameKey(m[0]);
      let owner = emails.get(key);
      if (!owner) {
        const local = m[0].slice(0, m[0].indexOf('@'));
        const ids = new Set<string>();
        for (const word of [local, ...local.split(/[^\p{L}\p{N}]+/u)]) names.get(nameKey(word))?.ids.forEach((id) => ids.add(id));
        if (ids.size > 0) owner = { ids, kind: 'e-mail address' };
      }
      if (owner) span(m.index, m[0].length, owner, 'e-mail address');
    }
    const lower = fold(text, true);
    for (let i = 0; i < lower.text.length; i++) {
      if (isWordChar(lower.text, i - 1) || SEPARATOR.test(lower.text[i]!)) continue;
      const found = longestName(trie, lower.text, i);
      if (!found) continue;
      const owner = names.get(found.key);
      spans.push({ from: lower.start[i]!, to: lower.end[found.to - 1]!, owner, kind: owner?.kind ?? 'part of a name' });
      i = found.to - 1;
    }
    if (initials.size > 0) {
      for (const m of folded.text.matchAll(INITIALS)) {
        const letters = `${m[1]}${m[2] ?? m[3]}`;
        const owner = initials.get(letters);
        if (!owner) continue;
        if (m[3] !== undefined && COMMON_ABBREVIATIONS.has(letters)) continue;
        if (m[2] !== undefined && COMMON_ABBREVIATIONS.has(letters)) continue;
        span(m.index, m[0].length, owner, 'initials');
      }
    }
    if (findIdentifiers) {
      for (const m of findIdentifiers(text)) {
        const owner = identifiers.get(m.id);
        if (owner) spans.push({ from: m.from, to: m.to, owner, kind: owner.kind });
      }
    }
    if (spans.length === 0) return { text, replaced: [] };

    // The earliest match wins, and of two starting together the longer: an e-mail address over the
    // name inside it, "Mary-Kate Sullivan" over "Mary".
    spans.sort((a, b) => a.from - b.from || b.to - a.to);
    let out = '';
    let at = 0;
    const replaced: NameKind[] = [];
    for (const s of spans) {
      if (s.from < at) continue;
      const original = text.slice(s.from, s.to);
      out += text.slice(at, s.from) + replacement(s.owner, original);
      replaced.push(s.kind);
      at = s.to;
    }
    return { text: out + text.slice(at), replaced };
  };
}

/** The DESIGN contract: `text` with every way a student of `students` is named replaced by their pseudonym. */
export function scrubNames(text: string, students: readonly NamedStudent[], pseudonymOf: (studentId: string) => string): string {
  return makeNameScrubber(students, pseudonymOf)(text).text;
}
