// Importing many evidence rows through the app's own write path (addEvidenceRows) against a raw
// IndexedDB bulk put of the same rows into a store with the same indexes, in the same page.
// Each run starts from a fresh database; raw and app runs alternate; medians are compared.
import type { Evidence } from '../../../shared';
import { db } from '../../../renderer/db/db';
import { addEvidenceRows } from '../../../renderer/db/evidence';
import { schemaVersions } from '../../../renderer/db/schema';
import type { BrowserMeasure } from '../api';

const RAW_DB = 'blendwise-bench-raw';

export function makeEvidenceRows(count: number): Evidence[] {
  const classIds = Array.from({ length: 20 }, () => crypto.randomUUID());
  const studentIds = Array.from({ length: 600 }, () => crypto.randomUUID());
  const skillIds = Array.from({ length: 60 }, () => crypto.randomUUID());
  const sources = ['Exit ticket 3', 'IXL 6.RP', 'Quiz 1', 'Observation', 'Unit test'];
  const start = Date.UTC(2026, 7, 24);
  const rows: Evidence[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(start + (i % 180) * 86_400_000);
    const row: Evidence = {
      id: crypto.randomUUID(),
      classId: classIds[i % classIds.length]!,
      studentId: studentIds[(i * 7) % studentIds.length]!,
      skillId: skillIds[(i * 13) % skillIds.length]!,
      score: i % 53 === 0 ? null : 1 + (i % 4),
      date: at.toISOString().slice(0, 10),
      source: sources[i % sources.length]!,
      note: i % 17 === 0 ? 'Needed a ratio table to get started.' : '',
      createdAt: new Date(start + i * 1000).toISOString(),
    };
    if (i % 5 === 1) row.raw = `${60 + (i % 40)}%`;
    rows.push(row);
  }
  return rows;
}

/** The evidence store's indexes as the app's latest schema declares them (Dexie syntax). */
function evidenceIndexes(): { name: string; keyPath: string | string[]; unique: boolean }[] {
  const spec = [...schemaVersions].reverse().find((v) => typeof v.stores.evidence === 'string')
    ?.stores.evidence;
  if (!spec) throw new Error('No evidence store in the schema.');
  const parts = spec.split(',').map((p) => p.trim());
  return parts.slice(1).map((p) => {
    const unique = p.startsWith('&');
    const name = p.replace(/^[&*]/, '');
    const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
    return { name, keyPath, unique };
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function freshRawDb(): Promise<IDBDatabase> {
  await request(indexedDB.deleteDatabase(RAW_DB));
  const open = indexedDB.open(RAW_DB, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('evidence', { keyPath: 'id' });
    for (const ix of evidenceIndexes()) store.createIndex(ix.name, ix.keyPath, { unique: ix.unique });
  };
  return request(open);
}

async function rawCount(idb: IDBDatabase): Promise<number> {
  return request(idb.transaction('evidence', 'readonly').objectStore('evidence').count());
}

/** One transaction, objectStore.put for each row, wait for complete. */
async function timeRaw(rows: Evidence[]): Promise<number> {
  const idb = await freshRawDb();
  try {
    const t0 = performance.now();
    const tx = idb.transaction('evidence', 'readwrite');
    const store = tx.objectStore('evidence');
    for (const row of rows) store.put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
    const ms = performance.now() - t0;
    const n = await rawCount(idb);
    if (n !== rows.length) throw new Error(`raw put stored ${n} of ${rows.length} rows`);
    return ms;
  } finally {
    idb.close();
    await request(indexedDB.deleteDatabase(RAW_DB));
  }
}

/** The app's own path, on the app's own database, fresh each run. */
async function timeApp(rows: Evidence[]): Promise<number> {
  db.close();
  await db.delete();
  await db.open();
  const t0 = performance.now();
  await addEvidenceRows(rows);
  const ms = performance.now() - t0;
  const n = await db.evidence.count();
  if (n !== rows.length) throw new Error(`addEvidenceRows stored ${n} of ${rows.length} rows`);
  db.close();
  await db.delete();
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round = (x: number) => Math.round(x * 10) / 10;

export async function evidenceImport(options: Record<string, unknown>): Promise<BrowserMeasure> {
  const count = typeof options.rows === 'number' ? options.rows : 100_000;
  const runs = typeof options.runs === 'number' ? options.runs : 7;
  const rows = makeEvidenceRows(count);
  // Warm up both paths (JIT, IndexedDB backend) on a small slice; not counted.
  const warm = rows.slice(0, Math.min(rows.length, 5000));
  await timeRaw(warm);
  await timeApp(warm);
  const raw: number[] = [];
  const app: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      raw.push(await timeRaw(rows));
      app.push(await timeApp(rows));
    } else {
      app.push(await timeApp(rows));
      raw.push(await timeRaw(rows));
    }
  }
  const rawMs = median(raw);
  const appMs = median(app);
  return {
    value: rawMs / appMs,
    details: {
      rows: count,
      runs,
      rawMedianMs: round(rawMs),
      appMedianMs: round(appMs),
      rawMs: raw.map(round),
      appMs: app.map(round),
    },
  };
}
