// The tracker's first paint for a full class (35 students x 150 skills x 20 scores per cell:
// 105,000 evidence rows, class A of the shared year-of-data database, bigDb.ts: 1,000,000 evidence
// rows in all) against reading the class's evidence rows straight from IndexedDB, in the same page.
//
// Tracker: from mounting <TrackerPage/> (a fresh React root, a freshly opened Dexie connection, and
// the class workspace the last mount kept dropped, so nothing Dexie or the app kept from an earlier
// run can help) until the grid's cells with values are in the DOM and a frame has been painted
// (double requestAnimationFrame).
// Raw: one readonly IndexedDB transaction on a fresh connection reading the class's evidence rows,
// index('classId').getAll(classId), timed until the transaction completes: what opening the class
// cost before the derived cells table (the tracker now reads its cells, never its evidence).
// Runs alternate; medians are compared. A profile of the tracker's stages, each run on its own
// after the timed runs, goes into the details.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import { buildWorkspace, type CellRecord, type ClassSkill, type Enrollment, type Evidence, type Skill, type Student } from '../../../shared';
import { db } from '../../../renderer/db/db';
import { DB_NAME } from '../../../renderer/db/schema';
import { listRoster } from '../../../renderer/db/students';
import { TrackerPage } from '../../../renderer/mastery/tracker/TrackerPage';
import '../../../renderer/styles.css';
import type { BrowserMeasure } from '../api';
import { ensureBigDb, shapeFrom } from './bigDb';
import { median, painted, round, unmountDropping, WINDOW } from './harness';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A fresh connection to the app's database (its current version), opened outside the timing. */
function openRaw(): Promise<IDBDatabase> {
  return request(indexedDB.open(DB_NAME));
}

type RawRead = { ms: number; evidence: number; students: number; skills: number; cells: number };

/**
 * Straight from IndexedDB, one transaction, requests pipelined: the class's evidence rows by
 * classId (evidenceOnly), or what the tracker reads now (the class, its roster and skills, and its
 * cells by classId), or the class, roster, skills and evidence (what it read before the cells).
 */
async function timeRaw(classId: string, what: 'evidenceOnly' | 'cells' | 'evidence'): Promise<RawRead> {
  const idb = await openRaw();
  try {
    const t0 = performance.now();
    const rowsStore = what === 'cells' ? 'cells' : 'evidence';
    const stores = what === 'evidenceOnly' ? ['evidence'] : ['classes', 'enrollments', 'students', 'classSkills', 'skills', rowsStore];
    const tx = idb.transaction(stores, 'readonly');
    const out: RawRead = { ms: 0, evidence: 0, students: 0, skills: 0, cells: 0 };
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    let rows: unknown[] = [];
    const students: Student[] = [];
    const skills: Skill[] = [];
    if (what !== 'evidenceOnly') {
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
    const ev = tx.objectStore(rowsStore).index('classId').getAll(classId);
    ev.onsuccess = () => (rows = ev.result as unknown[]);
    await done;
    out.ms = performance.now() - t0;
    if (rowsStore === 'cells') out.cells = rows.length;
    else out.evidence = (rows as Evidence[]).length;
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
// the cells store completes (the workspace's read of the class's cells), so a mount can be split
// into read and the rest.
let readDone: number[] = [];
const txTimes: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'bench-tx-times',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options): DBCoreTransaction {
      const tx = down.transaction(stores, mode, options);
      if (mode === 'readonly' && stores.includes('cells')) {
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
  // The workspace the app keeps for a minute after a class is left goes too: the next run opens
  // the class as if for the first time.
  await unmountDropping(root, host);
  const readDoneMs = readDone.length ? readDone[0]! - t0 : NaN;
  if (instrumented) {
    db.close();
    db.unuse(TX_TIMES);
    await db.open();
  }
  if (Number.isNaN(busyMs)) throw new Error('The tracker painted its cells without first saying it was loading: a kept workspace was reused.');
  return { ms, busyMs, cellsMs, cells: cellEls.length, valued, readDoneMs };
}

async function timed<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

type Profile = Record<string, number>;

/** The class's cells straight from IndexedDB: by the classId index, or by the primary key range
 * (a cell's id starts with its class's id, so a class's cells sit together in the store). */
async function timeRawCells(classId: string, by: 'index' | 'keyRange'): Promise<{ ms: number; n: number }> {
  const idb = await openRaw();
  try {
    const t0 = performance.now();
    const store = idb.transaction('cells', 'readonly').objectStore('cells');
    const req = by === 'index' ? store.index('classId').getAll(classId) : store.getAll(IDBKeyRange.bound(`${classId}|`, `${classId}|\uffff`));
    const rows = await request(req);
    return { ms: performance.now() - t0, n: rows.length };
  } finally {
    idb.close();
  }
}

/** The tracker's stages one at a time, on the same data (not part of the headline figure). */
async function profileOnce(classId: string): Promise<Profile> {
  const rawCells = await timeRaw(classId, 'cells');
  const byIndex = await timeRawCells(classId, 'index');
  const byKey = await timeRawCells(classId, 'keyRange');
  if (byIndex.n !== byKey.n) throw new Error(`cells by index ${byIndex.n}, by key range ${byKey.n}`);
  db.close();
  await db.open();
  const frame = await timed(() =>
    db.transaction('r', [db.classes, db.enrollments, db.students, db.classSkills, db.skills], async () => {
      const cls = (await db.classes.get(classId))!;
      const roster = await listRoster(classId);
      const classSkills = (await db.classSkills.where('classId').equals(classId).toArray()).sort((a, b) => a.order - b.order);
      const skills = await db.skills.bulkGet(classSkills.map((c) => c.skillId));
      return { cls, roster, skills: classSkills.map((classSkill, i) => ({ skill: skills[i]!, classSkill })) };
    }),
  );
  db.close();
  await db.open();
  const cells = await timed(() => db.cells.where('classId').equals(classId).toArray());
  const ws = await timed(() => buildWorkspace({ ...frame.value, cells: (cells.value as CellRecord[]).values() }));
  // One mount split at the moment the workspace's read of the cells completed.
  const mount = await timeTracker(classId, true);
  return {
    mountCellsReadDoneMs: mount.readDoneMs,
    mountCellsReadDoneToCellsInDomMs: mount.cellsMs - mount.readDoneMs,
    mountCellsInDomToPaintMs: mount.ms - mount.cellsMs,
    mountTotalMs: mount.ms,
    rawClassRosterSkillsCellsMs: rawCells.ms,
    rawCellsByClassIdIndexMs: byIndex.ms,
    rawCellsByPrimaryKeyRangeMs: byKey.ms,
    dexieFrameReadMs: frame.ms,
    dexieCellsReadMs: cells.ms,
    buildWorkspaceMs: ws.ms,
    cellsRead: cells.value.length,
  };
}

export async function trackerFirstPaint(options: Record<string, unknown>): Promise<BrowserMeasure> {
  const runs = typeof options.runs === 'number' ? options.runs : 7;
  const big = await ensureBigDb(shapeFrom(options), (s) => console.log(`[bigdb] ${s}`));
  const classId = big.classA;

  // Warm up both sides (JIT, IndexedDB backend, React, styles); not counted.
  await timeRaw(classId, 'evidenceOnly');
  const warm = await timeTracker(classId);
  if (warm.valued === 0) throw new Error('The tracker painted no cell with a value.');

  const raw: RawRead[] = [];
  const tracker: TrackerRun[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      raw.push(await timeRaw(classId, 'evidenceOnly'));
      tracker.push(await timeTracker(classId));
    } else {
      tracker.push(await timeTracker(classId));
      raw.push(await timeRaw(classId, 'evidenceOnly'));
    }
  }
  const r0 = raw[0]!;
  if (r0.evidence < 105_000) throw new Error(`The raw read found ${r0.evidence} evidence rows`);
  const withFrame: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) withFrame.push((await timeRaw(classId, 'evidence')).ms);

  const profiles: Profile[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) profiles.push(await profileOnce(classId));
  const profile: Record<string, number> = {};
  for (const key of Object.keys(profiles[0]!)) profile[`profile.${key}`] = round(median(profiles.map((p) => p[key]!)));

  const rawMs = median(raw.map((r) => r.ms));
  const trackerMs = median(tracker.map((t) => t.ms));
  return {
    value: trackerMs / rawMs,
    details: {
      students: 35,
      skills: 150,
      classEvidenceRows: r0.evidence,
      evidenceRowsInDb: big.evidence,
      studentsInDb: big.students,
      window: `${WINDOW.width}x${WINDOW.height}`,
      runs,
      trackerMedianMs: round(trackerMs),
      rawEvidenceMedianMs: round(rawMs),
      rawClassRosterSkillsEvidenceMedianMs: round(median(withFrame)),
      // each run's tracker ms over the raw ms next to it: steadier when the machine is busy
      pairRatioMedian: Math.round(median(tracker.map((t, i) => t.ms / raw[i]!.ms)) * 100) / 100,
      trackerMs: tracker.map((t) => round(t.ms)),
      trackerCellsInDomMs: tracker.map((t) => round(t.cellsMs)),
      trackerBusyShellMs: tracker.map((t) => round(t.busyMs)),
      rawEvidenceMs: raw.map((r) => round(r.ms)),
      gridCellsRendered: tracker[0]!.cells,
      gridCellsWithValue: tracker[0]!.valued,
      ...profile,
    },
  };
}
