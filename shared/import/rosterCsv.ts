import { z } from 'zod';
import type { CsvTable } from './csvTable';
import { detectColumns, tidy } from './headers';
import type { ImportProblem } from './problems';

export type RosterField =
  'givenName' | 'familyName' | 'fullName' | 'preferredName' | 'studentNumber' | 'email' | 'section';

export const ROSTER_FIELDS: { field: RosterField; label: string }[] = [
  { field: 'givenName', label: 'First name' },
  { field: 'familyName', label: 'Last name' },
  { field: 'fullName', label: 'Full name ("Last, First")' },
  { field: 'preferredName', label: 'Preferred name' },
  { field: 'studentNumber', label: 'Student ID' },
  { field: 'email', label: 'Email' },
  { field: 'section', label: 'Class / section' },
];

/** Field -> column index in the table's headers. */
export type RosterMapping = Partial<Record<RosterField, number>>;

// Compared after headerKey(), so case, spaces and punctuation do not matter.
const HEADER_NAMES: Record<RosterField, string[]> = {
  givenName: ['First name', 'First', 'Given name', 'Forename', 'First names', 'Legal first name', 'fname'],
  familyName: ['Last name', 'Surname', 'Family name', 'Last', 'Legal last name', 'lname'],
  fullName: ['Name', 'Full name', 'Last, First', 'Full name ("Last, First")', 'Last name, first name'],
  preferredName: ['Preferred name', 'Preferred first name', 'Nickname', 'Goes by', 'Known as'],
  studentNumber: [
    'Student ID',
    'ID',
    'Student number',
    'SIS ID',
    'sourcedId',
    'Local ID',
    'Student no',
    'ID number',
  ],
  email: ['Email', 'E-mail', 'Email address', 'E-mail address', 'Mail'],
  section: [
    'Class / section',
    'Class',
    'Section',
    'Period',
    'Course',
    'Homeroom',
    'Class name',
    'Form',
    'Group',
  ],
};

export function detectRosterMapping(headers: string[]): RosterMapping {
  const mapping: RosterMapping = detectColumns(headers, HEADER_NAMES);
  // Separate name columns are more reliable than splitting a full name.
  if (mapping.givenName !== undefined || mapping.familyName !== undefined) delete mapping.fullName;
  return mapping;
}

export type RosterRow = {
  line: number;
  givenName: string;
  familyName: string;
  preferredName: string;
  studentNumber: string;
  email: string;
  section: string;
};
export type RosterPreviewRow = RosterRow & { problems: ImportProblem[]; accepted: boolean };

/** "Last, First" splits at the comma; "First Middle Last" takes the last word as the family name. */
export function splitFullName(full: string): { givenName: string; familyName: string } {
  const comma = full.indexOf(',');
  if (comma >= 0) return { familyName: tidy(full.slice(0, comma)), givenName: tidy(full.slice(comma + 1)) };
  const words = full.split(' ').filter(Boolean);
  // A lone word is kept as a first name: that is what the app shows most.
  if (words.length < 2) return { givenName: words[0] ?? '', familyName: '' };
  return { givenName: words.slice(0, -1).join(' '), familyName: words[words.length - 1] ?? '' };
}

// The same check as the student form, so an imported email never fails when edited later.
const emailSchema = z.email();

/**
 * What a roster import would do, row by row. `problems` lists every problem, file-level first and
 * then each row's in line order; each row also carries its own. Only accepted rows are imported.
 */
export function previewRoster(
  table: CsvTable,
  mapping: RosterMapping,
): { rows: RosterPreviewRow[]; problems: ImportProblem[]; acceptedCount: number } {
  const { file } = table;
  const fileProblems: ImportProblem[] = [];
  const byLine = new Map<number, ImportProblem[]>();
  for (const p of table.problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);

  const useFullName = mapping.givenName === undefined && mapping.familyName === undefined;
  const hasNameColumn = !useFullName || mapping.fullName !== undefined;
  if (!hasNameColumn) {
    fileProblems.push({
      file,
      line: 1,
      severity: 'error',
      message:
        'No column for names was found: choose which column holds first names, last names or full names.',
    });
  }

  const firstLineOfId = new Map<string, number>();
  const rows = table.rows.map(({ line, cells }): RosterPreviewRow => {
    const cell = (field: RosterField) => {
      const index = mapping[field];
      return index === undefined ? '' : tidy(cells[index]);
    };
    const names = useFullName
      ? splitFullName(cell('fullName'))
      : { givenName: cell('givenName'), familyName: cell('familyName') };
    const row: RosterPreviewRow = {
      line,
      ...names,
      preferredName: cell('preferredName'),
      studentNumber: cell('studentNumber'),
      email: cell('email'),
      section: cell('section'),
      problems: [...(byLine.get(line) ?? [])],
      accepted: hasNameColumn,
    };
    byLine.delete(line);
    const add = (severity: ImportProblem['severity'], message: string) => {
      row.problems.push({ file, line, severity, message });
      if (severity === 'error') row.accepted = false;
    };
    if (row.problems.some((p) => p.severity === 'error')) row.accepted = false;

    if (hasNameColumn && !row.givenName && !row.familyName) {
      add('error', 'No name: add a first or last name, or leave the row out.');
    }
    if (row.email && !emailSchema.safeParse(row.email).success) {
      add(
        'warning',
        `The email "${row.email}" does not look right, so the student is added without it: fix it in the file, or add it later.`,
      );
      row.email = '';
    }
    // Only a row that will be imported claims its id, so a rejected row never blocks a good one.
    if (row.accepted && row.studentNumber) {
      const first = firstLineOfId.get(row.studentNumber);
      if (first !== undefined) {
        add(
          'error',
          `Student ID ${row.studentNumber} is already used on line ${first}: give each student their own ID, or leave this row out.`,
        );
      } else firstLineOfId.set(row.studentNumber, line);
    }
    return row;
  });

  // Table problems on lines that are not rows (the header, an empty file) belong to the file.
  for (const rest of byLine.values()) fileProblems.push(...rest);
  fileProblems.sort((a, b) => a.line - b.line);
  const problems = [...fileProblems, ...rows.flatMap((r) => r.problems)];
  return { rows, problems, acceptedCount: rows.filter((r) => r.accepted).length };
}
