// Which columns each OneRoster file has, and how a real header row is matched to them: by name,
// never by position, forgiving case, 1.0 names, a few School Data Sync names and small typos.
import { headerKey } from '../headers';
import { plural } from '../../words';
import type { ProblemList } from './collector';
import type { OneRosterVersion } from './types';

type Alias = {
  name: string;
  /** a OneRoster 1.0 name: silent in a 1.0 bundle */
  v10?: boolean;
};

export type ColumnSpec = {
  name: string;
  /** required by the OneRoster spec in these versions */
  requiredIn?: readonly OneRosterVersion[];
  /**
   * What Blendwise cannot do without: 'file' means nothing of the file can be read; 'column'
   * means the rows are read but this field is lost. Both are errors naming the column.
   */
  need?: 'file' | 'column';
  aliases?: readonly Alias[];
};

export type FileSpec = { columns: readonly ColumnSpec[] };

const ALL: readonly OneRosterVersion[] = ['1.0', '1.1', '1.2'];
const V11: readonly OneRosterVersion[] = ['1.1', '1.2'];
const UNTIL_V11: readonly OneRosterVersion[] = ['1.0', '1.1'];

const COMMON: readonly ColumnSpec[] = [
  { name: 'sourcedId', requiredIn: ALL },
  { name: 'status' },
  { name: 'dateLastModified' },
];

/** The union of the 1.0, 1.1, 1.2 and 1.2.1 layouts of each file Blendwise reads. */
export const FILE_SPECS = {
  users: {
    columns: [
      { ...COMMON[0]!, need: 'file' },
      ...COMMON.slice(1),
      { name: 'enabledUser', requiredIn: V11 },
      { name: 'orgSourcedIds', requiredIn: UNTIL_V11 },
      { name: 'role', requiredIn: UNTIL_V11 },
      { name: 'username', requiredIn: ALL },
      { name: 'userIds', aliases: [{ name: 'userId', v10: true }] },
      { name: 'givenName', requiredIn: ALL, need: 'column' },
      { name: 'familyName', requiredIn: ALL, need: 'column' },
      { name: 'middleName' },
      { name: 'identifier' },
      { name: 'email' },
      { name: 'sms' },
      { name: 'phone' },
      { name: 'agentSourcedIds', aliases: [{ name: 'agents', v10: true }] },
      { name: 'grades' },
      { name: 'password' },
      { name: 'userMasterIdentifier' },
      { name: 'resourceSourcedIds' },
      { name: 'preferredGivenName', aliases: [{ name: 'preferredFirstName' }] },
      { name: 'preferredMiddleName' },
      { name: 'preferredFamilyName' },
      { name: 'primaryOrgSourcedId' },
      { name: 'pronouns' },
    ],
  },
  classes: {
    columns: [
      { ...COMMON[0]!, need: 'file' },
      ...COMMON.slice(1),
      { name: 'title', requiredIn: ALL, need: 'column' },
      { name: 'grades', aliases: [{ name: 'grade', v10: true }] },
      { name: 'courseSourcedId', requiredIn: ALL },
      { name: 'classCode' },
      { name: 'classType', requiredIn: ALL },
      { name: 'location' },
      { name: 'schoolSourcedId', requiredIn: ALL, aliases: [{ name: 'orgSourcedId' }] },
      {
        name: 'termSourcedIds',
        requiredIn: ALL,
        aliases: [{ name: 'termSourcedId', v10: true }, { name: 'sessionSourcedIds' }],
      },
      { name: 'subjects' },
      { name: 'subjectCodes' },
      { name: 'periods' },
    ],
  },
  enrollments: {
    columns: [
      ...COMMON,
      { name: 'classSourcedId', requiredIn: ALL, need: 'file' },
      { name: 'schoolSourcedId', requiredIn: ALL },
      { name: 'userSourcedId', requiredIn: ALL, need: 'file' },
      { name: 'role', requiredIn: ALL, need: 'column' },
      { name: 'primary', aliases: [{ name: 'isPrimary' }] },
      { name: 'beginDate' },
      { name: 'endDate' },
    ],
  },
  roles: {
    columns: [
      ...COMMON,
      { name: 'userSourcedId', requiredIn: ALL, need: 'file' },
      { name: 'roleType', requiredIn: ALL, aliases: [{ name: 'isPrimary' }] },
      { name: 'role', requiredIn: ALL, need: 'file' },
      { name: 'beginDate', aliases: [{ name: 'roleStartDate' }] },
      { name: 'endDate', aliases: [{ name: 'roleEndDate' }] },
      { name: 'orgSourcedId', requiredIn: ALL },
      { name: 'userProfileSourcedId' },
    ],
  },
  academicSessions: {
    columns: [
      { ...COMMON[0]!, need: 'file' },
      ...COMMON.slice(1),
      { name: 'title', requiredIn: ALL },
      { name: 'type', requiredIn: ALL },
      { name: 'startDate', requiredIn: ALL },
      { name: 'endDate', requiredIn: ALL },
      { name: 'parentSourcedId' },
      { name: 'schoolYear', requiredIn: V11 },
    ],
  },
} satisfies Record<string, FileSpec>;

export type ReadFile = keyof typeof FILE_SPECS;

export type Columns = {
  /** column name (spec spelling) -> index in the row */
  index: Map<string, number>;
  /** the header text each column was read from */
  header: Map<string, string>;
  /** false when a column the file cannot be read without is missing */
  usable: boolean;
};

function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

const quote = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/**
 * Matches a header row to the spec's columns and reports, once per file, what was matched
 * loosely, what is missing and what was left unread.
 */
export function resolveColumns(
  headers: string[],
  spec: FileSpec,
  fileName: string,
  version: OneRosterVersion,
  problems: ProblemList,
): Columns {
  const index = new Map<string, number>();
  const header = new Map<string, string>();
  const taken = new Set<number>();
  const assign = (column: string, at: number) => {
    index.set(column, at);
    header.set(column, headers[at] ?? '');
    taken.add(at);
  };
  const warn = (message: string) => problems.add(fileName, 1, 'warning', message);
  const duplicates: string[] = [];

  // 1. Exact names.
  headers.forEach((h, at) => {
    const column = spec.columns.find((c) => c.name === h);
    if (!column) return;
    if (index.has(column.name)) {
      duplicates.push(h);
      taken.add(at);
    } else assign(column.name, at);
  });

  // 2. Exact aliases: 1.0 names and School Data Sync names.
  headers.forEach((h, at) => {
    if (taken.has(at) || h === '') return;
    for (const column of spec.columns) {
      const alias = column.aliases?.find((a) => a.name === h);
      if (!alias || index.has(column.name)) continue;
      assign(column.name, at);
      if (!alias.v10) warn(`The column "${h}" is not a OneRoster name; it was read as "${column.name}".`);
      else if (version !== '1.0') {
        warn(`The column "${h}" is the OneRoster 1.0 name; this is a ${version} bundle, where it is called "${column.name}". It was read anyway.`);
      }
      return;
    }
  });

  // 3. The same name in another case or with other punctuation, then 4. a small typo.
  const targets = (column: ColumnSpec) => [column.name, ...(column.aliases ?? []).map((a) => a.name)].map(headerKey);
  for (const pass of ['case', 'typo'] as const) {
    headers.forEach((h, at) => {
      if (taken.has(at) || h === '' || h.toLowerCase().startsWith('metadata.')) return;
      const key = headerKey(h);
      if (key === '' || key.length > 64) return;
      let found: ColumnSpec | undefined;
      if (pass === 'case') {
        found = spec.columns.find((c) => !index.has(c.name) && targets(c).includes(key));
      } else {
        const limit = key.length >= 8 ? 2 : 1;
        let best = limit + 1;
        let tie = false;
        for (const column of spec.columns) {
          if (index.has(column.name)) continue;
          const d = Math.min(...targets(column).map((t) => distance(key, t, limit)));
          if (d < best) {
            best = d;
            found = column;
            tie = false;
          } else if (d === best && d <= limit) tie = true;
        }
        if (best > limit || tie) found = undefined;
      }
      if (!found) return;
      assign(found.name, at);
      warn(
        pass === 'case'
          ? `The column "${h}" was read as "${found.name}" (OneRoster column names are case-sensitive).`
          : `The column "${h}" looks like a misspelling of "${found.name}" and was read as it.`,
      );
    });
  }

  if (duplicates.length > 0) {
    warn(`The column${duplicates.length === 1 ? '' : 's'} ${quote(duplicates)} appear${duplicates.length === 1 ? 's' : ''} more than once; only the first was read.`);
  }

  // What is left: extension columns are allowed, anything else is reported once.
  const unnamed = headers.filter((h, at) => h === '' && !taken.has(at)).length;
  const extra = headers.filter((h, at) => h !== '' && !taken.has(at) && !h.toLowerCase().startsWith('metadata.'));
  if (extra.length > 0 || unnamed > 0) {
    const parts: string[] = [];
    if (extra.length > 0) parts.push(`columns OneRoster does not define (${quote(extra.slice(0, 8))}${extra.length > 8 ? `, and ${extra.length - 8} more` : ''})`);
    if (unnamed > 0) parts.push(`${plural(unnamed, 'column')} with no name`);
    warn(`This file has ${parts.join(' and ')}; they were ignored. Extra columns should be named "metadata.…".`);
  }

  let usable = true;
  const lacking: string[] = [];
  for (const column of spec.columns) {
    if (index.has(column.name)) continue;
    if (column.need === 'file') {
      usable = false;
      problems.add(fileName, 1, 'error', `There is no "${column.name}" column, so nothing in this file could be read: check that this is the OneRoster file and that its first line holds the column names.`);
    } else if (column.need === 'column') {
      problems.add(fileName, 1, 'error', `There is no "${column.name}" column, so that information is missing for every row: add the column and import again.`);
    } else if (column.requiredIn?.includes(version)) lacking.push(column.name);
  }
  if (lacking.length > 0) {
    warn(`OneRoster ${version} requires the column${lacking.length === 1 ? '' : 's'} ${quote(lacking)}, which ${lacking.length === 1 ? 'is' : 'are'} missing; Blendwise read the file without ${lacking.length === 1 ? 'it' : 'them'}.`);
  }
  return { index, header, usable };
}
