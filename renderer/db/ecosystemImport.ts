import type { RosterRow, Skill } from '../../shared';
import { matchRoster } from '../../shared/import/rosterMatch';
import { db, newId, nowIso } from './db';
import { importRoster, studentOnFile } from './rosterImport';

// Writes for the imports from school systems: OneRoster classes and CASE frameworks.

const nameKey = (given: string, family: string) => `${given}\u0000${family}`;

/** A class to create and the students to put in it. */
export type ClassImportPlan = {
  name: string;
  subject: string;
  grade: string;
  term: string;
  students: RosterRow[];
};

export type ClassesImportResult = { classIds: string[]; created: number; matched: number; enrolled: number };

/**
 * Creates every class and its students in ONE transaction: all of it lands or none of it does.
 * Students are matched with the rules of importRoster (same student id, else same exact name).
 */
export async function importClassesWithStudents(plans: ClassImportPlan[]): Promise<ClassesImportResult> {
  return db.transaction('rw', db.classes, db.students, db.enrollments, async () => {
    const result: ClassesImportResult = { classIds: [], created: 0, matched: 0, enrolled: 0 };
    for (const plan of plans) {
      const id = newId();
      await db.classes.add({
        id,
        name: plan.name.trim() || 'Imported class',
        subject: plan.subject,
        grade: plan.grade,
        term: plan.term,
        archived: 0,
        createdAt: nowIso(),
      });
      result.classIds.push(id);
      // Nested in this transaction: the same tables, so it joins it rather than starting its own.
      const outcome = await importRoster(id, plan.students);
      result.created += outcome.created;
      result.matched += outcome.matched;
      result.enrolled += outcome.enrolled;
    }
    return result;
  });
}

export type StudentMatchPreview = {
  /** rows that are already on file under the same student id */
  byId: number;
  /** rows that will be merged with a student on file only because the name is the same */
  byName: { row: RosterRow; existing: string }[];
};

/**
 * What importClassesWithStudents will do with these students, before anything is written, so the
 * teacher is asked about merges by name first. Each student is counted once, whatever the classes.
 * Uses matchRoster, the rules importRoster applies: two different ids are never merged by name.
 */
export async function previewStudentMatches(rows: RosterRow[]): Promise<StudentMatchPreview> {
  const students = (await db.students.toArray()).map(studentOnFile);
  const seen = new Set<string>();
  const once = rows.filter((row) => {
    const self = row.studentNumber ? `#${row.studentNumber}` : `@${nameKey(row.givenName, row.familyName)}`;
    if (seen.has(self)) return false;
    seen.add(self);
    return true;
  });
  const matched = matchRoster({ rows: once.map((r) => ({ ...r, accepted: true, problems: [] })), problems: [] }, { students, enrollments: [] });
  const byId = new Map(students.map((s) => [s.id, s]));
  const preview: StudentMatchPreview = { byId: 0, byName: [] };
  for (const row of matched.rows) {
    if (row.match.status === 'joins' || row.match.status === 'in_class') preview.byId++;
    if (row.match.status === 'by_name') {
      const number = byId.get(row.match.studentId)?.studentNumber;
      preview.byName.push({ row, existing: `on file${number ? ` (student ID ${number})` : ''}` });
    }
  }
  return preview;
}

export type TreeSkillInput = { identifier: string; code: string; statement: string; parentIdentifier: string | null };

/**
 * Creates a framework and its skills in one transaction. Parents are resolved from
 * parentIdentifier among the skills given (a parent left out makes the skill top level), and the
 * order of siblings is the order of the list.
 */
const SKILL_WRITE_SLICE = 2000;

export async function importFrameworkTree(
  framework: { title: string; creator: string; identifier: string },
  skills: TreeSkillInput[],
): Promise<{ frameworkId: string; created: number }> {
  return db.transaction('rw', db.frameworks, db.skills, async () => {
    const frameworkId = newId();
    await db.frameworks.add({
      id: frameworkId,
      title: framework.title.trim() || 'Imported framework',
      creator: framework.creator.trim(),
      identifier: framework.identifier.trim(),
    });
    const idOf = new Map<string, string>();
    for (const s of skills) if (!idOf.has(s.identifier)) idOf.set(s.identifier, newId());
    const nextOrder = new Map<string | null, number>();
    const written = new Set<string>();
    const records: Skill[] = [];
    for (const s of skills) {
      const id = idOf.get(s.identifier)!;
      if (written.has(id)) continue; // the same identifier twice: the first one stands
      written.add(id);
      const parent = s.parentIdentifier ? idOf.get(s.parentIdentifier) : undefined;
      const parentId = parent && parent !== id ? parent : null;
      const order = nextOrder.get(parentId) ?? 0;
      nextOrder.set(parentId, order + 1);
      records.push({ id, frameworkId, code: s.code.trim(), statement: s.statement.trim(), parentId, order });
    }
    // In slices, still one transaction: between slices the window gets to paint (a 38,000-item
    // CASE file written at once held it still for seconds).
    for (let i = 0; i < records.length; i += SKILL_WRITE_SLICE) await db.skills.bulkAdd(records.slice(i, i + SKILL_WRITE_SLICE));
    return { frameworkId, created: records.length };
  });
}
