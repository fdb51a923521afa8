import type { Enrollment, RosterPreviewRow, RosterRow, Student } from '../../shared';
import { matchRoster, type RosterMatchResult, type RosterOnFile } from '../../shared/import/rosterMatch';
import { db, newId, nowIso } from './db';
import { revOf } from './conflicts';

export type RosterImportResult = { created: number; matched: number; enrolled: number };

/** What an import changed, so that Undo can put it back. Plain data: it outlives the screen. */
export type RosterImportUndo = {
  addedStudentIds: string[];
  addedEnrollmentIds: string[];
  /** fields the import set on students already on file: their values before and after */
  studentChanges: { id: string; before: Partial<Student>; after: Partial<Student> }[];
  enrollmentChanges: { id: string; before: Pick<Enrollment, 'section'>; after: Pick<Enrollment, 'section'> }[];
};

/** A stored student as roster matching reads it. */
export function studentOnFile(s: Student): RosterOnFile['students'][number] {
  return {
    id: s.id,
    givenName: s.givenName,
    familyName: s.familyName,
    preferredName: s.preferredName ?? '',
    studentNumber: s.studentNumber ?? '',
    email: s.email ?? '',
  };
}

/**
 * Up to this many rows, the students a file can match are read by their ID and exact name through
 * the indexes (a class's file in a district database reads a few dozen students, not 100,000);
 * past it, every student is read, in chunks.
 */
export const KEYED_READ_UNTIL = 2_000;
const READ_CHUNK = 10_000;
/** Rows written per request: each chunk leaves the window a frame, the transaction stays one. */
export const WRITE_CHUNK = 1_000;
const IN_FLIGHT = 4;

type RowKeys = Pick<RosterRow, 'studentNumber' | 'givenName' | 'familyName'>;

/**
 * Every student matchRoster could match `rows` with: those with a row's Student ID or a row's
 * exact name (all students when no rows are given, or too many), in primary-key order as a full
 * read gives them, so the matching is the same whichever way they were read.
 */
async function readStudents(rows: readonly RowKeys[] | undefined): Promise<Student[]> {
  if (rows && rows.length <= KEYED_READ_UNTIL) {
    const numbers = [...new Set(rows.map((r) => r.studentNumber).filter(Boolean))];
    const names = [...new Map(rows.map((r) => [`${r.familyName}\u0000${r.givenName}`, [r.familyName, r.givenName]])).values()];
    const [withNumber, withName] = await Promise.all([
      numbers.length ? db.students.where('studentNumber').anyOf(numbers).toArray() : [],
      names.length ? db.students.where('[familyName+givenName]').anyOf(names).toArray() : [],
    ]);
    const byId = new Map([...withNumber, ...withName].map((st) => [st.id, st]));
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const all: Student[] = [];
  let last: string | undefined;
  for (;;) {
    const chunk =
      last === undefined
        ? await db.students.orderBy(':id').limit(READ_CHUNK).toArray()
        : await db.students.where(':id').above(last).limit(READ_CHUNK).toArray();
    for (const st of chunk) all.push(st);
    if (chunk.length < READ_CHUNK) return all;
    last = chunk[chunk.length - 1]!.id;
  }
}

type OnFileRead = RosterOnFile & { stored: { students: Student[]; enrollments: Enrollment[] } };

/** The students `rows` can match and this class's enrollments, as roster matching reads them (and as stored). */
async function readOnFile(classId: string, rows?: readonly RowKeys[]): Promise<OnFileRead> {
  const storedStudents = await readStudents(rows);
  const storedEnrollments = await db.enrollments.where('classId').equals(classId).toArray();
  const students = storedStudents.map(studentOnFile);
  const enrollments = storedEnrollments.map((e) => ({
    id: e.id,
    studentId: e.studentId,
    section: e.section ?? '',
    archived: e.archived ?? 0,
  }));
  return { students, enrollments, stored: { students: storedStudents, enrollments: storedEnrollments } };
}

/**
 * For the preview: what the import will match the rows against. Given the file's rows, only the
 * students those rows can match are read (see KEYED_READ_UNTIL).
 */
export function rosterOnFile(classId: string, rows?: readonly RowKeys[]): Promise<RosterOnFile> {
  return db.transaction('r', db.students, db.enrollments, async () => {
    const { students, enrollments } = await readOnFile(classId, rows);
    return { students, enrollments };
  });
}

/** Where a roster import is: matching the rows, then saving them; `done` of `total`. */
export type RosterImportProgress = { step: 'matching' | 'saving'; done: number; total: number };

export type RosterImportOptions = {
  onProgress?: (progress: RosterImportProgress) => void;
  /** aborting stops the import; nothing of it is written */
  signal?: AbortSignal;
};

type WritePlan = {
  toAdd: Student[];
  toEnroll: Enrollment[];
  studentUpdates: { key: string; changes: Partial<Student> }[];
  enrollmentUpdates: { key: string; changes: Partial<Enrollment> }[];
  undo: RosterImportUndo;
  matchedCount: number;
  conflicts: number;
};

const asPreview = (rows: RosterRow[]) => ({ rows: rows.map((r) => ({ ...r, accepted: true, problems: [] })), problems: [] });

/** The records a matched roster writes, and what Undo needs to put things back. */
function planWrites(classId: string, matched: RosterMatchResult<RosterPreviewRow>, onFile: OnFileRead): WritePlan {
  const storedStudent = new Map(onFile.stored.students.map((st) => [st.id, st]));
  const storedEnrollment = new Map(onFile.stored.enrollments.map((e) => [e.id, e]));
  const plan: WritePlan = {
    toAdd: [],
    toEnroll: [],
    studentUpdates: [],
    enrollmentUpdates: [],
    undo: { addedStudentIds: [], addedEnrollmentIds: [], studentChanges: [], enrollmentChanges: [] },
    matchedCount: 0,
    conflicts: matched.counts.conflict,
  };
  const { undo } = plan;
  const createdAt = nowIso();

  for (const row of matched.rows) {
    const { match } = row;
    if (match.status === 'conflict' || match.status === 'left_out') continue;
    let studentId: string;
    let enrolled = false;
    if (match.status === 'new') {
      const student: Student = {
        id: newId(),
        givenName: row.givenName,
        familyName: row.familyName,
        preferredName: row.preferredName,
        studentNumber: row.studentNumber,
        email: row.email,
        notes: '',
        archived: 0,
        createdAt,
      };
      plan.toAdd.push(student);
      undo.addedStudentIds.push(student.id);
      studentId = student.id;
    } else {
      plan.matchedCount++;
      studentId = match.studentId;
      enrolled = match.enrollmentId !== null;
      if (Object.keys(match.changes).length) {
        const existing = storedStudent.get(studentId)!;
        const before: Partial<Student> = {};
        for (const k of Object.keys(match.changes) as (keyof typeof match.changes)[]) before[k] = existing[k] ?? '';
        // A new rev: an edit dialog open on this student in another window must not overwrite the import.
        plan.studentUpdates.push({ key: studentId, changes: { ...match.changes, rev: revOf(existing) + 1 } });
        undo.studentChanges.push({ id: studentId, before, after: { ...match.changes } });
      }
      if (match.section && match.enrollmentId) {
        const enrollment = storedEnrollment.get(match.enrollmentId)!;
        plan.enrollmentUpdates.push({ key: enrollment.id, changes: { section: match.section.to, rev: revOf(enrollment) + 1 } });
        undo.enrollmentChanges.push({ id: enrollment.id, before: { section: match.section.from }, after: { section: match.section.to } });
      }
    }
    if (!enrolled) {
      const enrollment: Enrollment = { id: newId(), classId, studentId, section: row.section, archived: 0 };
      plan.toEnroll.push(enrollment);
      undo.addedEnrollmentIds.push(enrollment.id);
    }
  }
  return plan;
}

/**
 * Writes roster rows into a class in one transaction: it lands whole or not at all. The rows are
 * matched again inside it with matchRoster (the preview's rules, on the data as it is now):
 * conflicting rows are left out, matched students get the file's section, email and blanks
 * filled, and everything it changed is returned for Undo.
 *
 * A district's file (more than KEYED_READ_UNTIL rows, outside another transaction) is matched
 * first, between frames, against the students as they are; inside the transaction they are read
 * again, and only if anything changed in between is the file matched again there. The writes go
 * in chunks (WRITE_CHUNK) with progress; `signal` stops the import between chunks, and the
 * transaction then writes nothing.
 */
export async function importRosterWithUndo(
  classId: string,
  rows: RosterRow[],
  options: RosterImportOptions = {},
): Promise<{ outcome: RosterImportResult & { conflicts: number }; undo: RosterImportUndo }> {
  // A district's file is imported from the import worker (renderer/ui/import/rosterCsvInWorker.ts),
  // where matching inside the transaction keeps no window from painting.
  const { onProgress, signal } = options;
  signal?.throwIfAborted();

  return db.transaction('rw', db.students, db.enrollments, async () => {
    onProgress?.({ step: 'matching', done: 0, total: rows.length });
    const onFile = await readOnFile(classId, rows);
    const matched = matchRoster(asPreview(rows), onFile);
    const plan = planWrites(classId, matched, onFile);
    const total = plan.toAdd.length + plan.toEnroll.length + plan.studentUpdates.length + plan.enrollmentUpdates.length;
    let done = 0;
    // A few chunks in flight at once: IndexedDB always has the next one queued (one at a time, it
    // would wait for the page between chunks), and the page still gets its turns between them.
    const chunks = async <T,>(list: T[], write: (chunk: T[]) => Promise<unknown>) => {
      const inFlight: Promise<void>[] = [];
      for (let i = 0; i < list.length; i += WRITE_CHUNK) {
        signal?.throwIfAborted();
        const chunk = list.slice(i, i + WRITE_CHUNK);
        inFlight.push(
          write(chunk).then(() => {
            done += chunk.length;
            onProgress?.({ step: 'saving', done, total });
          }),
        );
        if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      }
      await Promise.all(inFlight);
    };
    onProgress?.({ step: 'saving', done, total });
    await chunks(plan.toAdd, (c) => db.students.bulkAdd(c));
    await chunks(plan.studentUpdates, (c) => db.students.bulkUpdate(c));
    await chunks(plan.enrollmentUpdates, (c) => db.enrollments.bulkUpdate(c));
    await chunks(plan.toEnroll, (c) => db.enrollments.bulkAdd(c));
    signal?.throwIfAborted();
    return {
      outcome: { created: plan.toAdd.length, matched: plan.matchedCount, enrolled: plan.toEnroll.length, conflicts: plan.conflicts },
      undo: plan.undo,
    };
  });
}

/** importRosterWithUndo without the Undo, for imports that are undone another way. */
export async function importRoster(classId: string, rows: RosterRow[]): Promise<RosterImportResult> {
  const { outcome } = await importRosterWithUndo(classId, rows);
  return { created: outcome.created, matched: outcome.matched, enrolled: outcome.enrolled };
}

/**
 * Undoes a roster import in one transaction: removes the students and enrollments it added and
 * puts back the fields it changed, unless they were changed again since (then the newer value
 * stays). Refused, with nothing changed, when an added student already has work attached.
 */
export async function undoRosterImport(undo: RosterImportUndo): Promise<void> {
  await db.transaction('rw', [db.students, db.enrollments, db.evidence, db.goals], async () => {
    const added = undo.addedStudentIds;
    if (added.length) {
      const ours = new Set(undo.addedEnrollmentIds);
      const busy = new Set<string>();
      for (const e of await db.evidence.where('studentId').anyOf(added).toArray()) busy.add(e.studentId);
      for (const g of await db.goals.where('studentId').anyOf(added).toArray()) busy.add(g.studentId);
      for (const e of await db.enrollments.where('studentId').anyOf(added).toArray()) if (!ours.has(e.id)) busy.add(e.studentId);
      if (busy.size) {
        throw new Error(
          `${busy.size === 1 ? 'one of the imported students already has' : `${busy.size} of the imported students already have`} scores, goals or another class. Nothing was changed: remove students one by one from the roster instead.`,
        );
      }
    }
    await db.enrollments.bulkDelete(undo.addedEnrollmentIds);
    await db.students.bulkDelete(added);
    for (const change of undo.studentChanges) {
      const now = await db.students.get(change.id);
      if (!now) continue;
      const back: Partial<Student> = {};
      for (const [k, v] of Object.entries(change.after) as [keyof Student, unknown][]) {
        if ((now[k] ?? '') === v) Object.assign(back, { [k]: change.before[k] });
      }
      if (Object.keys(back).length) await db.students.update(change.id, { ...back, rev: revOf(now) + 1 });
    }
    for (const change of undo.enrollmentChanges) {
      const now = await db.enrollments.get(change.id);
      if (now && (now.section ?? '') === change.after.section) {
        await db.enrollments.update(change.id, { section: change.before.section, rev: revOf(now) + 1 });
      }
    }
  });
}
