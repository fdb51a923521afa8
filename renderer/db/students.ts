import { decodeStudent, displayName, type RosterEntry, type Student, type StudentFields } from '../../shared';
import { db, newId, nowIso } from './db';
import { updateAtRev } from './revisions';
import { readRosterEntries } from './rosterPages';

export type { RosterEntry } from '../../shared';

/**
 * The class's students, sorted by family then given name. Read a page at a time (see
 * rosterPages.ts): a district-size class never holds the window in one long read.
 */
export async function listRoster(classId: string, includeArchived = false): Promise<RosterEntry[]> {
  return sortRoster(await readRosterEntries(classId, includeArchived));
}

/**
 * Family then given name, as the collator orders them. Each distinct name is compared with the
 * collator once, while ranking them; the entries then sort by their ranks packed into one number
 * with their place (a typed array sorts 100,000 numbers in milliseconds, and the place keeps the
 * order of students with the same name as it was).
 */
export function sortRoster(entries: readonly RosterEntry[]): RosterEntry[] {
  const rank = (names: Iterable<string>) => {
    const sorted = [...new Set(names)].sort(collator.compare);
    return new Map(sorted.map((name, i) => [name, i]));
  };
  const family = rank(entries.map((e) => e.student.familyName));
  const given = rank(entries.map((e) => e.student.givenName));
  const n = entries.length;
  const byRanks = (a: RosterEntry, b: RosterEntry) =>
    family.get(a.student.familyName)! - family.get(b.student.familyName)! || given.get(a.student.givenName)! - given.get(b.student.givenName)!;
  // Ranks and place packed exactly only below 2^53.
  if (family.size * given.size * n >= Number.MAX_SAFE_INTEGER) return [...entries].sort(byRanks);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = entries[i]!.student;
    keys[i] = (family.get(s.familyName)! * given.size + given.get(s.givenName)!) * n + i;
  }
  keys.sort();
  const out = new Array<RosterEntry>(n);
  for (let i = 0; i < n; i++) out[i] = entries[keys[i]! % n]!;
  return out;
}

// One collator for a whole sort: localeCompare builds one per call, which a 100,000-student roster feels.
const collator = new Intl.Collator();
const byFamilyThenGiven = (a: Student, b: Student) =>
  collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName);

export function newStudentRecord(fields: StudentFields): Student {
  return { id: newId(), ...fields, archived: 0, createdAt: nowIso() };
}

export async function addStudentToClass(classId: string, fields: StudentFields): Promise<string> {
  const student = newStudentRecord(fields);
  await db.transaction('rw', db.students, db.enrollments, async () => {
    await db.students.add(student);
    await db.enrollments.add({ id: newId(), classId, studentId: student.id, section: '', archived: 0 });
  });
  return student.id;
}

/** Puts a student who is already on file into another class (a student can be in several). */
export async function enrollExisting(classId: string, studentId: string): Promise<void> {
  await db.transaction('rw', db.enrollments, async () => {
    const found = await db.enrollments.where({ classId, studentId }).first();
    if (found) await db.enrollments.update(found.id, { archived: 0 });
    else await db.enrollments.add({ id: newId(), classId, studentId, section: '', archived: 0 });
  });
}

/**
 * Saves the student the screen opened at revision `rev`; refused with a StaleWriteError when
 * another window saved (or an import changed) the student since. Returns the new revision.
 */
export async function updateStudent(id: string, fields: Partial<StudentFields>, rev: number): Promise<number> {
  return updateAtRev('student', id, rev, fields);
}

/** Archiving keeps every score and goal: a student who leaves can come back. */
export async function setEnrollmentArchived(enrollmentId: string, archived: boolean): Promise<void> {
  await db.enrollments.update(enrollmentId, { archived: archived ? 1 : 0 });
}

export async function listAllStudents(): Promise<Student[]> {
  return (await db.students.where('archived').equals(0).toArray()).map(decodeStudent);
}

/** Up to this many students on file, a search reads them all and finds the query anywhere in a name. */
const SEARCH_ALL_UNTIL = 5_000;

type StoredStudent = { id: string; givenName: string; familyName: string; preferredName?: string; studentNumber?: string; archived?: number };

/**
 * Students on file, not archived and not in `exclude`, whose name or student ID holds `query`,
 * sorted by family then given name, at most `limit`. In a district-size database (100,000
 * students) it never reads every student: it walks the first name, last name and ID indexes
 * from the query's longest word (one of them starts with it), so a preferred name or a word
 * from the middle of a name is found only in a school-size database.
 */
export async function searchStudents(query: string, exclude: ReadonlySet<string>, limit = 50): Promise<Student[]> {
  const q = query.trim().toLocaleLowerCase();
  const fits = (s: StoredStudent) =>
    (s.archived ?? 0) === 0 &&
    !exclude.has(s.id) &&
    (!q ||
      `${displayName({ givenName: s.givenName, familyName: s.familyName, preferredName: s.preferredName ?? '' })} ${s.givenName} ${s.studentNumber ?? ''}`
        .toLocaleLowerCase()
        .includes(q));
  let found: StoredStudent[];
  if ((await db.students.count()) <= SEARCH_ALL_UNTIL) {
    found = (await db.students.where('archived').equals(0).toArray()).filter(fits);
  } else if (!q) {
    found = await db.students.orderBy('familyName').filter(fits).limit(limit).toArray();
  } else {
    const word = q.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');
    const lists = await Promise.all([
      db.students.where('familyName').startsWithIgnoreCase(word).filter(fits).limit(limit).toArray(),
      db.students.where('givenName').startsWithIgnoreCase(word).filter(fits).limit(limit).toArray(),
      db.students.where('studentNumber').startsWith(word).filter(fits).limit(limit).toArray(),
    ]);
    found = [...new Map(lists.flat().map((s) => [s.id, s])).values()];
  }
  return found
    .map(decodeStudent)
    .sort(byFamilyThenGiven)
    .slice(0, limit);
}

/** One student by id; undefined when there is none. */
export function getStudent(studentId: string): Promise<Student | undefined> {
  return db.students.get(studentId).then((s) => s && decodeStudent(s));
}
