// Which student each roster row is, before anything is written. The one rule that must never
// break: two different student ids are two different students, whatever their names.
//
// How a row that the file check accepted is matched:
// - A row with a Student ID is the student on file with that ID. With no student on file under
//   that ID, it is matched by name only with the one student of that exact name who has no ID yet
//   (the ID is then saved to them); else it is a new student. A student who already has another
//   ID is never matched by name, so two ids are never merged.
// - A row without an ID is matched by name when exactly one student on file has that exact name.
// - Anything else is a new student.
//
// Conflicts (the row is left out and the preview says why; the teacher fixes the file or the
// roster, since guessing would put one child's scores on another):
// - A. The row's ID belongs to a student on file, but its exact name belongs only to others on file.
// - B. Two students on file share the row's ID.
// - C. Two rows share an ID but not a name: the first row claims the ID (the file check leaves the
//      later row out); the later row is shown as a conflict rather than a plain duplicate.
// - D. A row without an ID whose exact name belongs to two or more students on file.
// - E. A row without an ID whose exact name is also on a row with an ID, or on an earlier row
//      without one: one student listed twice or two students, the file cannot say which.
// - F. Two rows that would land on the same student on file: a match by ID wins over matches by
//      name; when no row has the student's ID, every such row is a conflict (any of them could be
//      the student, and saving the wrong ID to them would merge two children).
import type { ImportProblem } from './problems';
import type { RosterPreviewRow } from './rosterCsv';

export type RosterStudentOnFile = {
  id: string;
  givenName: string;
  familyName: string;
  preferredName: string;
  studentNumber: string;
  email: string;
};

/** The class's own enrollments; `archived` 1 for a student taken off this class's roster. */
export type RosterEnrollmentOnFile = { id: string; studentId: string; section: string; archived: 0 | 1 };

export type RosterOnFile = { students: RosterStudentOnFile[]; enrollments: RosterEnrollmentOnFile[] };

/** What the file changes on a student already on file: only fields whose value changes. */
export type RosterStudentChanges = Partial<Pick<RosterStudentOnFile, 'studentNumber' | 'email' | 'preferredName'>>;

export type RosterMatchStatus = 'new' | 'in_class' | 'joins' | 'by_name' | 'conflict' | 'left_out';

export type RosterMatch =
  | { status: 'new' }
  | {
      status: 'in_class' | 'joins' | 'by_name';
      studentId: string;
      /** the enrollment in this class, when there is one */
      enrollmentId: string | null;
      changes: RosterStudentChanges;
      /** the section this class's enrollment gets, when it changes */
      section?: { from: string; to: string };
    }
  | { status: 'conflict'; message: string }
  | { status: 'left_out' };

/** Each row's match, and `note`: what it means for this student, in a teacher's words. */
export type RosterMatchedRow = RosterPreviewRow & { match: RosterMatch; note: string };

export type RosterMatchCounts = Record<RosterMatchStatus, number>;

export const ROSTER_MATCH_LABELS: Record<RosterMatchStatus, string> = {
  new: 'New',
  in_class: 'Already in the class',
  joins: 'On file, joins the class',
  by_name: 'Matched by name (check)',
  conflict: 'Conflict',
  left_out: 'Left out',
};

const exactName = (r: { givenName: string; familyName: string }) => `${r.givenName}\u0000${r.familyName}`;
const nameOf = (r: { givenName: string; familyName: string }) => [r.givenName, r.familyName].filter(Boolean).join(' ');
const described = (s: RosterStudentOnFile) => `${nameOf(s)}${s.studentNumber ? ` (ID ${s.studentNumber})` : ' (no ID)'}`;
/** Line numbers in words; past LISTED_LINES, the first of them and how many more. */
const LISTED_LINES = 10;
const lines = (ns: number[]) =>
  ns.length === 1
    ? `line ${ns[0]}`
    : ns.length > LISTED_LINES
      ? `lines ${ns.slice(0, LISTED_LINES).join(', ')} and ${ns.length - LISTED_LINES} more`
      : `lines ${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;

/** Students named in a message: a handful, then how many more (a district's Maria Garcías are many). */
const NAMED_IN_MESSAGE = 5;
function few<T>(items: readonly T[], say: (item: T) => string, joiner = ', '): string {
  if (items.length <= NAMED_IN_MESSAGE) return items.map(say).join(joiner);
  return `${items.slice(0, NAMED_IN_MESSAGE).map(say).join(', ')} and ${items.length - NAMED_IN_MESSAGE} more`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type Target = { student: RosterStudentOnFile; by: 'id' | 'name' };

export type RosterMatchResult<R extends RosterPreviewRow> = {
  rows: (R & { match: RosterMatch; note: string })[];
  problems: ImportProblem[];
  acceptedCount: number;
  counts: RosterMatchCounts;
};

/** Rows (or students on file) matched between two pauses of matchRosterSteps. */
export const MATCH_STEP = 2_000;

/**
 * Matches the rows of a roster preview with the students on file and this class's enrollments.
 * Conflicting rows come back left out, with an error saying why; rows matched by name come back
 * with a warning to check them. Pure: the same inputs give the same answer in the preview and in
 * the import, which runs it again inside its transaction.
 */
export function matchRoster<R extends RosterPreviewRow>(
  preview: { rows: R[]; problems: ImportProblem[] },
  onFile: RosterOnFile,
  file = '',
): RosterMatchResult<R> {
  const steps = matchRosterSteps(preview, onFile, file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How much walking matchRosterSteps does in all, to say how far it is from what it yields. */
export function matchRosterWork(preview: { rows: { accepted: boolean }[] }, onFile: RosterOnFile): number {
  let accepted = 0;
  for (const r of preview.rows) if (r.accepted) accepted++;
  return onFile.students.length + accepted + preview.rows.length;
}

/**
 * matchRoster in steps: it pauses (yields how far it is) after every MATCH_STEP rows or students on file, so
 * a district's roster (274,564 rows) can be matched between the window's frames. Every pass is
 * one walk over Maps: the time grows with the rows, never with rows times students.
 */
export function* matchRosterSteps<R extends RosterPreviewRow>(
  preview: { rows: R[]; problems: ImportProblem[] },
  onFile: RosterOnFile,
  file = '',
): Generator<number, RosterMatchResult<R>, void> {
  const byNumber = new Map<string, RosterStudentOnFile[]>();
  const byName = new Map<string, RosterStudentOnFile[]>();
  let walked = 0;
  for (const s of onFile.students) {
    if (s.studentNumber) push(byNumber, s.studentNumber, s);
    push(byName, exactName(s), s);
    if (++walked % MATCH_STEP === 0) yield walked;
  }
  const enrollmentOf = new Map(onFile.enrollments.map((e) => [e.studentId, e]));

  const accepted = preview.rows.filter((r) => r.accepted);
  const acceptedLineOfId = new Map<string, R>();
  const rowsWithIdByName = new Map<string, number[]>();
  for (const r of accepted) {
    if (r.studentNumber && !acceptedLineOfId.has(r.studentNumber)) acceptedLineOfId.set(r.studentNumber, r);
    if (r.studentNumber) push(rowsWithIdByName, exactName(r), r.line);
  }

  const conflicts = new Map<R, string>();
  const targets = new Map<R, Target>();
  const notes = new Map<R, string[]>();
  const note = (r: R, text: string) => push(notes, r, text);
  const idlessSeen = new Map<string, number>();

  for (const row of accepted) {
    if (++walked % MATCH_STEP === 0) yield walked;
    const key = exactName(row);
    const named = byName.get(key) ?? [];
    if (row.studentNumber) {
      const withId = byNumber.get(row.studentNumber) ?? [];
      if (withId.length > 1) {
        conflicts.set(
          row,
          `${withId.length} students on file have the ID ${row.studentNumber} (${few(withId, nameOf)}): give each their own ID in the roster first, then import again.`,
        );
        continue;
      }
      const owner = withId[0];
      if (owner) {
        if (named.length > 0 && !named.includes(owner)) {
          conflicts.set(
            row,
            `The ID ${row.studentNumber} belongs to ${nameOf(owner)}, but ${few(named, described, ' and ')} ${named.length === 1 ? 'has' : 'have'} the name on this row: fix the ID or the name in the file.`,
          );
          continue;
        }
        targets.set(row, { student: owner, by: 'id' });
        if (exactName(owner) !== key) note(row, `On file as ${nameOf(owner)}; the name on file is kept.`);
        continue;
      }
      const lone = named.length === 1 ? named[0]! : undefined;
      if (lone && !lone.studentNumber) {
        targets.set(row, { student: lone, by: 'name' });
        continue;
      }
      if (named.length > 0) {
        note(row, `${named.length === 1 ? 'A student' : `${named.length} students`} with this name ${named.length === 1 ? 'is' : 'are'} on file under another ID (${few(named.filter((s) => s.studentNumber), (s) => s.studentNumber)}): this is a different student.`);
      }
      continue;
    }

    const withIdLines = rowsWithIdByName.get(key) ?? [];
    const earlier = idlessSeen.get(key);
    if (withIdLines.length > 0 || earlier !== undefined) {
      const others = earlier !== undefined ? [earlier, ...withIdLines].sort((a, b) => a - b) : withIdLines;
      conflicts.set(
        row,
        `${nameOf(row)} is also on ${lines(others)}, and this row has no Student ID: Blendwise cannot tell one student listed twice from two students. Add Student IDs, or leave this row out.`,
      );
      continue;
    }
    idlessSeen.set(key, row.line);
    if (named.length > 1) {
      conflicts.set(
        row,
        `${named.length} students on file are named ${nameOf(row)} (${few(named, described)}): add a Student ID column to say which one this is.`,
      );
      continue;
    }
    if (named.length === 1) targets.set(row, { student: named[0]!, by: 'name' });
  }

  // F: one student on file, several rows.
  const rowsOf = new Map<string, R[]>();
  for (const [row, t] of targets) push(rowsOf, t.student.id, row);
  for (const rows of rowsOf.values()) {
    if (rows.length < 2) continue;
    const student = targets.get(rows[0]!)!.student;
    const byId = rows.find((r) => targets.get(r)!.by === 'id');
    // One message for the whole group (every row names the same lines), built once.
    const message = byId
      ? `Line ${byId.line} is ${nameOf(student)} by their Student ID, and this row would be them by name too: fix the name or ID on one of the rows.`
      : `${lines(rows.map((o) => o.line).sort((a, b) => a - b))} would all be matched by name with ${described(student)}: add Student IDs, or fix the student on file first.`;
    for (const r of rows) {
      if (r === byId) continue;
      conflicts.set(r, message);
      targets.delete(r);
    }
  }
  for (const r of conflicts.keys()) targets.delete(r);

  const counts: RosterMatchCounts = { new: 0, in_class: 0, joins: 0, by_name: 0, conflict: 0, left_out: 0 };
  const extraProblems: ImportProblem[] = [];
  const out: (R & { match: RosterMatch; note: string })[] = [];
  for (const row of preview.rows) {
    if (++walked % MATCH_STEP === 0) yield walked;
    const problem = (severity: ImportProblem['severity'], message: string) => {
      const p: ImportProblem = { file, line: row.line, severity, message };
      extraProblems.push(p);
      return p;
    };
    let match: RosterMatch;
    let problems = row.problems;
    let isAccepted = row.accepted;
    const rowNotes = notes.get(row) ?? [];

    if (!row.accepted) {
      // C: the file check left the later row out; say when it is another name, not a repeat.
      const first = row.studentNumber ? acceptedLineOfId.get(row.studentNumber) : undefined;
      const named = row.givenName || row.familyName;
      match = first && named && exactName(first) !== exactName(row)
        ? { status: 'conflict', message: `Line ${first.line} has the ID ${row.studentNumber} with another name (${nameOf(first)}).` }
        : { status: 'left_out' };
      if (match.status === 'conflict') rowNotes.push(match.message);
    } else if (conflicts.has(row)) {
      const message = conflicts.get(row)!;
      match = { status: 'conflict', message };
      isAccepted = false;
      problems = [...problems, problem('error', message)];
    } else {
      const target = targets.get(row);
      if (!target) match = { status: 'new' };
      else {
        const s = target.student;
        const changes: RosterStudentChanges = {};
        if (!s.studentNumber && row.studentNumber) changes.studentNumber = row.studentNumber;
        if (row.email && row.email !== s.email) changes.email = row.email;
        if (!s.preferredName && row.preferredName) changes.preferredName = row.preferredName;
        const enrollment = enrollmentOf.get(s.id);
        const section = enrollment && row.section && row.section !== enrollment.section ? { from: enrollment.section, to: row.section } : undefined;
        match = {
          status: target.by === 'name' ? 'by_name' : enrollment ? 'in_class' : 'joins',
          studentId: s.id,
          enrollmentId: enrollment?.id ?? null,
          changes,
          ...(section ? { section } : {}),
        };
        if (target.by === 'name') {
          const message = changes.studentNumber
            ? `Matched by name with ${nameOf(s)} on file, who has no Student ID yet: check it is the same student; the ID ${changes.studentNumber} will be saved to them.`
            : `Matched by name with ${described(s)} on file: check it is the same student (a Student ID column makes sure).`;
          problems = [...problems, problem('warning', message)];
          if (enrollment) rowNotes.push('Already in the class.');
        }
        if (section) rowNotes.push(section.from ? `Section ${section.from} becomes ${section.to}.` : `Section set to ${section.to}.`);
        if (!enrollment && row.section) rowNotes.push(`Joins in section ${row.section}.`);
        if (changes.email) rowNotes.push(s.email ? `Email ${s.email} becomes ${changes.email}.` : `Email ${changes.email} added.`);
        if (changes.preferredName) rowNotes.push(`Preferred name ${changes.preferredName} added.`);
        if (enrollment?.archived) rowNotes.push('Archived in this class: bring them back from the roster if they are back.');
      }
    }
    counts[match.status]++;
    out.push({ ...row, accepted: isAccepted, problems, match, note: rowNotes.join(' ') });
  }

  const problems = [...preview.problems, ...extraProblems].sort((a, b) => a.line - b.line);
  return { rows: out, problems, acceptedCount: out.filter((r) => r.accepted).length, counts };
}
