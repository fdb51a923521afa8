// The window's frames while a big file is read, previewed and imported through the app's screens:
// every rAF timestamp is recorded, the node side marks where each phase begins (it sends the
// clicks), and the longest gap between two frames is given per phase.
//
// Two databases: "district" (100,000 students and 5,000 classes, seeded once on the district
// page's origin, see district.tsx), into which a new empty class takes the roster; and "empty",
// a fresh database (the OneRoster export and the CASE package go into one, as in the
// oneroster-import-100k figure), deleted again afterwards; "empty" with `seed: 'results-class'`
// also holds one class of RESULTS_CLASS students tracking its skills, for a results file.
import { db, newId } from '../../../renderer/db/db';
import type { BrowserMeasure } from '../api';
import { ensureDistrictDb } from './district';
import { mountApp, round, sleep, unmountDropping, whenPainted, type MountedApp } from './harness';
import { RESULTS_CLASS } from '../resultsClass';

type Database = 'district' | 'empty';
type Watch = {
  stamps: number[];
  /** the window thread's long frames (start, duration): what the app itself held it for */
  long: { at: number; ms: number }[];
  observer: PerformanceObserver | null;
  marks: { name: string; at: number }[];
  running: boolean;
  app: MountedApp | null;
  classId: string | null;
  database: Database;
  frameworksBefore: Set<string>;
};
const watch: Watch = { stamps: [], long: [], observer: null, marks: [], running: false, app: null, classId: null, database: 'district', frameworksBefore: new Set() };

/**
 * Readies the database (`database`: "district", with an empty class for the import, or "empty"),
 * mounts the app on `path` (":class" stands for that class) and starts recording every frame's
 * rAF timestamp.
 */
export async function framesStart(options: Record<string, unknown>): Promise<BrowserMeasure> {
  const database: Database = options.database === 'empty' ? 'empty' : 'district';
  watch.database = database;
  const details: Record<string, number> = {};
  if (database === 'district') {
    const d = await ensureDistrictDb((s) => console.log(`[district] ${s}`));
    db.close();
    await db.open();
    const classId = newId();
    await db.classes.add({ id: classId, name: 'Imported · district file', subject: '', grade: '', term: '', archived: 0, createdAt: new Date().toISOString() });
    watch.classId = classId;
    details.studentsInDb = d.students;
    details.classesInDb = d.classes + 1;
  } else {
    db.close();
    await db.delete();
    await db.open();
    watch.classId = options.seed === 'results-class' ? await seedResultsClass() : null;
  }
  watch.frameworksBefore = new Set(await db.frameworks.toCollection().primaryKeys());
  watch.app = mountApp(String(options.path ?? '/classes/:class/import').replace(':class', watch.classId ?? ''));
  await whenPainted(watch.app.box, () => !!watch.app!.box.querySelector('main h1'));
  await sleep(300);
  watch.stamps = [];
  watch.long = [];
  watch.observer?.disconnect();
  // A gap between frames is the app holding the window thread, or the machine not running the
  // browser's painting at all (a loaded machine): long animation frames say how long the thread
  // itself was held, scripts, style and layout included (long tasks where those are unknown).
  const kind = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? 'long-animation-frame' : 'longtask';
  watch.observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) watch.long.push({ at: e.startTime, ms: e.duration });
  });
  watch.observer.observe({ type: kind });
  watch.marks = [{ name: 'start', at: performance.now() }];
  watch.running = true;
  const tick = (now: number) => {
    watch.stamps.push(now);
    if (watch.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return { value: 0, details };
}

/** A class of RESULTS_CLASS.students students (ids R0001…) tracking RESULTS_CLASS.skills skills (codes RS.1…): what a results file names. */
async function seedResultsClass(): Promise<string> {
  const classId = newId();
  const frameworkId = newId();
  const createdAt = new Date().toISOString();
  const students = RESULTS_CLASS.studentNumbers.map((studentNumber, i) => ({
    id: newId(),
    givenName: `Student${i + 1}`,
    familyName: 'Results',
    preferredName: '',
    studentNumber,
    email: '',
    notes: '',
    archived: 0 as const,
    createdAt,
  }));
  const skills = RESULTS_CLASS.skillCodes.map((code, order) => ({ id: newId(), frameworkId, code, statement: `Skill ${code}`, parentId: null, order }));
  await db.classes.add({ id: classId, name: 'Results · a year of scores', subject: '', grade: '', term: '', archived: 0, createdAt });
  await db.students.bulkAdd(students);
  await db.enrollments.bulkAdd(students.map((s) => ({ id: newId(), classId, studentId: s.id, section: '', archived: 0 as const })));
  await db.frameworks.add({ id: frameworkId, title: 'Results skills', creator: '', identifier: '' });
  await db.skills.bulkAdd(skills);
  await db.classSkills.bulkAdd(skills.map((s, order) => ({ id: newId(), classId, skillId: s.id, order })));
  return classId;
}

/** Notes when a phase begins ("reading", "importing", ...), from the node side. */
export async function framesMark(options: Record<string, unknown>): Promise<BrowserMeasure> {
  watch.marks.push({ name: String(options.name), at: performance.now() });
  return { value: 0, details: {} };
}

/**
 * Stops recording. The value is the longest gap between two frames from the first mark on; the
 * details give it per phase (from a mark to the next), with how many gaps passed 200 ms and each
 * phase's length, which is how long the step took as the teacher saw it.
 */
export async function framesStop(): Promise<BrowserMeasure> {
  const end = performance.now();
  watch.running = false;
  watch.observer?.disconnect();
  watch.observer = null;
  await sleep(50);
  const marks = [...watch.marks, { name: 'end', at: end }];
  const details: Record<string, number | string | number[]> = {};
  let longest = 0;
  for (let m = 0; m < marks.length - 1; m++) {
    const from = marks[m]!.at;
    const to = marks[m + 1]!.at;
    const stamps = [from, ...watch.stamps.filter((t) => t > from && t < to), to];
    let phaseLongest = 0;
    let over = 0;
    for (let i = 1; i < stamps.length; i++) {
      const gap = stamps[i]! - stamps[i - 1]!;
      phaseLongest = Math.max(phaseLongest, gap);
      if (gap > 200) over++;
    }
    const name = marks[m]!.name;
    // Before the first mark the figure is setting up (creating a framework, opening a page).
    if (name !== 'start') longest = Math.max(longest, phaseLongest);
    details[`${name}Ms`] = round(to - from);
    details[`${name}LongestGapMs`] = round(phaseLongest);
    details[`${name}GapsOver200`] = over;
    details[`${name}LongestHeldMs`] = round(watch.long.filter((l) => l.at >= from && l.at < to).reduce((m, l) => Math.max(m, l.ms), 0));
  }
  details.frames = watch.stamps.length;
  // A hidden page gets no frames: its gaps would say nothing of the app.
  if (document.visibilityState !== 'visible') throw new Error('The bench page was hidden while its frames were recorded: bring it to the front first.');
  return { value: round(longest), details };
}

/**
 * Puts the database back: the empty one is deleted; in the district one the import's class, its
 * students and enrollments go, and any framework made since the start with its skills.
 */
export async function framesCleanup(): Promise<BrowserMeasure> {
  watch.running = false;
  if (watch.app) await unmountDropping(watch.app.root, watch.app.box);
  watch.app = null;
  if (watch.database === 'empty') {
    db.close();
    await db.delete();
    await db.open();
    return { value: 0, details: {} };
  }
  const frameworks = (await db.frameworks.toCollection().primaryKeys()).filter((id) => !watch.frameworksBefore.has(id));
  for (const id of frameworks) {
    await db.skills.where('frameworkId').equals(id).delete();
    await db.frameworks.delete(id);
  }
  const classId = watch.classId;
  if (!classId) return { value: 0, details: {} };
  const enrollments = await db.enrollments.where('classId').equals(classId).toArray();
  const studentIds = enrollments.map((e) => e.studentId);
  // Only the students the import added: those in no other class.
  const elsewhere = new Set((await db.enrollments.where('studentId').anyOf(studentIds).toArray()).filter((e) => e.classId !== classId).map((e) => e.studentId));
  const added = studentIds.filter((id) => !elsewhere.has(id));
  for (let i = 0; i < added.length; i += 20_000) await db.students.bulkDelete(added.slice(i, i + 20_000));
  await db.enrollments.where('classId').equals(classId).delete();
  await db.classes.delete(classId);
  watch.classId = null;
  return { value: added.length, details: { removedStudents: added.length } };
}
