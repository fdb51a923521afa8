// Turning a schema's complaint about stored data into plain words that name the field:
// "givenName: expected text, got an object". Pure; used by every record's decode and check.
import type { z } from 'zod';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Thrown by a record's decode when the data cannot be understood; `message` is the plain-words problem. */
export class RecordProblem extends Error {
  constructor(
    readonly record: string,
    readonly problem: string,
  ) {
    super(`This ${record} cannot be read: ${problem}`);
    this.name = 'RecordProblem';
  }
}

type Issue = z.core.$ZodIssue;
type PathPart = PropertyKey;

/** 'body.stations[2].name' */
export function fieldPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function valueAt(raw: unknown, path: readonly PathPart[]): unknown {
  let at: unknown = raw;
  for (const part of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** What a value is, in a teacher's words: 'an object', 'text ("3")', 'the number 4'. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty text' : `text (${JSON.stringify(clip(value))})`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite';
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'an object',
  null: 'null',
  undefined: 'nothing',
  date: 'a date',
};

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 6).map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  return values.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function describeIssue(
  issue: Issue,
  raw: unknown,
  base: readonly PathPart[],
): { path: readonly PathPart[]; text: string } {
  const path = [...base, ...issue.path];
  const got = valueAt(raw, path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return {
        path,
        text:
          got === undefined
            ? `missing (expected ${expected})`
            : `expected ${expected}, got ${describeValue(got)}`,
      };
    }
    case 'invalid_value':
      return { path, text: `expected one of ${listValues(issue.values)}, got ${describeValue(got)}` };
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return { path, text: `is empty or shorter than ${min} characters` };
      if (issue.origin === 'array')
        return { path, text: `needs at least ${min} item${min === '1' ? '' : 's'}` };
      return { path, text: `must be at least ${min}, got ${describeValue(got)}` };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return { path, text: `is longer than ${max} characters` };
      if (issue.origin === 'array') return { path, text: `has more than ${max} items` };
      return { path, text: `can be at most ${max}, got ${describeValue(got)}` };
    }
    case 'invalid_union': {
      const key = issue.discriminator;
      if (key) {
        const at = path[path.length - 1] === key ? path : [...path, key];
        return {
          path: at,
          text: `is not one of the kinds Blendwise knows (got ${describeValue(valueAt(raw, at))})`,
        };
      }
      // The branch that got furthest says best what is wrong.
      const branches = issue.errors.filter((b) => b.length > 0);
      const best = branches.sort((a, b) => deepest(b) - deepest(a))[0];
      if (best?.[0]) return describeIssue(best[0], raw, path);
      return { path, text: `is not in a form Blendwise knows (got ${describeValue(got)})` };
    }
    case 'invalid_key':
      return { path, text: 'has a key Blendwise cannot use' };
    case 'invalid_element':
      return { path, text: 'holds a value Blendwise cannot use' };
    case 'invalid_format':
      return {
        path,
        text:
          issue.message && !issue.message.startsWith('Invalid')
            ? issue.message
            : `is not written the expected way (got ${describeValue(got)})`,
      };
    case 'not_multiple_of':
      return { path, text: `must be a multiple of ${String(issue.divisor)}` };
    default:
      return { path, text: issue.message || 'is not valid' };
  }
}

function deepest(issues: readonly Issue[]): number {
  return Math.max(...issues.map((i) => i.path.length));
}

/** The first problem of a failed parse, as 'field: what is wrong'. */
export function describeProblem(error: z.core.$ZodError, raw: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not in a form Blendwise knows';
  const { path, text } = describeIssue(issue, raw, []);
  const field = fieldPath(path);
  return field ? `${field}: ${text}` : text;
}
