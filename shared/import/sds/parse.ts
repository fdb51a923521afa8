// Microsoft School Data Sync (SDS) v2.1 CSV: modelled on OneRoster but with its own columns
// (sessionSourcedIds, isPrimary, roleStartDate), roles in roles.csv, no manifest, no status and
// files OneRoster does not have (relationships.csv, userFlags.csv). Read into the same
// RosterImport as OneRoster, so one plan and one preview serve both.
import { detectColumns, tidy } from '../headers';
import { readTable, type BundleFile, type FileProgress } from '../oneRoster/bundle';
import { ProblemList } from '../oneRoster/collector';
import type { OneRosterClass, OneRosterEnrollment, OneRosterPerson, OneRosterSession, RosterImport } from '../oneRoster/types';

/** The files of an SDS v2.1 export, lower case, without ".csv". */
export const SDS_FILES = [
  'users',
  'classes',
  'enrollments',
  'roles',
  'academicsessions',
  'courses',
  'orgs',
  'demographics',
  'relationships',
  'userflags',
] as const;
type SdsFile = (typeof SDS_FILES)[number];

/** Column names by field, SDS spelling first; matched without regard to case or punctuation. */
const COLUMNS = {
  users: {
    sourcedId: ['sourcedId'],
    username: ['username'],
    givenName: ['givenName', 'firstName'],
    familyName: ['familyName', 'lastName'],
    middleName: ['middleName'],
    preferredGivenName: ['preferredGivenName', 'preferredFirstName'],
    email: ['email', 'mail'],
    identifier: ['studentNumber', 'identifier', 'studentId'],
    grade: ['grade', 'grades'],
  },
  roles: {
    userSourcedId: ['userSourcedId'],
    orgSourcedId: ['orgSourcedId'],
    role: ['role'],
    isPrimary: ['isPrimary'],
    grade: ['grade'],
  },
  enrollments: { classSourcedId: ['classSourcedId'], userSourcedId: ['userSourcedId'], role: ['role'] },
  classes: {
    sourcedId: ['sourcedId'],
    orgSourcedId: ['orgSourcedId'],
    title: ['title'],
    code: ['code', 'classCode'],
    sessionSourcedIds: ['sessionSourcedIds', 'termSourcedIds'],
    courseSourcedId: ['courseSourcedId'],
    subject: ['subject', 'subjects'],
    grade: ['grade', 'grades'],
    periods: ['periods', 'period'],
  },
  courses: { sourcedId: ['sourcedId'], title: ['title'], grade: ['grade', 'grades'], subject: ['subject'] },
  academicsessions: {
    sourcedId: ['sourcedId'],
    title: ['title'],
    type: ['type'],
    schoolYear: ['schoolYear'],
    startDate: ['startDate'],
    endDate: ['endDate'],
    parentSourcedId: ['parentSourcedId'],
  },
  relationships: { relationshipUserSourcedId: ['relationshipUserSourcedId'] },
} as const;

type Fields<F extends keyof typeof COLUMNS> = keyof (typeof COLUMNS)[F];
type Row<F extends keyof typeof COLUMNS> = { line: number; get: (field: Fields<F>) => string };

const TEACHER_ROLES = new Set(['teacher', 'professor', 'faculty', 'instructor', 'lecturer', 'educator']);
const STUDENT_ROLES = new Set(['student', 'learner', 'pupil']);

function roleOf(raw: string): 'student' | 'teacher' | '' {
  const value = raw.trim().toLowerCase();
  if (STUDENT_ROLES.has(value)) return 'student';
  if (TEACHER_ROLES.has(value)) return 'teacher';
  return '';
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim().replace(/^"+|"+$/g, '').trim())
    .filter(Boolean);

const DATE = /^\d{4}-\d{2}-\d{2}/;
const dateOf = (value: string) => (DATE.test(value.trim()) ? value.trim().slice(0, 10) : '');

/** Reads an SDS v2.1 export (file name -> text); like parseOneRoster, it never throws on the data. */
export function parseSds(files: Record<string, string>, options: { onProgress?: FileProgress } = {}): RosterImport {
  const problems = new ProblemList();
  const result: RosterImport = {
    format: 'sds',
    version: '1.0',
    mode: 'bulk',
    classes: [],
    students: [],
    teachers: [],
    enrollments: [],
    sessions: [],
    problems: [],
  };
  const found = new Map<SdsFile, BundleFile>();
  const unknown: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const name = path.split(/[\\/]/).pop() ?? '';
    if (name === '' || name.startsWith('.') || /(^|[\\/])__MACOSX[\\/]/.test(path)) continue;
    const base = /^(.*)\.csv$/i.exec(name)?.[1]?.toLowerCase();
    const file = SDS_FILES.find((f) => f === base);
    if (!file) unknown.push(name);
    else if (!found.has(file)) found.set(file, { name, text: String(text ?? '') });
  }
  if (unknown.length > 0) {
    problems.add(unknown[0]!, 1, 'warning', `These files are not part of a School Data Sync export and were ignored: ${unknown.map((n) => `"${n}"`).join(', ')}.`);
  }

  const rowsOf = <F extends keyof typeof COLUMNS>(file: F, needed: Fields<F>[]): Row<F>[] | undefined => {
    const bundleFile = found.get(file as SdsFile);
    if (!bundleFile) return undefined;
    const table = readTable(bundleFile, problems, options.onProgress);
    const at = detectColumns(table.headers, COLUMNS[file] as unknown as Record<Fields<F> & string, string[]>);
    const missing = needed.filter((f) => at[f as Fields<F> & string] === undefined);
    if (missing.length > 0) {
      problems.add(bundleFile.name, 1, 'error', `There is no ${missing.map((m) => `"${String(m)}"`).join(' or ')} column, so nothing in this file could be read: check that this is the School Data Sync file and that its first line holds the column names.`);
      return undefined;
    }
    return table.rows.map(({ line, cells }) => ({
      line,
      get: (field) => {
        const i = at[field as Fields<F> & string];
        return i === undefined ? '' : (cells[i] ?? '').trim();
      },
    }));
  };

  for (const file of ['users', 'classes', 'enrollments'] as const) {
    if (!found.has(file)) {
      problems.add(`${file}.csv`, 1, 'error', `There is no "${file}.csv", so the ${file === 'users' ? 'students and teachers' : file} could not be read: choose all the files of the School Data Sync export.`);
    }
  }

  // Sessions, then courses (a class may take its grade from its course), then classes.
  const sessions = rowsOf('academicsessions', ['sourcedId']) ?? [];
  for (const row of sessions) {
    if (row.get('sourcedId') === '') continue;
    const session: OneRosterSession = {
      sourcedId: row.get('sourcedId'),
      title: tidy(row.get('title')),
      type: row.get('type'),
      startDate: dateOf(row.get('startDate')),
      endDate: dateOf(row.get('endDate')),
      parentSourcedId: row.get('parentSourcedId'),
      schoolYear: row.get('schoolYear'),
    };
    result.sessions!.push(session);
  }
  const courseGrade = new Map<string, string[]>();
  for (const row of rowsOf('courses', ['sourcedId']) ?? []) courseGrade.set(row.get('sourcedId'), list(row.get('grade')));

  const classIds = new Set<string>();
  for (const row of rowsOf('classes', ['sourcedId', 'title']) ?? []) {
    const sourcedId = row.get('sourcedId');
    if (sourcedId === '') {
      problems.row('noid', found.get('classes')!.name, row.line, 'error', `Line ${row.line} has no sourcedId, so it was skipped.`);
      continue;
    }
    if (classIds.has(sourcedId)) {
      problems.row('duplicate', found.get('classes')!.name, row.line, 'warning', `Line ${row.line} repeats the class "${sourcedId}" of an earlier row; the first was kept.`);
      continue;
    }
    classIds.add(sourcedId);
    const classCode = tidy(row.get('code'));
    const cls: OneRosterClass = {
      sourcedId,
      title: tidy(row.get('title')) || classCode || sourcedId,
      classCode,
      classType: 'scheduled',
      courseSourcedId: row.get('courseSourcedId'),
      schoolSourcedId: row.get('orgSourcedId'),
      termSourcedIds: list(row.get('sessionSourcedIds')),
      subjects: list(row.get('subject')),
      grades: list(row.get('grade')).length > 0 ? list(row.get('grade')) : (courseGrade.get(row.get('courseSourcedId')) ?? []),
      periods: list(row.get('periods')),
    };
    result.classes.push(cls);
  }

  // Who is a student and who a teacher: roles.csv (the primary role first), else their enrollments.
  const roleByUser = new Map<string, { role: 'student' | 'teacher'; primary: boolean }>();
  const orgsByUser = new Map<string, string[]>();
  const gradeByUser = new Map<string, string>();
  for (const row of rowsOf('roles', ['userSourcedId', 'role']) ?? []) {
    const user = row.get('userSourcedId');
    const role = roleOf(row.get('role'));
    const org = row.get('orgSourcedId');
    if (org) orgsByUser.set(user, [...(orgsByUser.get(user) ?? []), org].filter((v, i, a) => a.indexOf(v) === i));
    if (row.get('grade')) gradeByUser.set(user, row.get('grade'));
    if (role === '') continue;
    const primary = row.get('isPrimary').toLowerCase() !== 'false';
    const had = roleByUser.get(user);
    if (!had || (primary && !had.primary)) roleByUser.set(user, { role, primary });
  }
  const enrollmentRows = rowsOf('enrollments', ['classSourcedId', 'userSourcedId']) ?? [];
  for (const row of enrollmentRows) {
    const user = row.get('userSourcedId');
    const role = roleOf(row.get('role'));
    if (role && !roleByUser.has(user)) roleByUser.set(user, { role, primary: false });
  }
  const contacts = new Set((rowsOf('relationships', ['relationshipUserSourcedId']) ?? []).map((r) => r.get('relationshipUserSourcedId')));

  const userIds = new Set<string>();
  const usersFile = found.get('users')?.name ?? 'users.csv';
  for (const row of rowsOf('users', ['sourcedId', 'givenName', 'familyName']) ?? []) {
    const sourcedId = row.get('sourcedId');
    if (sourcedId === '') {
      problems.row('noid', usersFile, row.line, 'error', `Line ${row.line} has no sourcedId, so it was skipped.`);
      continue;
    }
    if (userIds.has(sourcedId)) {
      problems.row('duplicate', usersFile, row.line, 'warning', `Line ${row.line} repeats the user "${sourcedId}" of an earlier row; the first was kept.`);
      continue;
    }
    userIds.add(sourcedId);
    const person: OneRosterPerson = {
      sourcedId,
      givenName: tidy(row.get('givenName')),
      familyName: tidy(row.get('familyName')),
      middleName: tidy(row.get('middleName')),
      preferredFirstName: tidy(row.get('preferredGivenName')),
      email: row.get('email'),
      username: row.get('username'),
      identifier: row.get('identifier'),
      enabledUser: true,
      orgSourcedIds: orgsByUser.get(sourcedId) ?? [],
      grades: list(row.get('grade') || gradeByUser.get(sourcedId) || ''),
    };
    const role = roleByUser.get(sourcedId)?.role;
    if (role === 'student') result.students.push(person);
    else if (role === 'teacher') result.teachers.push(person);
    else if (!contacts.has(sourcedId)) {
      // Parents and guardians are in relationships.csv: they are not meant to be students or teachers.
      const who = tidy(`${person.givenName} ${person.familyName}`);
      problems.row('norole', usersFile, row.line, 'warning', `User ${sourcedId}${who ? ` (${who})` : ''} has no student or teacher role in roles.csv or enrollments.csv, so was left out.`);
    }
  }

  const enrollmentsFile = found.get('enrollments')?.name ?? 'enrollments.csv';
  for (const row of enrollmentRows) {
    const classSourcedId = row.get('classSourcedId');
    const userSourcedId = row.get('userSourcedId');
    if (classSourcedId === '' || userSourcedId === '') {
      problems.row('noid', enrollmentsFile, row.line, 'error', `Line ${row.line} has no ${classSourcedId === '' ? 'classSourcedId' : 'userSourcedId'}, so it was skipped.`);
      continue;
    }
    if (found.has('users') && !userIds.has(userSourcedId)) {
      problems.row('nouser', enrollmentsFile, row.line, 'warning', `Line ${row.line} enrols user ${userSourcedId}, who is not in ${usersFile}.`);
    }
    if (found.has('classes') && !classIds.has(classSourcedId)) {
      problems.row('noclass', enrollmentsFile, row.line, 'warning', `Line ${row.line} enrols someone in class ${classSourcedId}, which is not in ${found.get('classes')!.name}.`);
    }
    const enrollment: OneRosterEnrollment = {
      sourcedId: '',
      classSourcedId,
      userSourcedId,
      role: roleOf(row.get('role')) || row.get('role'),
      primary: false,
      beginDate: '',
      endDate: '',
    };
    result.enrollments.push(enrollment);
  }
  result.problems = problems.finish();
  return result;
}
