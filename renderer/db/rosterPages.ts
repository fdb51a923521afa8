// A class's roster read a page at a time. Each page is one request whose rows are decoded as they
// arrive, so a district-size class (100,000 students) never holds the window in one long read and
// decode: the page paints between pages. A school-size class is one page, as before.
import Dexie from 'dexie';
import { decodeEnrollment, decodeStudent, type Enrollment, type RosterEntry, type Student } from '../../shared';
import { db } from './db';

/**
 * Rows per request: a page is taken in (cloned out of the database's answer) and decoded in one
 * task; 5,000 enrollments took 190 ms of it on a loaded machine, 2,000 stay well inside a frame.
 */
export const ROSTER_PAGE = 2_000;

/**
 * When the class holds more than a fifteenth of all students on file, walking the students table
 * in pages beats a get per student (a get costs about fifteen times a row of a ranged read).
 */
const WALK_TABLE_FROM_SHARE = 1 / 15;

/** The class's enrollments, in student-id order, through the [classId+studentId] index. */
async function enrollmentsInPages(classId: string): Promise<Enrollment[]> {
  const found: Enrollment[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Enrollment[] = await db.enrollments
      .where('[classId+studentId]')
      .between([classId, after ?? Dexie.minKey], [classId, Dexie.maxKey], after === null, true)
      .limit(ROSTER_PAGE)
      .toArray();
    for (const e of page) found.push(decodeEnrollment(e));
    if (page.length < ROSTER_PAGE) return found;
    after = page[page.length - 1]!.studentId;
  }
}

/** The students with these ids (sorted), decoded; missing ones are left out. */
async function studentsInPages(ids: readonly string[]): Promise<Map<string, Student>> {
  const byId = new Map<string, Student>();
  if (ids.length === 0) return byId;
  if (ids.length > ROSTER_PAGE && ids.length > (await db.students.count()) * WALK_TABLE_FROM_SHARE) {
    const wanted = new Set(ids);
    const last = ids[ids.length - 1]!;
    let after: string | null = null;
    for (;;) {
      const page: Student[] = await db.students
        .where(':id')
        .between(after ?? ids[0]!, last, after === null, true)
        .limit(ROSTER_PAGE)
        .toArray();
      for (const s of page) if (wanted.has(s.id)) byId.set(s.id, decodeStudent(s));
      if (page.length < ROSTER_PAGE) return byId;
      after = page[page.length - 1]!.id;
    }
  }
  for (let at = 0; at < ids.length; at += ROSTER_PAGE) {
    const page = await db.students.bulkGet(ids.slice(at, at + ROSTER_PAGE));
    for (const s of page) if (s) byId.set(s.id, decodeStudent(s));
  }
  return byId;
}

/** The class's enrolled students with their enrollments, unsorted; archived ones only when asked. */
export async function readRosterEntries(classId: string, includeArchived: boolean): Promise<RosterEntry[]> {
  // One transaction, so the pages agree with each other; the window still paints between them.
  const { enrollments, students } = await db.transaction('r', db.enrollments, db.students, async () => {
    const enrollments = await enrollmentsInPages(classId);
    return { enrollments, students: await studentsInPages(enrollments.map((e) => e.studentId)) };
  });
  const entries: RosterEntry[] = [];
  for (const enrollment of enrollments) {
    const student = students.get(enrollment.studentId);
    if (!student) continue;
    const archived = enrollment.archived === 1 || student.archived === 1;
    if (archived && !includeArchived) continue;
    entries.push({ student, enrollment });
  }
  return entries;
}
