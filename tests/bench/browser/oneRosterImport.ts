// A district-size OneRoster import (100,000 students, 5,000 classes, each student in 2 classes)
// through the app's own path: parse and plan (in the app these run in the import worker; here in
// the page, timed apart), then applyRosterSync's write, against a raw IndexedDB put of the same
// class, student and enrollment rows into stores with the same indexes, in the same page. The
// export is generated here, never kept as a file. Each run starts from a fresh database.
import { db } from '../../../renderer/db/db';
import { applyRosterSync, readRosterSnapshot } from '../../../renderer/db/ecosystemImport';
import { schemaVersions } from '../../../renderer/db/schema';
import { planRosterSync, type RosterSyncPlan } from '../../../shared/import/oneRoster/resync';
import { parseRosterExport } from '../../../shared/import/rosterExport';
import type { BrowserMeasure } from '../api';
import { makeExport } from '../oneRosterExport';

const RAW_DB = 'blendwise-bench-raw-roster';
const TABLES = ['classes', 'students', 'enrollments'] as const;

/** A table's indexes as the app's latest schema declares them (Dexie syntax). */
function indexesOf(table: string): { name: string; keyPath: string | string[]; unique: boolean }[] {
  const spec = [...schemaVersions].reverse().find((v) => typeof v.stores[table] === 'string')?.stores[table];
  if (!spec) throw new Error(`No ${table} store in the schema.`);
  return spec
    .split(',')
    .map((p) => p.trim())
    .slice(1)
    .map((p) => {
      const name = p.replace(/^[&*]/, '');
      return { name, keyPath: name.startsWith('[') ? name.slice(1, -1).split('+') : name, unique: p.startsWith('&') };
    });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

type Rows = Record<(typeof TABLES)[number], object[]>;

/** One transaction over the three stores, objectStore.put for each row, wait for complete. */
async function timeRaw(rows: Rows): Promise<number> {
  await request(indexedDB.deleteDatabase(RAW_DB));
  const open = indexedDB.open(RAW_DB, 1);
  open.onupgradeneeded = () => {
    for (const table of TABLES) {
      const store = open.result.createObjectStore(table, { keyPath: 'id' });
      for (const ix of indexesOf(table)) store.createIndex(ix.name, ix.keyPath, { unique: ix.unique });
    }
  };
  const idb = await request(open);
  try {
    const t0 = performance.now();
    const tx = idb.transaction([...TABLES], 'readwrite');
    for (const table of TABLES) {
      const store = tx.objectStore(table);
      for (const row of rows[table]) store.put(row);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    return performance.now() - t0;
  } finally {
    idb.close();
    await request(indexedDB.deleteDatabase(RAW_DB));
  }
}

async function freshAppDb() {
  db.close();
  await db.delete();
  await db.open();
}

/** The rows the import writes, built the way applyRosterSync builds them, for the raw put. */
function rowsOf(plan: RosterSyncPlan): Rows {
  const now = new Date().toISOString();
  const classId = new Map<string, string>();
  const studentId = new Map<string, string>();
  const classes = plan.classes.map((c) => {
    const id = crypto.randomUUID();
    classId.set(c.key, id);
    return { id, name: c.fields.name, subject: c.fields.subject, grade: c.fields.grade, term: c.fields.term, termStart: c.fields.termStart, termEnd: c.fields.termEnd, archived: 0, createdAt: now, sourcedId: c.fields.sourcedId };
  });
  const students = plan.students.map((s) => {
    const id = crypto.randomUUID();
    studentId.set(s.key, id);
    return { id, ...s.fields, notes: '', archived: 0, createdAt: now };
  });
  const enrollments = plan.enroll.map((e) => ({ id: crypto.randomUUID(), classId: classId.get(e.classKey)!, studentId: studentId.get(e.studentKey)!, section: '', archived: 0 }));
  return { classes, students, enrollments };
}

/** The app's path on a fresh database; hands back its timings and the plan it wrote. */
async function timeApp(files: Record<string, string>) {
  await freshAppDb();
  const t0 = performance.now();
  const parsed = parseRosterExport(files);
  const t1 = performance.now();
  const snapshot = await readRosterSnapshot();
  const plan = planRosterSync(parsed, snapshot);
  const t2 = performance.now();
  const result = await applyRosterSync(plan);
  const t3 = performance.now();
  const [classes, students, enrollments] = await Promise.all([db.classes.count(), db.students.count(), db.enrollments.count()]);
  if (students !== parsed.students.length || classes !== parsed.classes.length || enrollments !== result.joined) {
    throw new Error(`the import stored ${students} students, ${classes} classes and ${enrollments} enrollments`);
  }
  return { parseMs: t1 - t0, planMs: t2 - t1, writeMs: t3 - t2, plan };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number) => Math.round(x);

export async function oneRosterImport(options: Record<string, unknown>): Promise<BrowserMeasure> {
  const students = typeof options.students === 'number' ? options.students : 100_000;
  const classes = typeof options.classes === 'number' ? options.classes : 5_000;
  const runs = typeof options.runs === 'number' ? options.runs : 3;
  const files = makeExport(students, classes);
  // Warm up both paths on a small export; not counted.
  const warm = await timeApp(makeExport(2000, 100));
  await timeRaw(rowsOf(warm.plan));
  const parse: number[] = [];
  const plan: number[] = [];
  const write: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await timeApp(files);
    parse.push(app.parseMs);
    plan.push(app.planMs);
    write.push(app.writeMs);
    const rows = rowsOf(app.plan);
    await freshAppDb();
    raw.push(await timeRaw(rows));
  }
  await freshAppDb();
  const writeMs = median(write);
  const rawMs = median(raw);
  return {
    value: rawMs / writeMs,
    details: {
      students,
      classes,
      enrollments: students * 2,
      runs,
      rawMedianMs: round(rawMs),
      writeMedianMs: round(writeMs),
      parseMedianMs: round(median(parse)),
      planMedianMs: round(median(plan)),
      totalMedianMs: round(median(parse) + median(plan) + writeMs),
      writeMs: write.map(round),
      rawMs: raw.map(round),
    },
  };
}
