// Pseudonymising a whole file: every string in it goes through the name scrubber, whatever field
// it sits in, so a field added later is covered without anyone remembering to list it. Only the
// values that are structure rather than text (ids, enums, colours, dates, times) are left alone,
// because changing them would break the file. The result says what was replaced, and where, in
// words a teacher can check before the file leaves the machine.

import { COMMON_WORDS } from './commonWords';
import { foldedText } from './foldText';
import type { NameKind, NameScrubber } from './scrubNames';

/** Keys whose string values are structure: never a place a teacher types a name. */
const STRUCTURAL_KEYS = new Set([
  'id',
  'playId',
  'studentIds',
  'groupIds',
  'skillIds',
  'kind',
  'adult',
  'set',
  'model',
  'who',
  'color',
  'groupColor',
  'date',
  'dates',
  'start',
  'strategy',
  'planVersion',
  'format',
  'checksum',
]);

/**
 * Not students, and never pseudonymised (DESIGN: a bundle carries its author, the teacher's name
 * and school): the author and the class's adults. A student who shares the teacher's first name
 * does not make the teacher's own name a student's.
 */
const NEVER_SCRUBBED = new Set(['author', 'adults']);

/** Fields whose words are the standards' or the scale's, not the teacher's: scrubbed, but not scanned for names left. */
const NOT_TYPED_BY_THE_TEACHER = new Set(['skills', 'the mastery scale']);

export type ScrubReport = {
  /** how many names were replaced */
  replaced: number;
  byKind: Partial<Record<NameKind, number>>;
  /** where, in words ("station names", "the plan title"), in the order first met */
  byField: Record<string, number>;
  /** capitalised words left that are not common words: maybe names the scrubber did not know */
  toCheck: string[];
};

/** Where a string sits, in a teacher's words. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const at = keys.join('.');
  if (at === 'className') return 'the class name';
  if (at === 'plan.title') return 'the plan title';
  if (at === 'plan.body.notes') return 'the plan notes';
  if (at.startsWith('plan.body.stations.')) {
    if (keys.includes('activities') || keys.includes('everyGroup')) return 'activities';
    if (keys.at(-1) === 'room') return 'rooms';
    return 'station names';
  }
  if (at.startsWith('plan.body.groups.') || at.startsWith('grouping.groups.')) return 'group names';
  if (at.startsWith('plan.body.playlist')) return 'the playlist';
  if (at === 'grouping.name') return 'the grouping name';
  if (at.startsWith('skills')) return 'skills';
  if (at.startsWith('mastery')) return 'the mastery scale';
  return 'other text';
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

/** A capitalised word (not all capitals) that is not a common word, possessive and plural forms included. */
export function looksLikeName(word: string): boolean {
  const bare = word.replace(/['’]s?$/u, '');
  if (!/^\p{Lu}/u.test(bare) || !/\p{Ll}/u.test(bare) || [...bare].length < 2) return false;
  if (bare === 'Student') return false;
  const lower = foldedText(bare).toLowerCase();
  const forms = [lower, ...[/s$/u, /es$/u, /ing$/u, /ed$/u].flatMap((end) => (end.test(lower) ? [lower.replace(end, ''), lower.replace(end, 'e')] : []))];
  if (lower.endsWith('ies')) forms.push(`${lower.slice(0, -3)}y`);
  if (forms.some((f) => COMMON_WORDS.has(f))) return false;
  // A hyphenated word is common when each of its parts is ("Teacher-led", "Exit-ticket").
  const parts = lower.split('-').filter(Boolean);
  return !(parts.length > 1 && parts.every((p) => COMMON_WORDS.has(p) || COMMON_WORDS.has(p.replace(/s$/u, ''))));
}

/** The words of `texts` that look like names, each once, in the order first met. */
export function namesToCheck(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].replace(/['’-]+$/u, '').replace(/['’]s$/u, '');
      if (looksLikeName(word)) seen.add(word);
    }
  }
  return [...seen];
}

/**
 * `value` with every string scrubbed (structural keys excepted), and what was replaced.
 * Object keys are kept: in a plan they are ids.
 */
export function scrubStrings<T>(value: T, scrub: NameScrubber): { value: T; report: ScrubReport } {
  const report: ScrubReport = { replaced: 0, byKind: {}, byField: {}, toCheck: [] };
  const typed: string[] = [];
  const walk = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === 'string') {
      const result = scrub(node);
      const field = fieldLabel(path);
      if (result.replaced.length > 0) {
        report.replaced += result.replaced.length;
        report.byField[field] = (report.byField[field] ?? 0) + result.replaced.length;
        for (const kind of result.replaced) report.byKind[kind] = (report.byKind[kind] ?? 0) + 1;
      }
      if (!NOT_TYPED_BY_THE_TEACHER.has(field)) typed.push(result.text);
      return result.text;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (node !== null && typeof node === 'object') {
      // fromEntries, not assignment: a key such as __proto__ stays a plain key
      return Object.fromEntries(
        Object.entries(node).map(([key, child]) => [key, STRUCTURAL_KEYS.has(key) || NEVER_SCRUBBED.has(key) ? child : walk(child, [...path, key])]),
      );
    }
    return node;
  };
  const scrubbed = walk(value, []) as T;
  report.toCheck = namesToCheck(typed);
  return { value: scrubbed, report };
}
