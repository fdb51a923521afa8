// District sizes: a database with 100,000 students and 5,000 classes (what a district's OneRoster
// export or roster file leaves), in the real app shell.
//
// These figures run on a page of their own origin (the node side opens the bench page again under
// another host name; see districtPage in ../figures.ts), so the year-of-data database the other
// figures keep (and BENCH_KEEP_DB keeps between runs) is never touched by this seeding.
//
// The database (seeded once, in about a minute): 100,000 students; 4,999 current classes of 20
// students each (every student in one class), named like a district's sections ("Algebra 1 ·
// Period 3 · 0042"); and "Whole district", one class holding all 100,000 students (what a
// district roster file imported into one class gives). No evidence: these figures are about the
// roster, and the tracker's figures already carry a year of scores.
import { db, newId } from '../../../renderer/db/db';
import type { ClassRecord, Enrollment, Student } from '../../../shared';
import type { BrowserMeasure } from '../api';
import { lcg } from './bigDb';
import { median, mountApp, painted, round, sleep, unmountDropping, whenPainted, type MountedApp } from './harness';

export const DISTRICT = { students: 100_000, classes: 5_000, perClass: 20 };

type DistrictDb = { key: string; classId: string; className: string; classStudents: number; bigClassId: string; students: number; classes: number; enrollments: number; seedMs: number };

const MARK = 'blendwise-bench-district';
const GIVEN = ['Amara', 'Ben', 'Chloé', 'Dev', 'Elif', 'Finn', 'Grace', 'Hiro', 'Isla', 'Jonah', 'Kaia', 'Liam', 'Maya', 'Noah', 'Olu', 'Priya', 'Quinn', 'Rosa', 'Siddharth', 'Tomasz', 'Uma', 'Víctor', 'Wen', 'Ximena', 'Yusuf', 'Zoë'];
const FAMILY = ['Abbott', 'Baptiste', 'Chen', 'Duarte', 'Eriksen', 'Fofana', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Mbeki', 'Nguyen', 'Okafor', 'Patel', "O'Neil", 'Quispe', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga', 'Wright', 'Xu', 'Yilmaz', 'Zuberi'];
const COURSES = ['Algebra 1', 'Biology', 'English 9', 'World History', 'Geometry', 'Chemistry', 'Spanish 2', 'Art', 'Physics', 'Music'];
const CREATED = new Date(Date.UTC(2026, 7, 20)).toISOString();

const key = () => JSON.stringify(DISTRICT);
/** The first section on the Classes page, the one the figure opens. */
const FIRST_CLASS = 'Algebra 1 · Period 1 · 0000';

async function stillThere(mark: DistrictDb): Promise<boolean> {
  if (!db.isOpen()) await db.open();
  const [cls, big, students, classes] = await Promise.all([db.classes.get(mark.classId), db.classes.get(mark.bigClassId), db.students.count(), db.classes.count()]);
  return !!cls && !!big && students === mark.students && classes === mark.classes;
}

export async function ensureDistrictDb(log: (s: string) => void = () => undefined): Promise<DistrictDb> {
  const saved = localStorage.getItem(MARK);
  if (saved) {
    const mark = JSON.parse(saved) as DistrictDb;
    if (mark.key === key() && (await stillThere(mark))) return mark;
  }
  localStorage.removeItem(MARK);
  const mark = await seed(log);
  localStorage.setItem(MARK, JSON.stringify(mark));
  return mark;
}

async function seed(log: (s: string) => void): Promise<DistrictDb> {
  const t0 = performance.now();
  db.close();
  await db.delete();
  await db.open();
  const rand = lcg(5000);
  const students: Student[] = Array.from({ length: DISTRICT.students }, (_, i) => ({
    id: newId(),
    givenName: GIVEN[Math.floor(rand() * GIVEN.length)]!,
    familyName: FAMILY[Math.floor(rand() * FAMILY.length)]!,
    preferredName: i % 11 === 0 ? 'Sam' : '',
    studentNumber: String(3_000_000 + i),
    email: `s${3_000_000 + i}@district.example`,
    notes: '',
    archived: 0,
    createdAt: CREATED,
  }));
  const CHUNK = 20_000;
  for (let i = 0; i < students.length; i += CHUNK) await db.students.bulkAdd(students.slice(i, i + CHUNK));
  log(`students: ${students.length} in ${Math.round(performance.now() - t0)} ms`);

  const sections = DISTRICT.classes - 1;
  const classes: ClassRecord[] = Array.from({ length: sections }, (_, k) => ({
    id: newId(),
    name: `${COURSES[k % COURSES.length]} · Period ${1 + (k % 7)} · ${String(k).padStart(4, '0')}`,
    subject: COURSES[k % COURSES.length]!,
    grade: String(6 + (k % 7)),
    term: '2026-27',
    archived: 0,
    createdAt: CREATED,
  }));
  const big: ClassRecord = { id: newId(), name: 'Whole district', subject: '', grade: '', term: '2026-27', archived: 0, createdAt: CREATED };
  await db.classes.bulkAdd([...classes, big]);
  const enrollments: Enrollment[] = [];
  classes.forEach((c, k) => {
    for (let j = 0; j < DISTRICT.perClass; j++) {
      const s = students[(k * DISTRICT.perClass + j) % students.length]!;
      enrollments.push({ id: newId(), classId: c.id, studentId: s.id, section: '', archived: 0 });
    }
  });
  for (const s of students) enrollments.push({ id: newId(), classId: big.id, studentId: s.id, section: '', archived: 0 });
  for (let i = 0; i < enrollments.length; i += CHUNK) await db.enrollments.bulkAdd(enrollments.slice(i, i + CHUNK));
  log(`classes: ${classes.length + 1}, enrollments: ${enrollments.length} in ${Math.round(performance.now() - t0)} ms`);
  // The class the figure opens: the first section on the Classes page, as a teacher opens theirs.
  const opened = classes[0]!;
  return {
    key: key(),
    classId: opened.id,
    className: opened.name,
    classStudents: DISTRICT.perClass,
    bigClassId: big.id,
    students: students.length,
    classes: classes.length + 1,
    enrollments: enrollments.length,
    seedMs: Math.round(performance.now() - t0),
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** One raw IndexedDB transaction reading what the roster shows: the class, its enrollments, their students. */
async function timeRaw(classId: string): Promise<number> {
  const idb = await request(indexedDB.open(db.name));
  try {
    const t0 = performance.now();
    const tx = idb.transaction(['classes', 'enrollments', 'students'], 'readonly');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    tx.objectStore('classes').get(classId);
    const enr = tx.objectStore('enrollments').index('classId').getAll(classId);
    enr.onsuccess = () => {
      for (const e of enr.result as { studentId: string }[]) tx.objectStore('students').get(e.studentId);
    };
    await done;
    return performance.now() - t0;
  } finally {
    idb.close();
  }
}

const rosterRows = (box: HTMLElement) => box.querySelectorAll('main table[aria-label="Roster"] tbody tr:not([aria-hidden])').length;

type Open = { classesPageMs: number; rosterMs: number; rosterDomMs: number; bigMs: number; bigRows: number };

/**
 * Mount on the Classes page, then a click on the first class in its table: to its painted roster.
 * Then from the Classes page again, the same for the whole-district class (through the page's
 * address: it is not among the first rows of the table).
 */
async function openOnce(d: DistrictDb): Promise<Open> {
  db.close();
  await db.open();
  const t0 = performance.now();
  const app: MountedApp = mountApp('/classes');
  const box = app.box;
  const classesTable = () => box.querySelector('main table[aria-label="Classes"]');
  const link = () => classesTable()?.querySelector<HTMLAnchorElement>(`a[href="#/classes/${d.classId}"]`);
  const classesPage = await whenPainted(box, () => (classesTable()?.querySelectorAll('tbody tr').length ?? 0) > 10 && !!link());
  await sleep(300);
  await painted();

  const t1 = performance.now();
  link()!.click();
  const heading = () => box.querySelector('main h1')?.textContent;
  const roster = await whenPainted(box, () => heading() === d.className && rosterRows(box) === d.classStudents);

  history.back();
  await whenPainted(box, () => !!link());
  await sleep(300);
  await painted();
  const t2 = performance.now();
  location.hash = `#/classes/${d.bigClassId}`;
  const big = await whenPainted(
    box,
    () => heading() === 'Whole district' && box.querySelector('main table[aria-label="Roster"]')?.getAttribute('aria-rowcount') === String(d.students + 1),
    180_000,
  );
  const bigRows = rosterRows(box);
  await unmountDropping(app.root, box);
  return { classesPageMs: classesPage.paintAt - t0, rosterMs: roster.paintAt - t1, rosterDomMs: roster.domAt - t1, bigMs: big.paintAt - t2, bigRows };
}

export async function districtOpenRoster(options: Record<string, unknown>): Promise<BrowserMeasure> {
  const runs = typeof options.runs === 'number' ? options.runs : 5;
  const d = await ensureDistrictDb((s) => console.log(`[district] ${s}`));
  const opened = await db.classes.where('name').equals(FIRST_CLASS).first();
  if (!opened) throw new Error(`No class named ${FIRST_CLASS} in the district database`);
  d.classId = opened.id;
  d.className = opened.name;
  await openOnce(d); // warm-up, not counted
  const list: Open[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    list.push(await openOnce(d));
    raw.push(await timeRaw(d.classId));
  }
  const rosterMs = median(list.map((r) => r.rosterMs));
  return {
    value: rosterMs,
    details: {
      studentsInDb: d.students,
      classesInDb: d.classes,
      enrollmentsInDb: d.enrollments,
      classStudents: d.classStudents,
      seedMs: d.seedMs,
      runs,
      rosterMedianMs: round(rosterMs),
      rawReadMedianMs: round(median(raw)),
      classesPageMedianMs: round(median(list.map((r) => r.classesPageMs))),
      wholeDistrictMedianMs: round(median(list.map((r) => r.bigMs))),
      wholeDistrictRowsDrawn: list[0]!.bigRows,
      rosterMs: list.map((r) => round(r.rosterMs)),
      rosterInDomMs: list.map((r) => round(r.rosterDomMs)),
      classesPageMs: list.map((r) => round(r.classesPageMs)),
      wholeDistrictMs: list.map((r) => round(r.bigMs)),
      rawReadMs: raw.map(round),
    },
  };
}
