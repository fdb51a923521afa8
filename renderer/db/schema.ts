import type { Transaction } from 'dexie';
import { rebuildAllCellsIn } from './cellsRebuild';

// Every version the database has shipped with, oldest first. A shipped entry is never edited:
// a change is a new entry with its own upgrade, and tests/unit/db/migrations.test.ts opens a
// database written by every earlier version and checks that nothing was lost.
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      classes: 'id, archived, name',
      students: 'id, studentNumber, archived, familyName, [familyName+givenName]',
      enrollments: 'id, classId, studentId, &[classId+studentId]',
      frameworks: 'id, title',
      skills: 'id, frameworkId, code, parentId, [frameworkId+order]',
      classSkills: 'id, classId, skillId, &[classId+skillId]',
      evidence: 'id, classId, studentId, skillId, date, [classId+skillId], [studentId+skillId]',
      goals: 'id, classId, studentId, dueDate',
      checkIns: 'id, goalId, nextDate',
      groupings: 'id, classId, date',
      plans: 'id, classId, date, groupingId',
      reviews: 'id, planId',
      comments: 'id, reviewId, resolved',
      settings: 'key',
    },
  },
  {
    // Plays: rotation set-ups a teacher saved to reuse (the built-in ones live in code).
    version: 2,
    stores: { plays: 'id, name' },
  },
  {
    // Derived tables, rebuildable from the evidence at any time and never the truth: `cells`
    // holds each tracker cell's scores in canonical order, so a class opens without reading every
    // evidence row; `classStamps` counts each class's evidence changes and names the cells they
    // touched, so an open class updates one cell instead of re-reading the class.
    version: 3,
    stores: { cells: 'id, classId', classStamps: 'classId' },
    upgrade: (tx) => rebuildAllCellsIn(tx),
  },
  {
    // District sizes (100,000 students, 5,000 classes): the class list counts each class's
    // students from index keys alone, the student picker searches first names by index too (last
    // names and ids already were), and the sample class is found without reading every class.
    // Every index costs each write: a district roster import writes 100,000 students. The upgrade writes the 0 that
    // older rows left to their decode's default, so the archived-first index holds every row.
    version: 4,
    stores: {
      classes: 'id, archived, name, sample',
      students: 'id, studentNumber, archived, familyName, [familyName+givenName], givenName',
      enrollments: 'id, classId, studentId, &[classId+studentId], [archived+classId]',
    },
    upgrade: fillArchivedFlags,
  },
];

/** Rows written before `archived` was always set get the 0 their decode gives them. */
async function fillArchivedFlags(tx: Transaction): Promise<void> {
  for (const table of ['classes', 'students', 'enrollments']) {
    await tx
      .table(table)
      .filter((row: { archived?: unknown }) => row.archived === undefined)
      .modify({ archived: 0 });
  }
}

export const DB_NAME = 'blendwise';
