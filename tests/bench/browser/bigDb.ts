// The year-of-data database the tracker and class figures share: seeded once per bench run (the
// bench page's profile lives as long as the run) and reused by every figure that asks for the same
// shape. Rows go in with raw bulkAdd in chunks, each chunk's cells built in its own transaction by
// the app's rebuildClassCells, so the derived table is exactly what the app would keep.
//
// Full size (the figures):
// - class A "Math 6 · Period 2": 35 students x 150 skills x 20 scores = 105,000 evidence rows
//   (the tracker's first paint and the keystroke figures);
// - class B "Math 6 · Period 4": 30 students x 150 skills x 20 scores = 90,000 rows (opening
//   the roster and the tracker);
// - 100,000 other students (a district roster import): 500 other classes (past years, archived,
//   but 4 current ones) of 30 students each, 18 skills x 3 scores per student = 810,000 rows;
//   the other 85,000 students are in no class.
// In all 1,005,000 evidence rows and 100,065 students.
import {
  type ClassRecord,
  type ClassSkill,
  type Enrollment,
  type Evidence,
  type Framework,
  type Skill,
  type Student,
} from '../../../shared';
import { rebuildClassCells } from '../../../renderer/db/cellsRebuild';
import { db, newId } from '../../../renderer/db/db';

export type ClassShape = { students: number; skills: number; perCell: number };

export type BigDbShape = {
  a: ClassShape;
  b: ClassShape;
  otherClasses: number;
  /** enrolled in the other classes, `perOther.students` each; the rest of otherStudents in none */
  perOther: ClassShape;
  otherStudents: number;
  /** skills in the framework (the other classes track the first perOther.skills of a rotation) */
  frameworkSkills: number;
};

export const FULL: BigDbShape = {
  a: { students: 35, skills: 150, perCell: 20 },
  b: { students: 30, skills: 150, perCell: 20 },
  otherClasses: 500,
  perOther: { students: 30, skills: 18, perCell: 3 },
  otherStudents: 100_000,
  frameworkSkills: 150,
};

/** For developing the figures: the same classes A and B, a tenth of everything else. */
export const SMALL: BigDbShape = { ...FULL, otherClasses: 50, otherStudents: 10_000 };

export type BigDb = {
  key: string;
  classA: string;
  classB: string;
  classBName: string;
  evidence: number;
  students: number;
  classes: number;
  cells: number;
  seedMs: number;
};

const MARK = 'blendwise-bench-bigdb';

const GIVEN = ['Amara', 'Ben', 'Chloé', 'Dev', 'Elif', 'Finn', 'Grace', 'Hiro', 'Isla', 'Jonah', 'Kaia', 'Liam', 'Maya', 'Noah', 'Olu', 'Priya', 'Quinn', 'Rosa'];
const FAMILY = ['Abbott', 'Baptiste', 'Chen', 'Duarte', 'Eriksen', 'Fofana', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Mbeki', 'Nguyen', 'Okafor', 'Patel', "O'Neil"];
const SOURCES = ['Exit ticket', 'Quiz', 'IXL', 'Observation', 'Unit test', 'Tracker'];
const DOMAINS = ['RP', 'NS', 'EE', 'G', 'SP'];

/** A deterministic generator, so every run of the bench sees the same data. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const CREATED = Date.UTC(2026, 7, 20);

function makeStudents(n: number, offset: number): Student[] {
  return Array.from({ length: n }, (_, k) => {
    const i = offset + k;
    return {
      id: newId(),
      givenName: GIVEN[i % GIVEN.length]!,
      familyName: FAMILY[(i * 7) % FAMILY.length]!,
      preferredName: i % 9 === 0 ? 'Sam' : '',
      studentNumber: String(100_200 + i).padStart(8, '0'),
      email: '',
      notes: '',
      archived: 0,
      createdAt: iso(CREATED),
    };
  });
}

/**
 * A class's evidence: perCell rounds of assessment over ten weeks; within a round, skill by skill,
 * student by student, each entered a second after the last. Ids are random, so the classId index
 * hands the rows back in no particular time order, as in a real database.
 */
function makeEvidence(classId: string, students: Student[], skills: Skill[], perCell: number, rand: () => number, entered: { t: number }): Evidence[] {
  const evidence: Evidence[] = [];
  const start = Date.UTC(2026, 8, 1);
  for (let round = 0; round < perCell; round++) {
    for (let k = 0; k < skills.length; k++) {
      const day = Math.min(69, Math.floor((round * 70) / perCell) + (k % 3));
      const date = iso(start + day * 86_400_000).slice(0, 10);
      for (let j = 0; j < students.length; j++) {
        const growth = round / perCell;
        const score = rand() < 0.02 ? null : Math.min(4, 1 + Math.floor(rand() * 3 + growth * 1.5));
        const row: Evidence = {
          id: newId(),
          classId,
          studentId: students[j]!.id,
          skillId: skills[k]!.id,
          score,
          date,
          source: `${SOURCES[(round + k) % SOURCES.length]} ${round + 1}`,
          note: rand() < 0.05 ? 'Needed a ratio table to get started.' : '',
          createdAt: iso((entered.t += 1000)),
        };
        if (rand() < 0.2) row.raw = `${55 + Math.floor(rand() * 45)}%`;
        evidence.push(row);
      }
    }
  }
  return evidence;
}

type ClassRows = { cls: ClassRecord; enrollments: Enrollment[]; classSkills: ClassSkill[]; evidence: Evidence[] };

function makeClass(name: string, archived: 0 | 1, students: Student[], skills: Skill[], perCell: number, rand: () => number, entered: { t: number }): ClassRows {
  const cls: ClassRecord = { id: newId(), name, subject: 'Math', grade: '6', term: archived ? '2025-26' : '2026-27', archived, createdAt: iso(CREATED) };
  return {
    cls,
    enrollments: students.map((s) => ({ id: newId(), classId: cls.id, studentId: s.id, section: '', archived: 0 })),
    classSkills: skills.map((s, i) => ({ id: newId(), classId: cls.id, skillId: s.id, order: i })),
    evidence: makeEvidence(cls.id, students, skills, perCell, rand, entered),
  };
}

/** Writes classes with everything of theirs and builds their cells, in one transaction. */
async function writeClasses(list: ClassRows[]): Promise<void> {
  await db.transaction('rw', [db.classes, db.enrollments, db.classSkills, db.evidence, db.cells, db.classStamps], async () => {
    await db.classes.bulkAdd(list.map((c) => c.cls));
    await db.enrollments.bulkAdd(list.flatMap((c) => c.enrollments));
    await db.classSkills.bulkAdd(list.flatMap((c) => c.classSkills));
    for (const c of list) await db.evidence.bulkAdd(c.evidence);
    await rebuildClassCells(db, list.map((c) => c.cls.id));
  });
}

function shapeKey(shape: BigDbShape): string {
  return JSON.stringify(shape);
}

async function stillThere(mark: BigDb): Promise<boolean> {
  if (!db.isOpen()) await db.open();
  const [a, b, stamp] = await Promise.all([db.classes.get(mark.classA), db.classes.get(mark.classB), db.classStamps.get(mark.classA)]);
  return !!a && !!b && !!stamp;
}

let seeding: Promise<BigDb> | undefined;

/** The shared database of this shape: found from an earlier figure of this run, or seeded now. */
export function ensureBigDb(shape: BigDbShape, log: (s: string) => void = () => undefined): Promise<BigDb> {
  const attempt = async (): Promise<BigDb> => {
    const saved = localStorage.getItem(MARK);
    if (saved) {
      const mark = JSON.parse(saved) as BigDb;
      if (mark.key === shapeKey(shape) && (await stillThere(mark))) return mark;
    }
    localStorage.removeItem(MARK);
    const mark = await seedBigDb(shape, log);
    localStorage.setItem(MARK, JSON.stringify(mark));
    return mark;
  };
  const run = (seeding ?? Promise.resolve()).catch(() => undefined).then(attempt);
  seeding = run;
  return run;
}

async function seedBigDb(shape: BigDbShape, log: (s: string) => void): Promise<BigDb> {
  const t0 = performance.now();
  db.close();
  await db.delete();
  await db.open();
  const rand = lcg(35150);
  const entered = { t: Date.UTC(2026, 8, 1, 15) };

  const framework: Framework = { id: newId(), title: 'Grade 6 Mathematics', creator: 'Bench', identifier: '' };
  const skills: Skill[] = Array.from({ length: shape.frameworkSkills }, (_, i) => ({
    id: newId(),
    frameworkId: framework.id,
    code: `6.${DOMAINS[i % DOMAINS.length]}.${String.fromCharCode(65 + (Math.floor(i / 5) % 4))}.${1 + Math.floor(i / 20)}`,
    statement: `Understand and apply the ideas of skill ${i + 1} to solve real-world and mathematical problems.`,
    parentId: null,
    order: i,
  }));
  await db.transaction('rw', [db.frameworks, db.skills], async () => {
    await db.frameworks.add(framework);
    await db.skills.bulkAdd(skills);
  });

  const studentsA = makeStudents(shape.a.students, 0);
  const studentsB = makeStudents(shape.b.students, 1000);
  await db.students.bulkAdd([...studentsA, ...studentsB]);
  let evidence = 0;
  let classes = 0;
  const a = makeClass('Math 6 · Period 2', 0, studentsA, skills.slice(0, shape.a.skills), shape.a.perCell, rand, entered);
  await writeClasses([a]);
  evidence += a.evidence.length;
  const b = makeClass('Math 6 · Period 4', 0, studentsB, skills.slice(0, shape.b.skills), shape.b.perCell, rand, entered);
  await writeClasses([b]);
  evidence += b.evidence.length;
  classes += 2;
  log(`classes A and B: ${evidence} rows in ${Math.round(performance.now() - t0)} ms`);

  // The other students, in chunks; the first ones are enrolled in the other classes.
  const STUDENT_CHUNK = 20_000;
  const enrolledOthers: Student[] = [];
  const enrolledCount = Math.min(shape.otherStudents, shape.otherClasses * shape.perOther.students);
  for (let i = 0; i < shape.otherStudents; i += STUDENT_CHUNK) {
    const chunk = makeStudents(Math.min(STUDENT_CHUNK, shape.otherStudents - i), 2000 + i);
    await db.students.bulkAdd(chunk);
    for (const s of chunk) if (enrolledOthers.length < enrolledCount) enrolledOthers.push(s);
  }
  log(`students: ${shape.otherStudents} more in ${Math.round(performance.now() - t0)} ms`);

  // The other classes, several per transaction.
  const CLASSES_PER_TX = 20;
  for (let c = 0; c < shape.otherClasses; c += CLASSES_PER_TX) {
    const batch: ClassRows[] = [];
    for (let k = c; k < Math.min(shape.otherClasses, c + CLASSES_PER_TX); k++) {
      const students = enrolledOthers.slice(k * shape.perOther.students, (k + 1) * shape.perOther.students);
      const first = (k * shape.perOther.skills) % skills.length;
      const tracked = Array.from({ length: shape.perOther.skills }, (_, i) => skills[(first + i) % skills.length]!);
      const current = k < 4;
      batch.push(makeClass(current ? `Math ${7 + (k % 2)} · Period ${1 + k}` : `Math 6 · ${2025 - Math.floor(k / 20)} · ${k}`, current ? 0 : 1, students, tracked, shape.perOther.perCell, rand, entered));
    }
    await writeClasses(batch);
    for (const x of batch) evidence += x.evidence.length;
    classes += batch.length;
    if ((c / CLASSES_PER_TX) % 5 === 4) log(`other classes: ${classes - 2} (${evidence} rows) in ${Math.round(performance.now() - t0)} ms`);
  }
  const [students, cells] = [await db.students.count(), await db.cells.count()];
  return {
    key: shapeKey(shape),
    classA: a.cls.id,
    classB: b.cls.id,
    classBName: b.cls.name,
    evidence,
    students,
    classes,
    cells,
    seedMs: Math.round(performance.now() - t0),
  };
}

export function shapeFrom(options: Record<string, unknown>): BigDbShape {
  return options.small ? SMALL : FULL;
}
