import type { Enrollment, RosterRow, Student } from '../../shared';
import { db, newId, nowIso } from './db';
import { revOf } from './conflicts';

export type RosterImportResult = { created: number; matched: number; enrolled: number };

const nameKey = (given: string, family: string) => `${given}\u0000${family}`;

/**
 * Writes accepted roster rows into a class in one transaction: it lands whole or not at all.
 * A student already on file (same student id, else the same exact name) is matched, not duplicated.
 */
export async function importRoster(classId: string, rows: RosterRow[]): Promise<RosterImportResult> {
  return db.transaction('rw', db.students, db.enrollments, async () => {
    const everyone = await db.students.toArray();
    const byNumber = new Map<string, Student>();
    const byName = new Map<string, Student>();
    for (const s of everyone) {
      if (s.studentNumber) byNumber.set(s.studentNumber, s);
      byName.set(nameKey(s.givenName, s.familyName), s);
    }
    const enrolled = new Set(
      (await db.enrollments.where('classId').equals(classId).toArray()).map((e) => e.studentId),
    );

    const toAdd: Student[] = [];
    const toUpdate: { key: string; changes: Partial<Student> }[] = [];
    const toEnroll: Enrollment[] = [];
    let matched = 0;

    for (const row of rows) {
      const existing =
        (row.studentNumber && byNumber.get(row.studentNumber)) ||
        byName.get(nameKey(row.givenName, row.familyName));
      let student: Student;
      if (existing) {
        matched++;
        student = existing;
        // Fill blanks only: what the teacher typed by hand wins over a spreadsheet.
        const changes: Partial<Student> = {};
        if (!existing.studentNumber && row.studentNumber) changes.studentNumber = row.studentNumber;
        if (!existing.email && row.email) changes.email = row.email;
        if (!existing.preferredName && row.preferredName) changes.preferredName = row.preferredName;
        // A new rev: an edit dialog open on this student in another window must not overwrite the import.
        if (Object.keys(changes).length) toUpdate.push({ key: existing.id, changes: { ...changes, rev: revOf(existing) + 1 } });
      } else {
        student = {
          id: newId(),
          givenName: row.givenName,
          familyName: row.familyName,
          preferredName: row.preferredName,
          studentNumber: row.studentNumber,
          email: row.email,
          notes: '',
          archived: 0,
          createdAt: nowIso(),
        };
        toAdd.push(student);
        if (student.studentNumber) byNumber.set(student.studentNumber, student);
        byName.set(nameKey(student.givenName, student.familyName), student);
      }
      if (!enrolled.has(student.id)) {
        enrolled.add(student.id);
        toEnroll.push({ id: newId(), classId, studentId: student.id, section: row.section, archived: 0 });
      }
    }

    await db.students.bulkAdd(toAdd);
    if (toUpdate.length) await db.students.bulkUpdate(toUpdate);
    await db.enrollments.bulkAdd(toEnroll);
    return { created: toAdd.length, matched, enrolled: toEnroll.length };
  });
}
