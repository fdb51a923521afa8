import type { OneRosterClass, OneRosterPerson, RosterImport, RosterRow } from '../../shared';

/** One class of the export as the preview shows it. */
export type OneRosterClassView = {
  cls: OneRosterClass;
  teachers: OneRosterPerson[];
  students: OneRosterPerson[];
};

const gone = (status: string | undefined) => status === 'tobedeleted';

/**
 * Groups the export by class: who teaches it and who is enrolled as a student. Records marked
 * "to be deleted" are left out (Blendwise only adds; it never removes anyone because of a file).
 */
export function classViews(data: RosterImport): OneRosterClassView[] {
  const students = new Map(data.students.filter((p) => !gone(p.status)).map((p) => [p.sourcedId, p]));
  const teachers = new Map(data.teachers.filter((p) => !gone(p.status)).map((p) => [p.sourcedId, p]));
  const byClass = new Map<string, { teachers: Set<string>; students: Set<string> }>();
  for (const e of data.enrollments) {
    if (gone(e.status)) continue;
    let entry = byClass.get(e.classSourcedId);
    if (!entry) byClass.set(e.classSourcedId, (entry = { teachers: new Set(), students: new Set() }));
    // The user's own role decides: enrollments.csv roles are often missing or loosely spelled.
    if (students.has(e.userSourcedId)) entry.students.add(e.userSourcedId);
    else if (teachers.has(e.userSourcedId)) entry.teachers.add(e.userSourcedId);
  }
  return data.classes
    .filter((c) => !gone(c.status))
    .map((cls) => {
      const entry = byClass.get(cls.sourcedId);
      return {
        cls,
        teachers: [...(entry?.teachers ?? [])].map((id) => teachers.get(id)!),
        students: [...(entry?.students ?? [])].map((id) => students.get(id)!),
      };
    });
}

/** The school's own id where the export gives one, else the OneRoster sourcedId. */
export function studentId(p: OneRosterPerson): string {
  return (p.identifier || p.sourcedId).trim();
}

export function toRosterRow(p: OneRosterPerson): RosterRow {
  let givenName = p.givenName.trim();
  const familyName = p.familyName.trim();
  if (!givenName && !familyName) givenName = p.username.trim() || p.sourcedId;
  return {
    line: 0,
    givenName,
    familyName,
    preferredName: p.preferredFirstName.trim(),
    studentNumber: studentId(p),
    email: p.email.trim(),
    section: '',
  };
}

export function personName(p: OneRosterPerson): string {
  return [p.givenName, p.familyName].filter(Boolean).join(' ') || p.username || p.sourcedId;
}

export const classSubject = (c: OneRosterClass) => c.subjects.join(', ');
export const classGrade = (c: OneRosterClass) => c.grades.join(', ');
