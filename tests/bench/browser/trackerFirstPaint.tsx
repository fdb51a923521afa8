// The tracker's first paint for a full class (35 students x 150 skills x 20 scores per cell:
// 105,000 evidence rows) against reading the same rows straight from IndexedDB, in the same page.
//
// Tracker: from mounting <TrackerPage/> (a fresh React root, a freshly opened Dexie connection, so
// no live-query or Dexie cache survives from an earlier run) until the grid's cells with values
// are in the DOM and a frame has been painted (double requestAnimationFrame).
// Raw: one readonly IndexedDB transaction on a fresh connection reading what loadTrackerData reads:
// the class, its enrollments and their students, its classSkills and their skills, and the
// evidence by index('classId').getAll(classId); timed until the transaction completes.
// Runs alternate; medians are compared. A profile of the tracker's stages, each run on its own
// after the timed runs, goes into the details.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import { liveQuery, RangeSet, type DBCore, type DBCoreTransaction, type Middleware } from 'dexie';
import {
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  masteryMatrix,
  rollup,
  type ClassRecord,
  type ClassSkill,
  type Enrollment,
  type Evidence,
  type Framework,
  type Score,
  type Skill,
  type Student,
} from '../../../shared';
import { db, newId } from '../../../renderer/db/db';
import { DB_NAME } from '../../../renderer/db/schema';
import { loadTrackerData, type TrackerData } from '../../../renderer/db/mastery';
import { TrackerPage } from '../../../renderer/mastery/tracker/TrackerPage';
import '../../../renderer/styles.css';
import type { BrowserMeasure } from '../api';

const WINDOW = { width: 1360, height: 860 };

const GIVEN = ['Amara', 'Ben', 'Chloé', 'Dev', 'Elif', 'Finn', 'Grace', 'Hiro', 'Isla', 'Jonah', 'Kaia', 'Liam', 'Maya', 'Noah', 'Olu', 'Priya', 'Quinn', 'Rosa'];
const FAMILY = ['Abbott', 'Baptiste', 'Chen', 'Duarte', 'Eriksen', 'Fofana', 'García', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Mbeki', 'Nguyen', 'Okafor', 'Patel', "O'Neil"];
const SOURCES = ['Exit ticket', 'Quiz', 'IXL', 'Observation', 'Unit test', 'Tracker'];

type Seeded = { classId: string; students: number; skills: number; evidence: number };

/** A deterministic generator, so every run of the bench sees the same class. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A fresh app database with one class, written through the app's db module in one transaction. */
async function seed(studentCount: number, skillCount: number, perCell: number): Promise<Seeded> {
  const rand = lcg(35150);
  const t = Date.UTC(2026, 7, 20);
  const iso = (ms: number) => new Date(ms).toISOString();
  const cls: ClassRecord = { id: newId(), name: 'Math 6 · Period 2', subject: 'Math', grade: '6', term: '2026-27', archived: 0, createdAt: iso(t) };
  const students: Student[] = Array.from({ length: studentCount }, (_, i) => ({
    id: newId(),
    givenName: GIVEN[i % GIVEN.length]!,
    familyName: FAMILY[(i * 7) % FAMILY.length]!,
    preferredName: i % 9 === 0 ? 'Sam' : '',
    studentNumber: String(100_200 + i).padStart(8, '0'),
    email: '',
    notes: '',
    archived: 0,
    createdAt: iso(t),
  }));
  const enrollments: Enrollment[] = students.map((s) => ({ id: newId(), classId: cls.id, studentId: s.id, section: '', archived: 0 }));
  const framework: Framework = { id: newId(), title: 'Grade 6 Mathematics', creator: 'Bench', identifier: '' };
  const domains = ['RP', 'NS', 'EE', 'G', 'SP'];
  const skills: Skill[] = Array.from({ length: skillCount }, (_, i) => ({
    id: newId(),
    frameworkId: framework.id,
    code: `6.${domains[i % domains.length]}.${String.fromCharCode(65 + (Math.floor(i / 5) % 4))}.${1 + Math.floor(i / 20)}`,
    statement: `Understand and apply the ideas of skill ${i + 1} to solve real-world and mathematical problems.`,
    parentId: null,
    order: i,
  }));
  const classSkills: ClassSkill[] = skills.map((s, i) => ({ id: newId(), classId: cls.id, skillId: s.id, order: i }));
  // Twenty rounds of assessment over ten weeks; within a round, skill by skill, student by student,
  // each entered a second after the last (createdAt increasing). Ids are random, so the classId
  // index hands the rows back in no particular time order, as in a real database.
  const evidence: Evidence[] = [];
  const start = Date.UTC(2026, 8, 1);
  let entered = Date.UTC(2026, 8, 1, 15);
  for (let round = 0; round < perCell; round++) {
    for (let k = 0; k < skills.length; k++) {
      const day = Math.min(69, Math.floor((round * 70) / perCell) + (k % 3));
      const date = iso(start + day * 86_400_000).slice(0, 10);
      for (let j = 0; j < students.length; j++) {
        const growth = round / perCell;
        const score = rand() < 0.02 ? null : Math.min(4, 1 + Math.floor(rand() * 3 + growth * 1.5));
        const row: Evidence = {
          id: newId(),
          classId: cls.id,
          studentId: students[j]!.id,
          skillId: skills[k]!.id,
          score,
          date,
          source: `${SOURCES[(round + k) % SOURCES.length]} ${round + 1}`,
          note: rand() < 0.05 ? 'Needed a ratio table to get started.' : '',
          createdAt: iso((entered += 1000)),
        };
        if (rand() < 0.2) row.raw = `${55 + Math.floor(rand() * 45)}%`;
        evidence.push(row);
      }
    }
  }
  db.close();
  await db.delete();
  await db.open();
  await db.transaction('rw', [db.classes, db.students, db.enrollments, db.frameworks, db.skills, db.classSkills, db.evidence], async () => {
    await db.classes.add(cls);
    await db.students.bulkAdd(students);
    await db.enrollments.bulkAdd(enrollments);
    await db.frameworks.add(framework);
    await db.skills.bulkAdd(skills);
    await db.classSkills.bulkAdd(classSkills);
    await db.evidence.bulkAdd(evidence);
  });
  return { classId: cls.id, students: students.length, skills: skills.length, evidence: evidence.length };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the next frame has been painted: the second rAF runs after the first one's paint. */
const painted = async () => {
  await frame();
  await frame();
};

/** A fresh connection to the app's database (its current version), opened outside the timing. */
function openRaw(): Promise<IDBDatabase> {
  return request(indexedDB.open(DB_NAME));
}

type RawRead = { ms: number; evidence: number; students: number; skills: number };

/** What loadTrackerData reads, straight from IndexedDB: one transaction, requests pipelined. */
async function timeRaw(classId: string, evidenceOnly = false): Promise<RawRead> {
  const idb = await openRaw();
  try {
    const t0 = performance.now();
    const stores = evidenceOnly ? ['evidence'] : ['classes', 'enrollments', 'students', 'classSkills', 'skills', 'evidence'];
    const tx = idb.transaction(stores, 'readonly');
    const out: RawRead = { ms: 0, evidence: 0, students: 0, skills: 0 };
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    let evidence: Evidence[] = [];
    const students: Student[] = [];
    const skills: Skill[] = [];
    if (!evidenceOnly) {
      tx.objectStore('classes').get(classId);
      const enr = tx.objectStore('enrollments').index('classId').getAll(classId);
      enr.onsuccess = () => {
        const store = tx.objectStore('students');
        for (const e of enr.result as Enrollment[]) {
          const r = store.get(e.studentId);
          r.onsuccess = () => students.push(r.result as Student);
        }
      };
      const cs = tx.objectStore('classSkills').index('classId').getAll(classId);
      cs.onsuccess = () => {
        const store = tx.objectStore('skills');
        for (const c of cs.result as ClassSkill[]) {
          const r = store.get(c.skillId);
          r.onsuccess = () => skills.push(r.result as Skill);
        }
      };
    }
    const ev = tx.objectStore('evidence').index('classId').getAll(classId);
    ev.onsuccess = () => (evidence = ev.result as Evidence[]);
    await done;
    out.ms = performance.now() - t0;
    out.evidence = evidence.length;
    out.students = students.length;
    out.skills = skills.length;
    return out;
  } finally {
    idb.close();
  }
}

/** A window-sized box laid out like the app's shell: the sidebar's column, then the main area. */
function makeHost(): { host: HTMLElement; main: HTMLElement } {
  const host = document.createElement('div');
  host.className = 'shell';
  host.style.cssText = `position:fixed;inset:0;width:${WINDOW.width}px;height:${WINDOW.height}px;min-height:0;overflow:hidden;z-index:10;background:var(--bg)`;
  const sidebar = document.createElement('nav');
  sidebar.className = 'sidebar';
  const main = document.createElement('main');
  main.className = 'main';
  host.append(sidebar, main);
  document.body.append(host);
  return { host, main };
}

type TrackerRun = { ms: number; busyMs: number; cellsMs: number; cells: number; valued: number; readDoneMs: number };

// For the profile only: a middleware on the app's db that notes when each readonly transaction on
// the evidence store completes (loadTrackerData's), so a mount can be split into read and the rest.
let readDone: number[] = [];
const txTimes: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'bench-tx-times',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options): DBCoreTransaction {
      const tx = down.transaction(stores, mode, options);
      if (mode === 'readonly' && stores.includes('evidence')) {
        (tx as unknown as IDBTransaction).addEventListener('complete', () => readDone.push(performance.now()));
      }
      return tx;
    },
  }),
};
const TX_TIMES = { stack: 'dbcore', name: 'bench-tx-times' } as const;

const CELL_VALUES = '[role=grid] [role=gridcell] .cell-value';

function hasValuedCell(root: ParentNode): boolean {
  for (const el of root.querySelectorAll(CELL_VALUES)) if (el.textContent) return true;
  return false;
}

async function timeTracker(classId: string, instrumented = false): Promise<TrackerRun> {
  // A fresh connection: nothing Dexie kept for the last mount can help this one.
  db.close();
  if (instrumented) db.use(txTimes);
  else db.unuse(TX_TIMES);
  await db.open();
  readDone = [];
  const { host, main } = makeHost();
  const root = createRoot(main);
  await painted();
  let busyMs = NaN;
  let cellsMs = NaN;
  const t0 = performance.now();
  const cellsIn = new Promise<void>((resolve) => {
    const mo = new MutationObserver(() => {
      const now = performance.now() - t0;
      if (Number.isNaN(busyMs) && main.querySelector('section')) busyMs = now;
      if (hasValuedCell(main)) {
        cellsMs = now;
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(main, { childList: true, subtree: true, characterData: true });
  });
  root.render(
    <StrictMode>
      <MemoryRouter initialEntries={[`/classes/${classId}/tracker`]}>
        <Routes>
          <Route path="/classes/:classId/tracker" element={<TrackerPage />} />
        </Routes>
      </MemoryRouter>
    </StrictMode>,
  );
  await cellsIn;
  await painted();
  const ms = performance.now() - t0;
  const cellEls = main.querySelectorAll('[role=grid] [role=gridcell]');
  let valued = 0;
  for (const el of main.querySelectorAll(CELL_VALUES)) if (el.textContent) valued++;
  root.unmount();
  host.remove();
  const readDoneMs = readDone.length ? readDone[0]! - t0 : NaN;
  if (instrumented) {
    db.close();
    db.unuse(TX_TIMES);
    await db.open();
  }
  return { ms, busyMs, cellsMs, cells: cellEls.length, valued, readDoneMs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number) => Math.round(x * 10) / 10;

async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

/** loadTrackerData as the tracker runs it: inside a live query, to its first value. */
function loadLive(classId: string): Promise<TrackerData | null> {
  return new Promise((resolve, reject) => {
    const sub = liveQuery(() => loadTrackerData(classId)).subscribe({
      next: (v) => {
        resolve(v);
        queueMicrotask(() => sub.unsubscribe());
      },
      error: reject,
    });
  });
}

function matrixInput(data: TrackerData) {
  return {
    studentIds: data.students.map((s) => s.id),
    skillIds: data.skills.map((s) => s.skill.id),
    evidence: data.evidence,
    scale: data.settings.scale,
    method: data.settings.method,
    skillMethods: Object.fromEntries(data.skills.map((s) => [s.skill.id, s.classSkill.method])),
  };
}

type Profile = Record<string, number>;

/** The tracker's stages one at a time, on the same data (not part of the headline figure). */
async function profileOnce(classId: string): Promise<Profile> {
  db.close();
  await db.open();
  const plain = await timed(() => loadTrackerData(classId));
  db.close();
  await db.open();
  const live = await timed(() => loadLive(classId));
  const data = live.value!;
  const input = matrixInput(data);
  const matrix = await timed(() => masteryMatrix(input));
  // masteryMatrix's stages, re-done the same way one at a time.
  const sort = await timed(() =>
    [...data.evidence].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
  );
  const group = await timed(() => {
    const byCell = new Map<string, Map<string, Score[]>>();
    for (const id of input.studentIds) byCell.set(id, new Map());
    for (const e of sort.value) {
      const row = byCell.get(e.studentId)!;
      let scores = row.get(e.skillId);
      if (!scores) row.set(e.skillId, (scores = []));
      scores.push({ value: e.score, at: e.date });
    }
    return byCell;
  });
  // The alternative: group first, then sort each cell's ~20 rows by createdAt.
  const perCell = await timed(() => {
    const byCell = new Map<string, Map<string, Evidence[]>>();
    for (const id of input.studentIds) byCell.set(id, new Map());
    for (const e of data.evidence) {
      const row = byCell.get(e.studentId)!;
      let rows = row.get(e.skillId);
      if (!rows) row.set(e.skillId, (rows = []));
      rows.push(e);
    }
    const out = new Map<string, Map<string, Score[]>>();
    for (const [studentId, row] of byCell) {
      const cells = new Map<string, Score[]>();
      for (const [skillId, rows] of row) {
        rows.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
        cells.set(skillId, rows.map((e) => ({ value: e.score, at: e.date })));
      }
      out.set(studentId, cells);
    }
    return out;
  });
  const roll = await timed(() => {
    let n = 0;
    for (const row of group.value.values()) for (const scores of row.values()) n += rollup(scores, DEFAULT_METHOD, DEFAULT_SCALE) ?? 0;
    return n;
  });
  // What a live query adds to a read: it notes every row's primary key in a RangeSet.
  const ids = data.evidence.map((e) => e.id);
  const keys = await timed(() => new RangeSet().addKeys(ids));
  // One mount split at the moment loadTrackerData's transaction completed.
  const mount = await timeTracker(classId, true);
  return {
    mountReadDoneMs: mount.readDoneMs,
    mountReadDoneToCellsMs: mount.cellsMs - mount.readDoneMs,
    mountCellsToPaintMs: mount.ms - mount.cellsMs,
    mountTotalMs: mount.ms,
    liveQueryRangeSetAddKeysMs: keys.ms,
    loadTrackerDataMs: plain.ms,
    loadTrackerDataLiveQueryMs: live.ms,
    masteryMatrixMs: matrix.ms,
    sortByCreatedAtMs: sort.ms,
    groupMs: group.ms,
    groupThenSortEachCellMs: perCell.ms,
    rollupMs: roll.ms,
  };
}

export async function trackerFirstPaint(options: Record<string, unknown>): Promise<BrowserMeasure> {
  const num = (k: string, d: number) => (typeof options[k] === 'number' ? (options[k] as number) : d);
  const runs = num('runs', 7);
  const seeded = await seed(num('students', 35), num('skills', 150), num('perCell', 20));
  const { classId } = seeded;

  // Warm up both sides (JIT, IndexedDB backend, React, styles); not counted.
  await timeRaw(classId);
  const warm = await timeTracker(classId);
  if (warm.valued === 0) throw new Error('The tracker painted no cell with a value.');

  const raw: RawRead[] = [];
  const tracker: TrackerRun[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      raw.push(await timeRaw(classId));
      tracker.push(await timeTracker(classId));
    } else {
      tracker.push(await timeTracker(classId));
      raw.push(await timeRaw(classId));
    }
  }
  const r0 = raw[0]!;
  if (r0.evidence !== seeded.evidence || r0.students !== seeded.students || r0.skills !== seeded.skills) {
    throw new Error(`The raw read found ${r0.evidence} rows, ${r0.students} students, ${r0.skills} skills`);
  }
  const evidenceOnly: number[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) evidenceOnly.push((await timeRaw(classId, true)).ms);

  const profiles: Profile[] = [];
  for (let i = 0; i < Math.min(runs, 5); i++) profiles.push(await profileOnce(classId));
  const profile: Record<string, number> = {};
  for (const key of Object.keys(profiles[0]!)) profile[`profile.${key}`] = round(median(profiles.map((p) => p[key]!)));

  const rawMs = median(raw.map((r) => r.ms));
  const trackerMs = median(tracker.map((t) => t.ms));
  db.close();
  await db.delete();
  await db.open();
  return {
    value: trackerMs / rawMs,
    details: {
      students: seeded.students,
      skills: seeded.skills,
      evidenceRows: seeded.evidence,
      window: `${WINDOW.width}x${WINDOW.height}`,
      runs,
      trackerMedianMs: round(trackerMs),
      rawMedianMs: round(rawMs),
      rawEvidenceOnlyMedianMs: round(median(evidenceOnly)),
      // each run's tracker ms over the raw ms next to it: steadier when the machine is busy
      pairRatioMedian: Math.round(median(tracker.map((t, i) => t.ms / raw[i]!.ms)) * 100) / 100,
      trackerMs: tracker.map((t) => round(t.ms)),
      trackerCellsInDomMs: tracker.map((t) => round(t.cellsMs)),
      trackerBusyShellMs: tracker.map((t) => round(t.busyMs)),
      rawMs: raw.map((r) => round(r.ms)),
      gridCellsRendered: tracker[0]!.cells,
      gridCellsWithValue: tracker[0]!.valued,
      ...profile,
    },
  };
}
