// Reading one cell: enumerations forgiving case, booleans, lists, dates. Each fault of a column is
// told once per file, with the first line it was seen on.
import type { ProblemList } from './collector';
import type { OneRosterMode, OneRosterStatus, OneRosterVersion } from './types';

export type CellContext = {
  file: string;
  version: OneRosterVersion;
  mode: OneRosterMode;
  problems: ProblemList;
};

/** Splits a OneRoster list ("09,10,11", written inside quotes) into its items. */
export function readList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim().replace(/^"+|"+$/g, '').trim())
    .filter((item) => item !== '');
}

const caseWarning = (ctx: CellContext, column: string, line: number, raw: string, canonical: string) =>
  ctx.problems.once(
    `case\u0000${ctx.file}\u0000${column}`,
    ctx.file,
    line,
    'warning',
    `The "${column}" column holds "${raw}" (line ${line}) where OneRoster writes "${canonical}" in that case; values in other cases were read regardless.`,
  );

/** The spec spelling of `raw` from `vocabulary`, or undefined if it is not there in any case. */
export function readEnum(
  ctx: CellContext,
  column: string,
  line: number,
  raw: string,
  vocabulary: readonly string[],
): string | undefined {
  if (vocabulary.includes(raw)) return raw;
  const lower = raw.toLowerCase();
  const canonical = vocabulary.find((v) => v.toLowerCase() === lower);
  if (canonical !== undefined) caseWarning(ctx, column, line, raw, canonical);
  return canonical;
}

export function readBoolean(ctx: CellContext, column: string, line: number, raw: string, blank: boolean): boolean {
  if (raw === '') return blank;
  const value = readEnum(ctx, column, line, raw, ['true', 'false']);
  if (value !== undefined) return value === 'true';
  ctx.problems.once(
    `bool\u0000${ctx.file}\u0000${column}`,
    ctx.file,
    line,
    'warning',
    `The "${column}" column holds "${raw}" (line ${line}), which is neither true nor false; such values were read as ${blank}.`,
  );
  return blank;
}

export function readStatus(ctx: CellContext, line: number, raw: string): OneRosterStatus | undefined {
  let status: OneRosterStatus | undefined;
  if (raw !== '') {
    status = readEnum(ctx, 'status', line, raw, ['active', 'tobedeleted', 'inactive']) as OneRosterStatus | undefined;
    if (status === undefined) {
      ctx.problems.once(
        `status\u0000${ctx.file}`,
        ctx.file,
        line,
        'warning',
        `The status "${raw}" (line ${line}) is not a OneRoster status (active or tobedeleted); rows with such a status were read as if it were blank.`,
      );
    } else if (status === 'inactive' && ctx.version !== '1.0') {
      ctx.problems.once(
        `inactive\u0000${ctx.file}`,
        ctx.file,
        line,
        'warning',
        `The status "inactive" (line ${line}) belongs to OneRoster 1.0; OneRoster ${ctx.version} knows only active and tobedeleted. It was kept as it is.`,
      );
    }
  }
  if (status === undefined && ctx.mode === 'delta') {
    ctx.problems.once(
      `nostatus\u0000${ctx.file}`,
      ctx.file,
      line,
      'warning',
      `Line ${line} has no status, which every row of a delta file needs; rows without one were read as active.`,
    );
    return 'active';
  }
  return status;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A YYYY-MM-DD date, or '' (with one warning per column) when the cell holds something else. */
export function readDate(ctx: CellContext, column: string, line: number, raw: string, withTime = false): string {
  if (raw === '') return '';
  if ((withTime ? DATE_TIME : DATE).test(raw)) return raw.slice(0, 10);
  ctx.problems.once(
    `date\u0000${ctx.file}\u0000${column}`,
    ctx.file,
    line,
    'warning',
    `The "${column}" column holds "${raw}" (line ${line}), which is not a date written as YYYY-MM-DD${withTime ? ' (optionally with a time)' : ''}; such dates were ignored.`,
  );
  return '';
}

/** OneRoster's roles across users.csv (1.1), enrollments.csv and roles.csv (1.2). */
export const ROLES = [
  'administrator',
  'aide',
  'counselor',
  'districtAdministrator',
  'guardian',
  'parent',
  'principal',
  'proctor',
  'relative',
  'siteAdministrator',
  'student',
  'systemAdministrator',
  'teacher',
] as const;

/** Words other rostering systems (e.g. School Data Sync) use for the two roles Blendwise needs. */
const ROLE_SYNONYMS: Record<string, 'student' | 'teacher'> = {
  professor: 'teacher',
  instructor: 'teacher',
  lecturer: 'teacher',
  faculty: 'teacher',
  learner: 'student',
  pupil: 'student',
};

/** The spec spelling of a role; a synonym becomes student/teacher; anything else stays as written. */
export function readRole(ctx: CellContext, column: string, line: number, raw: string): string {
  if (raw === '') return '';
  const known = readEnum(ctx, column, line, raw, ROLES);
  if (known !== undefined) return known;
  const synonym = ROLE_SYNONYMS[raw.toLowerCase()];
  if (synonym !== undefined) {
    ctx.problems.once(
      `synonym\u0000${ctx.file}\u0000${column}\u0000${raw.toLowerCase()}`,
      ctx.file,
      line,
      'warning',
      `The role "${raw}" (line ${line}) is not a OneRoster role; it was read as "${synonym}".`,
    );
    return synonym;
  }
  ctx.problems.once(
    `role\u0000${ctx.file}\u0000${column}`,
    ctx.file,
    line,
    'warning',
    `The role "${raw}" (line ${line}) is not one OneRoster defines; people with such a role are neither students nor teachers in Blendwise.`,
  );
  return raw;
}
