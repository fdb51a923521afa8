// OneRoster 1.0 / 1.1 / 1.2 CSV bundles -> classes, students, teachers and enrollments.
// Pure and forgiving: columns are read by name, faults are reported, user data never throws.
import type { CsvTable } from '../csvTable';
import { tidy } from '../headers';
import { findFiles, readManifest, readTable, type BundleFile, type FileProgress, type Manifest, type OneRosterFile } from './bundle';
import { ProblemList } from './collector';
import { FILE_SPECS, resolveColumns, type Columns, type ReadFile } from './columns';
import type {
  OneRosterClass,
  OneRosterEnrollment,
  OneRosterMode,
  OneRosterPerson,
  OneRosterSession,
  OneRosterVersion,
  RosterImport,
} from './types';
import { readBoolean, readDate, readEnum, readList, readRole, readStatus, type CellContext } from './values';

type Sheet = { file: BundleFile; table: CsvTable; columns: Columns; ctx: CellContext };

type Row = { line: number; get: (column: string) => string; has: (column: string) => boolean };

function rowsOf(sheet: Sheet): Row[] {
  const { table, columns, ctx } = sheet;
  let wideLine = 0;
  let wide = 0;
  const rows = table.rows.map(({ line, cells }) => {
    if (cells.length > table.headers.length) {
      wide++;
      if (wideLine === 0) wideLine = line;
    }
    return {
      line,
      get: (column: string) => {
        const at = columns.index.get(column);
        return at === undefined ? '' : (cells[at] ?? '').trim();
      },
      has: (column: string) => columns.index.has(column),
    };
  });
  if (wide > 0) {
    ctx.problems.add(
      ctx.file,
      wideLine,
      'warning',
      `Line ${wideLine}${wide > 1 ? ` and ${wide - 1} more row${wide > 2 ? 's' : ''}` : ''} ha${wide > 1 ? 've' : 's'} more cells than there are column names (often a trailing comma); the extra cells were ignored.`,
    );
  }
  return rows;
}

type Person = OneRosterPerson & { line: number; usersRole: string };
type RoleEntry = { role: string; primary: boolean; orgSourcedId: string; line: number };

const emptyResult = (version: OneRosterVersion, mode: OneRosterMode): RosterImport => ({
  format: 'oneroster',
  version,
  mode,
  classes: [],
  sessions: [],
  students: [],
  teachers: [],
  enrollments: [],
  problems: [],
});

/**
 * Reads a OneRoster CSV bundle given as file name -> text (the unzipped files). The version comes
 * from manifest.csv (none means 1.0); people are students or teachers by their role, from users.csv
 * in 1.0/1.1 and roles.csv in 1.2, falling back on each other and on enrollments.csv.
 */
export function parseOneRoster(files: Record<string, string>, options: { onProgress?: FileProgress } = {}): RosterImport {
  const problems = new ProblemList();
  let result = emptyResult('1.0', 'bulk');
  try {
    result = readBundle(files, problems, options.onProgress);
  } catch (error) {
    problems.add(
      chosenName(files),
      1,
      'error',
      `Blendwise could not finish reading this roster (${error instanceof Error ? error.message : String(error)}), so nothing was imported from it: check that these are the OneRoster files, or export them again.`,
    );
    result = { ...emptyResult(result.version, result.mode) };
  }
  result.problems = problems.finish();
  return result;
}

/** The file a problem of the whole bundle is told against: never blank, so the list always names a file. */
export function chosenName(files: Record<string, string>): string {
  try {
    const names = files !== null && typeof files === 'object' ? Object.keys(files) : [];
    const first = names.map((n) => n.split(/[\\/]/).pop() ?? '').find((n) => n !== '');
    return first ?? 'the files chosen';
  } catch {
    return 'the files chosen';
  }
}

function readBundle(files: Record<string, string>, problems: ProblemList, onProgress?: FileProgress): RosterImport {
  const found = findFiles(files, problems);
  const core: ReadFile[] = ['users', 'classes', 'enrollments'];
  if (![...core, 'roles'].some((f) => found.has(f as OneRosterFile))) {
    problems.add(
      chosenName(files),
      1,
      'error',
      'No OneRoster roster files were found: a OneRoster export holds users.csv, classes.csv and enrollments.csv (with manifest.csv). Choose the unzipped files or the zip your school system made.',
    );
    return emptyResult(found.has('manifest') ? '1.1' : '1.0', 'bulk');
  }

  // Version and mode.
  const manifestFile = found.get('manifest');
  const manifest: Manifest | undefined = manifestFile ? readManifest(manifestFile, problems) : undefined;
  const headerOf = (file: OneRosterFile) => (found.get(file)?.text ?? '').replace(/^\uFEFF+/, '').split(/\r\n?|\n/, 1)[0] ?? '';
  const looksLike12 = found.has('roles') || /(^|,)"?primaryOrgSourcedId"?(,|$)/.test(headerOf('users'));
  let version: OneRosterVersion = '1.0';
  if (manifest) version = manifest.version ?? (looksLike12 ? '1.2' : '1.1');
  else if (looksLike12 || /(^|,)"?enabledUser"?(,|$)/.test(headerOf('users'))) {
    problems.add('manifest.csv', 1, 'warning', 'There is no manifest.csv, so the files were read as OneRoster 1.0, though they look like a later version; include manifest.csv from the export if you have it.');
  }
  const modes = [...(manifest?.files.values() ?? [])];
  const mode: OneRosterMode = modes.includes('delta') ? 'delta' : 'bulk';
  if (mode === 'delta' && modes.includes('bulk')) {
    problems.add(manifestFile?.name ?? 'manifest.csv', 1, 'warning', 'The manifest marks some files bulk and some delta; the whole bundle was read as delta (changes to what was imported before).');
  }
  if (manifest) {
    for (const file of [...core, 'roles'] as const) {
      const said = manifest.files.get(file.toLowerCase());
      const there = found.get(file);
      if (said === 'absent' && there) {
        problems.add(there.name, 1, 'warning', `The manifest says "${file}.csv" is absent, but it is there; it was read anyway.`);
      } else if ((said === 'bulk' || said === 'delta') && !there && file === 'roles') {
        problems.add(manifestFile?.name ?? 'manifest.csv', 1, 'warning', `The manifest lists "${file}.csv" (${said}), but that file is not in the bundle: check that every file was unzipped.`);
      }
    }
  }
  for (const file of core) {
    if (found.has(file)) continue;
    const said = manifest?.files.get(file);
    if (said === 'absent' || (mode === 'delta' && said === undefined)) continue;
    const listed = said === 'bulk' || said === 'delta' ? ' (the manifest lists it)' : '';
    problems.add(`${file}.csv`, 1, 'error', `There is no "${file}.csv"${listed}, so the ${file === 'users' ? 'students and teachers' : file} could not be read: choose all the files of the export.`);
  }

  const sheet = (file: ReadFile): Sheet | undefined => {
    const bundleFile = found.get(file);
    if (!bundleFile) return undefined;
    const table = readTable(bundleFile, problems, onProgress);
    const ctx: CellContext = { file: bundleFile.name, version, mode, problems };
    if (table.headers.length === 0) return undefined;
    const columns = resolveColumns(table.headers, FILE_SPECS[file], bundleFile.name, version, problems);
    return columns.usable ? { file: bundleFile, table, columns, ctx } : undefined;
  };

  const roleSheet = sheet('roles');
  const roles = roleSheet ? readRoles(roleSheet) : undefined;
  const userSheet = sheet('users');
  const people = userSheet ? readUsers(userSheet) : undefined;
  const classSheet = sheet('classes');
  const classes = classSheet ? readClasses(classSheet) : undefined;
  const enrollmentSheet = sheet('enrollments');
  const { enrollments, lines: enrollmentLines } = enrollmentSheet ? readEnrollments(enrollmentSheet) : { enrollments: [], lines: [] };

  const sessionSheet = sheet('academicSessions');

  const result = emptyResult(version, mode);
  result.format = 'oneroster';
  result.sessions = sessionSheet ? readSessions(sessionSheet) : [];
  result.classes = classes ? [...classes.values()] : [];
  result.enrollments = enrollments;

  // Who is a student and who a teacher.
  if (people && userSheet) {
    const fromEnrollments = new Map<string, string[]>();
    for (const e of enrollments) {
      if (e.role === '') continue;
      const list = fromEnrollments.get(e.userSourcedId);
      if (list) list.push(e.role);
      else fromEnrollments.set(e.userSourcedId, [e.role]);
    }
    const usersHasRole = userSheet.columns.index.has('role');
    type Source = { label: string; available: boolean; roleOf: (p: Person) => string };
    const rolesSource: Source = {
      label: roleSheet?.ctx.file ?? 'roles.csv',
      available: roles !== undefined && roles.size > 0,
      roleOf: (p) => pickFromRoles(roles?.get(p.sourcedId) ?? []),
    };
    const usersSource: Source = { label: userSheet.ctx.file, available: usersHasRole, roleOf: (p) => p.usersRole };
    const enrollmentSource: Source = {
      label: enrollmentSheet?.ctx.file ?? 'enrollments.csv',
      available: enrollmentSheet !== undefined && enrollments.length > 0,
      roleOf: (p) => pickFromEnrollments(fromEnrollments.get(p.sourcedId) ?? []),
    };
    const sources = version === '1.2' ? [rolesSource, usersSource, enrollmentSource] : [usersSource, rolesSource, enrollmentSource];
    const firstAvailable = sources.find((s) => s.available);
    if (!firstAvailable && people.size > 0) {
      problems.add(userSheet.ctx.file, 1, 'error', `Nothing says who is a student and who is a teacher: ${userSheet.ctx.file} has no "role" column and there is no roles.csv or enrollments.csv. Export the files again with roles.`);
    } else if (version === '1.2' && !rolesSource.available && firstAvailable && people.size > 0) {
      problems.add(userSheet.ctx.file, 1, 'warning', `OneRoster 1.2 keeps roles in roles.csv, which is missing or empty; roles were taken from ${firstAvailable.label}.`);
    }
    for (const person of people.values()) {
      let role = '';
      let from: Source | undefined;
      for (const source of sources) {
        if (!source.available) continue;
        role = source.roleOf(person);
        if (role !== '') {
          from = source;
          break;
        }
      }
      const who = `${person.sourcedId}${person.givenName || person.familyName ? ` (${tidy(`${person.givenName} ${person.familyName}`)})` : ''}`;
      if (from === undefined) {
        if (firstAvailable) {
          problems.row('norole', userSheet.ctx.file, person.line, 'warning', `User ${who} has no role, so is neither a student nor a teacher: give them one in the school system and export again.`);
        }
        continue;
      }
      if (from !== firstAvailable && firstAvailable) {
        problems.row('fallbackrole', userSheet.ctx.file, person.line, 'warning', `User ${who} has no role in ${firstAvailable.label}; the role "${role}" was taken from ${from.label}.`);
      }
      if (version === '1.2' || !person.orgSourcedIds.length) {
        for (const entry of roles?.get(person.sourcedId) ?? []) {
          if (entry.orgSourcedId !== '' && !person.orgSourcedIds.includes(entry.orgSourcedId)) person.orgSourcedIds.push(entry.orgSourcedId);
        }
      }
      const { line: _line, usersRole: _usersRole, ...record } = person;
      if (role === 'student') result.students.push(record);
      else if (role === 'teacher') result.teachers.push(record);
    }
  }

  // Enrollments that point at nothing in the bundle.
  const where = mode === 'delta' ? ' (it may come from an earlier import)' : '';
  if (enrollmentSheet) {
    enrollments.forEach((e, i) => {
      const line = enrollmentLines[i] ?? 1;
      if (people && !people.has(e.userSourcedId)) {
        problems.row('nouser', enrollmentSheet.ctx.file, line, 'warning', `Line ${line} enrols user ${e.userSourcedId}, who is not in ${userSheet?.ctx.file ?? 'users.csv'}${where}.`);
      }
      if (classes && !classes.has(e.classSourcedId)) {
        problems.row('noclass', enrollmentSheet.ctx.file, line, 'warning', `Line ${line} enrols someone in class ${e.classSourcedId}, which is not in ${classSheet?.ctx.file ?? 'classes.csv'}${where}.`);
      }
    });
  }
  return result;
}

function pickFromRoles(entries: RoleEntry[]): string {
  const teaching = (e: RoleEntry) => e.role === 'student' || e.role === 'teacher';
  return (entries.find((e) => e.primary && teaching(e)) ?? entries.find(teaching) ?? entries[0])?.role ?? '';
}

function pickFromEnrollments(roles: string[]): string {
  if (roles.includes('teacher')) return 'teacher';
  if (roles.includes('student')) return 'student';
  return roles[0] ?? '';
}

function missingId(sheet: Sheet, line: number, column: string) {
  sheet.ctx.problems.row(`noid-${column}`, sheet.ctx.file, line, 'error', `Line ${line} has no ${column}, so it was skipped.`);
}

function duplicate(sheet: Sheet, line: number, id: string) {
  sheet.ctx.problems.row('duplicate', sheet.ctx.file, line, 'warning', `Line ${line} repeats the sourcedId "${id}" of an earlier row; the later row was kept.`);
}

function readRoles(sheet: Sheet): Map<string, RoleEntry[]> {
  const { ctx } = sheet;
  const roles = new Map<string, RoleEntry[]>();
  const roleTypeIsFlag = sheet.columns.header.get('roleType') === 'isPrimary';
  for (const row of rowsOf(sheet)) {
    const user = row.get('userSourcedId');
    if (user === '') {
      missingId(sheet, row.line, 'userSourcedId');
      continue;
    }
    const status = readStatus(ctx, row.line, row.get('status'));
    if (status === 'tobedeleted' || status === 'inactive') continue;
    const role = readRole(ctx, 'role', row.line, row.get('role'));
    if (role === '') {
      ctx.problems.row('blankrole', ctx.file, row.line, 'warning', `Line ${row.line} gives user ${user} no role.`);
      continue;
    }
    const rawType = row.get('roleType');
    const primary = roleTypeIsFlag
      ? readBoolean(ctx, 'isPrimary', row.line, rawType, false)
      : readEnum(ctx, 'roleType', row.line, rawType, ['primary', 'secondary']) !== 'secondary';
    readDate(ctx, 'beginDate', row.line, row.get('beginDate'));
    readDate(ctx, 'endDate', row.line, row.get('endDate'));
    readDate(ctx, 'dateLastModified', row.line, row.get('dateLastModified'), true);
    const entry = { role, primary, orgSourcedId: row.get('orgSourcedId'), line: row.line };
    const list = roles.get(user);
    if (list) list.push(entry);
    else roles.set(user, [entry]);
  }
  return roles;
}

function readUsers(sheet: Sheet): Map<string, Person> {
  const { ctx } = sheet;
  const people = new Map<string, Person>();
  for (const row of rowsOf(sheet)) {
    const sourcedId = row.get('sourcedId');
    if (sourcedId === '') {
      missingId(sheet, row.line, 'sourcedId');
      continue;
    }
    if (people.has(sourcedId)) {
      duplicate(sheet, row.line, sourcedId);
      people.delete(sourcedId);
    }
    const orgSourcedIds = readList(row.get('orgSourcedIds'));
    const primaryOrg = row.get('primaryOrgSourcedId');
    if (primaryOrg !== '' && !orgSourcedIds.includes(primaryOrg)) orgSourcedIds.unshift(primaryOrg);
    readDate(ctx, 'dateLastModified', row.line, row.get('dateLastModified'), true);
    const person: Person = {
      sourcedId,
      givenName: tidy(row.get('givenName')),
      familyName: tidy(row.get('familyName')),
      middleName: tidy(row.get('middleName')),
      preferredFirstName: tidy(row.get('preferredGivenName')),
      email: row.get('email'),
      username: row.get('username'),
      identifier: row.get('identifier'),
      enabledUser: readBoolean(ctx, 'enabledUser', row.line, row.get('enabledUser'), true),
      orgSourcedIds,
      grades: readList(row.get('grades')),
      line: row.line,
      usersRole: readRole(ctx, 'role', row.line, row.get('role')),
    };
    const status = readStatus(ctx, row.line, row.get('status'));
    if (status !== undefined) person.status = status;
    if (person.givenName === '' && person.familyName === '' && status !== 'tobedeleted') {
      ctx.problems.row('noname', ctx.file, row.line, 'warning', `Line ${row.line} (user ${sourcedId}) has no name.`);
    }
    people.set(sourcedId, person);
  }
  return people;
}

const CLASS_TYPES = ['homeroom', 'scheduled'];

function readSessions(sheet: Sheet): OneRosterSession[] {
  const { ctx } = sheet;
  const sessions = new Map<string, OneRosterSession>();
  for (const row of rowsOf(sheet)) {
    const sourcedId = row.get('sourcedId');
    if (sourcedId === '') {
      missingId(sheet, row.line, 'sourcedId');
      continue;
    }
    if (readStatus(ctx, row.line, row.get('status')) === 'tobedeleted') continue;
    sessions.set(sourcedId, {
      sourcedId,
      title: tidy(row.get('title')),
      type: row.get('type'),
      startDate: readDate(ctx, 'startDate', row.line, row.get('startDate')),
      endDate: readDate(ctx, 'endDate', row.line, row.get('endDate')),
      parentSourcedId: row.get('parentSourcedId'),
      schoolYear: row.get('schoolYear'),
    });
  }
  return [...sessions.values()];
}

function readClasses(sheet: Sheet): Map<string, OneRosterClass> {
  const { ctx } = sheet;
  const classes = new Map<string, OneRosterClass>();
  for (const row of rowsOf(sheet)) {
    const sourcedId = row.get('sourcedId');
    if (sourcedId === '') {
      missingId(sheet, row.line, 'sourcedId');
      continue;
    }
    if (classes.has(sourcedId)) {
      duplicate(sheet, row.line, sourcedId);
      classes.delete(sourcedId);
    }
    const classCode = tidy(row.get('classCode'));
    let title = tidy(row.get('title'));
    const status = readStatus(ctx, row.line, row.get('status'));
    if (title === '' && row.has('title') && status !== 'tobedeleted') {
      title = classCode || sourcedId;
      ctx.problems.row('notitle', ctx.file, row.line, 'warning', `Line ${row.line} (class ${sourcedId}) has no title; it was called "${title}".`);
    } else if (title === '') title = classCode || sourcedId;
    const rawType = row.get('classType');
    readDate(ctx, 'dateLastModified', row.line, row.get('dateLastModified'), true);
    const record: OneRosterClass = {
      sourcedId,
      title,
      classCode,
      classType: rawType === '' ? '' : (readEnum(ctx, 'classType', row.line, rawType, CLASS_TYPES) ?? rawType),
      courseSourcedId: row.get('courseSourcedId'),
      schoolSourcedId: row.get('schoolSourcedId'),
      termSourcedIds: readList(row.get('termSourcedIds')),
      subjects: readList(row.get('subjects')),
      grades: readList(row.get('grades')),
      periods: readList(row.get('periods')),
    };
    if (status !== undefined) record.status = status;
    classes.set(sourcedId, record);
  }
  return classes;
}

/** The enrollments, and beside them the line each came from (the records stay plain). */
function readEnrollments(sheet: Sheet): { enrollments: OneRosterEnrollment[]; lines: number[] } {
  const { ctx } = sheet;
  const enrollments: OneRosterEnrollment[] = [];
  const lines: number[] = [];
  for (const row of rowsOf(sheet)) {
    const classSourcedId = row.get('classSourcedId');
    const userSourcedId = row.get('userSourcedId');
    if (classSourcedId === '' || userSourcedId === '') {
      missingId(sheet, row.line, classSourcedId === '' ? 'classSourcedId' : 'userSourcedId');
      continue;
    }
    const role = readRole(ctx, 'role', row.line, row.get('role'));
    if (role === '' && row.has('role')) {
      ctx.problems.row('blankrole', ctx.file, row.line, 'warning', `Line ${row.line} enrols user ${userSourcedId} with no role.`);
    }
    readDate(ctx, 'dateLastModified', row.line, row.get('dateLastModified'), true);
    const enrollment: OneRosterEnrollment = {
      sourcedId: row.get('sourcedId'),
      classSourcedId,
      userSourcedId,
      role,
      primary: readBoolean(ctx, 'primary', row.line, row.get('primary'), false),
      beginDate: readDate(ctx, 'beginDate', row.line, row.get('beginDate')),
      endDate: readDate(ctx, 'endDate', row.line, row.get('endDate')),
    };
    const status = readStatus(ctx, row.line, row.get('status'));
    if (status !== undefined) enrollment.status = status;
    enrollments.push(enrollment);
    lines.push(row.line);
  }
  return { enrollments, lines };
}
