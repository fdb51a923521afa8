// What importing a roster export (OneRoster or School Data Sync) changes, worked out before
// anything is written: classes and students match what is on file by sourcedId, so importing the
// same export again updates instead of adding; a student who left a class in the school system
// (gone from a full export, or marked tobedeleted) has their enrollment ended, never deleted.
//
// Matching, in order:
// - a class: the class on file with its sourcedId; else, for classes imported before sourcedIds
//   were kept, the one class on file without a sourcedId with that exact name ("by name").
// - a student: the student on file with their sourcedId; else with their school id (identifier,
//   else sourcedId) as student number; else the one student of that exact name who has no
//   student number and no sourcedId ("by name", for the teacher to check). Two ids never merge.
import type { OneRosterClass, OneRosterPerson, OneRosterSession, RosterImport } from './types';

export type ClassOnFile = {
  id: string;
  sourcedId?: string;
  name: string;
  subject: string;
  grade: string;
  term: string;
  termStart?: string;
  termEnd?: string;
  archived: 0 | 1;
  sample?: 0 | 1;
};

export type StudentOnFile = {
  id: string;
  sourcedId?: string;
  givenName: string;
  familyName: string;
  preferredName: string;
  studentNumber: string;
  email: string;
};

export type EnrollmentOnFile = { id: string; classId: string; studentId: string; archived: 0 | 1; endedOn?: string };

export type RosterSnapshot = { classes: ClassOnFile[]; students: StudentOnFile[]; enrollments: EnrollmentOnFile[] };

export type ClassFieldsFromExport = {
  sourcedId: string;
  name: string;
  subject: string;
  grade: string;
  term: string;
  termStart: string;
  termEnd: string;
};

export type FieldChange = { field: string; from: string; to: string };

export type ClassPlan = {
  key: string;
  /** new: not on file; update / same: on file; deleted: marked tobedeleted in the export */
  status: 'new' | 'update' | 'same' | 'deleted';
  classId: string | null;
  matchedBy: 'sourcedId' | 'name' | null;
  fields: ClassFieldsFromExport;
  changes: FieldChange[];
  classCode: string;
  teachers: string[];
  /** sourcedIds of the students the export enrols in this class (active) */
  studentKeys: string[];
  /** students the import enrols here (new to the class, or back after a sync ended them) */
  joining: number;
  /** enrollments this import ends: the student left the class in the school system */
  leaving: WithdrawPlan[];
  /** a plain note for the preview, e.g. why a class marked tobedeleted is not imported */
  note: string;
};

export type StudentFields = {
  sourcedId: string;
  givenName: string;
  familyName: string;
  preferredName: string;
  studentNumber: string;
  email: string;
};

export type StudentPlan = {
  key: string;
  status: 'new' | 'update' | 'same';
  studentId: string | null;
  matchedBy: 'sourcedId' | 'studentNumber' | 'name' | null;
  fields: StudentFields;
  changes: FieldChange[];
};

export type EnrollPlan = {
  classKey: string;
  studentKey: string;
  /** an ended enrollment taken up again, else a new one */
  enrollmentId: string | null;
};

export type WithdrawPlan = {
  enrollmentId: string;
  classKey: string;
  studentId: string;
  name: string;
  why: 'gone' | 'tobedeleted';
};

export type RosterSyncPlan = {
  classes: ClassPlan[];
  students: StudentPlan[];
  enroll: EnrollPlan[];
};

const gone = (status: string | undefined) => status === 'tobedeleted';
const nameKey = (given: string, family: string) => `${given.trim().toLowerCase()}\u0000${family.trim().toLowerCase()}`;

/** The school's own id where the export gives one, else the sourcedId. */
export const schoolId = (p: OneRosterPerson) => (p.identifier || p.sourcedId).trim();

export function studentFields(p: OneRosterPerson): StudentFields {
  let givenName = p.givenName.trim();
  const familyName = p.familyName.trim();
  if (!givenName && !familyName) givenName = p.username.trim() || p.sourcedId;
  return {
    sourcedId: p.sourcedId,
    givenName,
    familyName,
    preferredName: p.preferredFirstName.trim(),
    studentNumber: schoolId(p),
    email: p.email.trim(),
  };
}

/**
 * The term a class runs in, from its academic sessions: their titles in date order, and the dates
 * from the earliest start to the latest end. Unknown session ids are left out.
 */
export function classTerm(cls: OneRosterClass, sessions: Map<string, OneRosterSession>): { term: string; termStart: string; termEnd: string } {
  const found = cls.termSourcedIds.map((id) => sessions.get(id)).filter((s): s is OneRosterSession => s !== undefined);
  found.sort((a, b) => (a.startDate || '9999').localeCompare(b.startDate || '9999'));
  const starts = found.map((s) => s.startDate).filter(Boolean).sort();
  const ends = found.map((s) => s.endDate).filter(Boolean).sort();
  return {
    term: found.map((s) => s.title || s.sourcedId).join(' + '),
    termStart: starts[0] ?? '',
    termEnd: ends[ends.length - 1] ?? '',
  };
}

export function classFields(cls: OneRosterClass, sessions: Map<string, OneRosterSession>): ClassFieldsFromExport {
  return {
    sourcedId: cls.sourcedId,
    name: (cls.title || cls.classCode || cls.sourcedId).trim(),
    subject: cls.subjects.join(', '),
    grade: cls.grades.join(', '),
    ...classTerm(cls, sessions),
  };
}

const personName = (p: { givenName: string; familyName: string }) => [p.givenName, p.familyName].filter(Boolean).join(' ');

/** Fields whose export value differs from what is on file; a blank in the export never clears a field. */
function changed<T extends object>(onFile: T, fromExport: Record<string, string>, fields: (keyof T & string)[], labels: Record<string, string>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    const to = fromExport[field] ?? '';
    const from = String((onFile as Record<string, unknown>)[field] ?? '');
    if (to !== '' && to !== from) out.push({ field: labels[field] ?? field, from, to });
  }
  return out;
}

const CLASS_LABELS: Record<string, string> = { name: 'name', subject: 'subject', grade: 'grade', term: 'term', termStart: 'term start', termEnd: 'term end', sourcedId: 'school system id' };
const STUDENT_LABELS: Record<string, string> = {
  givenName: 'first name',
  familyName: 'last name',
  preferredName: 'preferred name',
  studentNumber: 'student ID',
  email: 'e-mail',
  sourcedId: 'school system id',
};

/** Field changes that the preview lists (the school system id being saved is not news to a teacher). */
export const shownChanges = (changes: FieldChange[]) => changes.filter((c) => c.field !== 'school system id');

/**
 * Plans the whole export against what is on file. Every class gets its plan; the screen lets the
 * teacher leave classes out, and `pickPlan` narrows the plan to the classes kept.
 */
export function planRosterSync(data: RosterImport, onFile: RosterSnapshot): RosterSyncPlan {
  const sessions = new Map((data.sessions ?? []).map((s) => [s.sourcedId, s]));
  const delta = data.mode === 'delta';

  // Classes on file, by sourcedId and (for those without one) by name.
  const classBySourced = new Map<string, ClassOnFile>();
  const classByName = new Map<string, ClassOnFile[]>();
  for (const c of onFile.classes) {
    if (c.sample === 1) continue;
    if (c.sourcedId) classBySourced.set(c.sourcedId, c);
    else {
      const key = c.name.trim().toLowerCase();
      classByName.set(key, [...(classByName.get(key) ?? []), c]);
    }
  }
  const studentBySourced = new Map<string, StudentOnFile>();
  const studentByNumber = new Map<string, StudentOnFile[]>();
  const studentByName = new Map<string, StudentOnFile[]>();
  for (const s of onFile.students) {
    if (s.sourcedId) studentBySourced.set(s.sourcedId, s);
    if (s.studentNumber) studentByNumber.set(s.studentNumber, [...(studentByNumber.get(s.studentNumber) ?? []), s]);
    const key = nameKey(s.givenName, s.familyName);
    studentByName.set(key, [...(studentByName.get(key) ?? []), s]);
  }
  const enrollmentsByClass = new Map<string, EnrollmentOnFile[]>();
  for (const e of onFile.enrollments) {
    const list = enrollmentsByClass.get(e.classId);
    if (list) list.push(e);
    else enrollmentsByClass.set(e.classId, [e]);
  }

  // The export's people and who is enrolled where.
  const students = new Map(data.students.map((p) => [p.sourcedId, p]));
  const teachers = new Map(data.teachers.map((p) => [p.sourcedId, p]));
  const activeIn = new Map<string, Set<string>>();
  const endedIn = new Map<string, Set<string>>();
  const teachersIn = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, cls: string, user: string) => {
    let set = map.get(cls);
    if (!set) map.set(cls, (set = new Set()));
    set.add(user);
  };
  for (const e of data.enrollments) {
    // A delta export lists only people who changed: an enrollment may name a student on file.
    const stored = studentBySourced.get(e.userSourcedId);
    if (delta && stored && !students.has(e.userSourcedId) && !teachers.has(e.userSourcedId) && (e.role === 'student' || e.role === '')) {
      students.set(e.userSourcedId, {
        sourcedId: e.userSourcedId,
        givenName: stored.givenName,
        familyName: stored.familyName,
        middleName: '',
        preferredFirstName: stored.preferredName,
        email: stored.email,
        username: '',
        identifier: stored.studentNumber,
        enabledUser: true,
        orgSourcedIds: [],
        grades: [],
      });
    }
    const student = students.get(e.userSourcedId);
    if (student) {
      if (gone(e.status) || gone(student.status)) add(endedIn, e.classSourcedId, e.userSourcedId);
      else add(activeIn, e.classSourcedId, e.userSourcedId);
    } else if (teachers.has(e.userSourcedId) && !gone(e.status) && !gone(teachers.get(e.userSourcedId)!.status)) {
      add(teachersIn, e.classSourcedId, e.userSourcedId);
    }
  }
  // The student on file an export's student is, without planning them (they may be leaving).
  const storedIdOf = (key: string): string | undefined => {
    const p = students.get(key);
    if (!p) return undefined;
    return (studentBySourced.get(key) ?? (studentByNumber.get(schoolId(p)) ?? []).find((s) => !s.sourcedId || s.sourcedId === key))?.id;
  };
  // A student the export marks tobedeleted leaves every class being synced, enrolled there or not.
  const deletedIds = new Set<string>();
  for (const p of data.students) {
    if (!gone(p.status)) continue;
    const id = storedIdOf(p.sourcedId);
    if (id) deletedIds.add(id);
  }

  // Students: one plan each, for those enrolled in some class of the export.
  const studentPlans = new Map<string, StudentPlan>();
  const claimed = new Set<string>();
  const planStudent = (p: OneRosterPerson): StudentPlan => {
    const existing = studentPlans.get(p.sourcedId);
    if (existing) return existing;
    const fields = studentFields(p);
    let match: StudentOnFile | undefined = studentBySourced.get(p.sourcedId);
    let matchedBy: StudentPlan['matchedBy'] = match ? 'sourcedId' : null;
    if (!match) {
      const byNumber = (studentByNumber.get(fields.studentNumber) ?? []).filter((s) => !s.sourcedId || s.sourcedId === p.sourcedId);
      if (byNumber.length === 1) {
        match = byNumber[0];
        matchedBy = 'studentNumber';
      }
    }
    if (!match) {
      const byName = (studentByName.get(nameKey(fields.givenName, fields.familyName)) ?? []).filter((s) => !s.studentNumber && !s.sourcedId);
      if (byName.length === 1) {
        match = byName[0];
        matchedBy = 'name';
      }
    }
    // One student on file is one student of the export: a second claim is a new student.
    if (match && claimed.has(match.id)) {
      match = undefined;
      matchedBy = null;
    }
    let plan: StudentPlan;
    if (!match) plan = { key: p.sourcedId, status: 'new', studentId: null, matchedBy: null, fields, changes: [] };
    else {
      claimed.add(match.id);
      const changes = changed(match, fields, ['givenName', 'familyName', 'preferredName', 'studentNumber', 'email', 'sourcedId'], STUDENT_LABELS);
      plan = { key: p.sourcedId, status: shownChanges(changes).length > 0 ? 'update' : 'same', studentId: match.id, matchedBy, fields, changes };
    }
    studentPlans.set(p.sourcedId, plan);
    return plan;
  };

  const classPlans: ClassPlan[] = [];
  const enroll: EnrollPlan[] = [];
  const takenClasses = new Set<string>();
  // A delta export may change a class's enrollments without listing the class: it is on file.
  const listed = new Set(data.classes.map((c) => c.sourcedId));
  const unlisted: OneRosterClass[] = [];
  for (const key of new Set([...activeIn.keys(), ...endedIn.keys()])) {
    const stored = classBySourced.get(key);
    if (!delta || listed.has(key) || !stored) continue;
    unlisted.push({ sourcedId: key, title: stored.name, classCode: '', classType: '', courseSourcedId: '', schoolSourcedId: '', termSourcedIds: [], subjects: [], grades: [], periods: [] });
  }
  for (const cls of [...data.classes, ...unlisted]) {
    const fields = classFields(cls, sessions);
    let match = classBySourced.get(cls.sourcedId);
    let matchedBy: ClassPlan['matchedBy'] = match ? 'sourcedId' : null;
    if (!match) {
      const byName = classByName.get(fields.name.toLowerCase()) ?? [];
      if (byName.length === 1 && !takenClasses.has(byName[0]!.id)) {
        match = byName[0];
        matchedBy = 'name';
      }
    }
    if (match) takenClasses.add(match.id);
    const teacherNames = [...(teachersIn.get(cls.sourcedId) ?? [])].map((id) => personName(teachers.get(id)!) || id);
    const base = {
      key: cls.sourcedId,
      classId: match?.id ?? null,
      matchedBy,
      fields,
      classCode: cls.classCode,
      teachers: teacherNames,
    };
    if (gone(cls.status)) {
      classPlans.push({
        ...base,
        status: 'deleted',
        changes: [],
        studentKeys: [],
        joining: 0,
        leaving: [],
        note: match
          ? 'The school system marks this class to be deleted. Blendwise keeps it with its students and their work: archive it from the Classes page when it is over.'
          : 'The school system marks this class to be deleted, so it is not imported.',
      });
      continue;
    }
    const keys = [...(activeIn.get(cls.sourcedId) ?? [])];
    const plans = keys.map((k) => planStudent(students.get(k)!));
    const onFileHere = match ? (enrollmentsByClass.get(match.id) ?? []) : [];
    const byStudent = new Map(onFileHere.map((e) => [e.studentId, e]));
    let joining = 0;
    const staying = new Set<string>();
    for (const plan of plans) {
      const existing = plan.studentId ? byStudent.get(plan.studentId) : undefined;
      if (plan.studentId) staying.add(plan.studentId);
      if (existing && existing.archived === 0) continue;
      // An enrollment a teacher archived stays so; one a sync ended is taken up again.
      if (existing && !existing.endedOn) continue;
      enroll.push({ classKey: cls.sourcedId, studentKey: plan.key, enrollmentId: existing?.id ?? null });
      joining++;
    }
    const leaving: WithdrawPlan[] = [];
    if (match) {
      const endedIds = new Set<string>();
      for (const key of endedIn.get(cls.sourcedId) ?? []) {
        const id = storedIdOf(key);
        if (id) endedIds.add(id);
      }
      for (const e of onFileHere) {
        if (e.archived === 1 || staying.has(e.studentId)) continue;
        const why = endedIds.has(e.studentId) || deletedIds.has(e.studentId) ? 'tobedeleted' : delta ? null : 'gone';
        if (!why) continue;
        leaving.push({ enrollmentId: e.id, classKey: cls.sourcedId, studentId: e.studentId, name: '', why });
      }
    }
    const changes = match
      ? changed(match, fields, ['name', 'subject', 'grade', 'term', 'termStart', 'termEnd', 'sourcedId'], CLASS_LABELS)
      : [];
    const status: ClassPlan['status'] = !match ? 'new' : shownChanges(changes).length > 0 ? 'update' : 'same';
    classPlans.push({ ...base, status, changes, studentKeys: keys, joining, leaving, note: '' });
  }

  // Names of those leaving, from what is on file (they may be absent from the export).
  const storedById = new Map(onFile.students.map((s) => [s.id, s]));
  for (const plan of classPlans) {
    for (const w of plan.leaving) {
      const s = storedById.get(w.studentId);
      w.name = s ? personName(s) || s.studentNumber || s.id : w.studentId;
    }
  }
  return { classes: classPlans, students: [...studentPlans.values()], enroll };
}

/** The plan narrowed to the classes the teacher kept, and only the students those classes need. */
export function pickPlan(plan: RosterSyncPlan, keys: Set<string>): RosterSyncPlan {
  const classes = plan.classes.filter((c) => keys.has(c.key) && c.status !== 'deleted');
  const needed = new Set<string>();
  for (const c of classes) for (const k of c.studentKeys) needed.add(k);
  return {
    classes,
    students: plan.students.filter((s) => needed.has(s.key)),
    enroll: plan.enroll.filter((e) => keys.has(e.classKey)),
  };
}

export type RosterSyncCounts = {
  newClasses: number;
  updatedClasses: number;
  newStudents: number;
  updatedStudents: number;
  byName: number;
  joining: number;
  leaving: number;
};

export function countPlan(plan: RosterSyncPlan): RosterSyncCounts {
  return {
    newClasses: plan.classes.filter((c) => c.status === 'new').length,
    updatedClasses: plan.classes.filter((c) => c.status === 'update').length,
    newStudents: plan.students.filter((s) => s.status === 'new').length,
    updatedStudents: plan.students.filter((s) => shownChanges(s.changes).length > 0).length,
    byName: plan.students.filter((s) => s.matchedBy === 'name').length,
    joining: plan.enroll.length,
    leaving: plan.classes.reduce((n, c) => n + c.leaving.length, 0),
  };
}
