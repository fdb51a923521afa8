// What a pseudonymised export replaced, in sentences a teacher reads before the file leaves the
// machine. Pure, so the wording is tested without a browser.
import { listInWords, plural, type NameKind, type ScrubReport } from '../../shared';

const PLURALS: Record<NameKind, [string, string]> = {
  'full name': ['full name', 'full names'],
  'first name': ['first name', 'first names'],
  'family name': ['family name', 'family names'],
  'preferred name': ['preferred name', 'preferred names'],
  'part of a name': ['part of a name', 'parts of names'],
  'short form of a name': ['short form of a name', 'short forms of names'],
  initials: ['set of initials', 'sets of initials'],
  'e-mail address': ['e-mail address', 'e-mail addresses'],
  'student number or id': ['student number or id', 'student numbers or ids'],
};

const count = (n: number, [one, many]: [string, string]) => plural(n, one, many);

/** "12 names replaced (6 first names, …) in the plan title, station names and activities." */
export function replacedSentence(report: ScrubReport): string {
  if (report.replaced === 0) return 'No student’s name was found in the text of this plan; the student list is replaced by pseudonyms.';
  const kinds = (Object.keys(PLURALS) as NameKind[]).filter((k) => report.byKind[k]).map((k) => count(report.byKind[k]!, PLURALS[k]));
  const where = listInWords(Object.keys(report.byField));
  const ids = report.byKind['student number or id'] ?? 0;
  if (ids === report.replaced) return `${count(ids, PLURALS['student number or id'])} replaced in ${where}.`;
  const noun: [string, string] = ids === 0 ? ['name', 'names'] : ['name or student number', 'names and student numbers'];
  return `${count(report.replaced, noun)} replaced (${listInWords(kinds)}) in ${where}.`;
}

/** The words left that could be names, or that there are none. */
export function toCheckSentence(report: ScrubReport): string {
  if (report.toCheck.length === 0) return 'No other word in the plan looks like a name.';
  const shown = report.toCheck.slice(0, 20);
  const more = report.toCheck.length - shown.length;
  return `Check these words, which could be names the app does not know (a student of another class, a parent): ${listInWords(
    more > 0 ? [...shown, `${more} more`] : shown,
  )}. If one is a person, change it in the plan before you export.`;
}
