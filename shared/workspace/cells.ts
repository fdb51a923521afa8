// One cell of a class's tracker: one student's scores on one skill, in the one canonical order
// every screen rolls them up in. Stored as a derived table (rebuildable from the evidence at any
// time, never the truth) so a class opens without reading every evidence row.
import { rollup, type Score } from '../mastery/rollup';
import type { CalculationMethod } from '../mastery/methods';
import type { MasteryScale } from '../mastery/scale';
import { dayNumber } from '../goals/dates';
import type { Evidence } from '../model';

const DAY_MS = 86_400_000;

/**
 * A cell's scores. `values` and `days` are parallel and in canonical order (see canonicalOrder);
 * a day is a day number (days since 1970-01-01, UTC) and NaN for an undated score. Typed arrays
 * so that reading a class's cells from IndexedDB is a handful of buffer copies, not a million
 * small objects. Evidence without a score (null) is no evidence at all and is not kept.
 */
export type CellRecord = {
  /** cellKey(classId, studentId, skillId) */
  id: string;
  classId: string;
  studentId: string;
  skillId: string;
  values: Float64Array;
  days: Float64Array;
};

export type CellEvidence = Pick<Evidence, 'id' | 'classId' | 'studentId' | 'skillId' | 'score' | 'date' | 'createdAt'>;

export function cellKey(classId: string, studentId: string, skillId: string): string {
  return `${classId}|${studentId}|${skillId}`;
}

export function parseCellKey(key: string): { classId: string; studentId: string; skillId: string } {
  const [classId = '', studentId = '', skillId = ''] = key.split('|');
  return { classId, studentId, skillId };
}

/**
 * The one order of a cell's scores: undated first, then by date; on the same date (or both
 * undated) the one entered first comes first, and evidence entered in the same instant keeps the
 * order of its ids. rollup() keeps this order, so it is also the order it rolls up in.
 */
export function canonicalOrder(a: CellEvidence, b: CellEvidence): number {
  const da = dayNumber(a.date);
  const dbb = dayNumber(b.date);
  const ua = Number.isNaN(da);
  const ub = Number.isNaN(dbb);
  if (ua !== ub) return ua ? -1 : 1;
  if (!ua && da !== dbb) return da - dbb;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** One cell from all of its evidence rows (any order); null when none has a score. */
export function cellFromEvidence(classId: string, studentId: string, skillId: string, rows: readonly CellEvidence[]): CellRecord | null {
  const scored = rows.filter((e) => typeof e.score === 'number' && Number.isFinite(e.score)).sort(canonicalOrder);
  if (scored.length === 0) return null;
  const values = new Float64Array(scored.length);
  const days = new Float64Array(scored.length);
  scored.forEach((e, i) => {
    values[i] = e.score as number;
    days[i] = dayNumber(e.date);
  });
  return { id: cellKey(classId, studentId, skillId), classId, studentId, skillId, values, days };
}

/** Every cell of a set of evidence rows, by cell key. */
export function cellsFromEvidence(rows: readonly CellEvidence[]): Map<string, CellRecord> {
  const groups = new Map<string, CellEvidence[]>();
  for (const e of rows) {
    const key = cellKey(e.classId, e.studentId, e.skillId);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(e);
  }
  const out = new Map<string, CellRecord>();
  for (const [key, list] of groups) {
    const first = list[0]!;
    const cell = cellFromEvidence(first.classId, first.studentId, first.skillId, list);
    if (cell) out.set(key, cell);
  }
  return out;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The cell's scores as the domain functions take them (rollup, goalStatus), in canonical order. */
export function cellScores(cell: CellRecord | undefined): Score[] {
  if (!cell) return [];
  const out: Score[] = new Array(cell.values.length);
  for (let i = 0; i < cell.values.length; i++) {
    const day = cell.days[i]!;
    out[i] = Number.isNaN(day) ? { value: cell.values[i]! } : { value: cell.values[i]!, at: dayToIso(day) };
  }
  return out;
}

/** The cell's rolled-up level under a method (null: no scores, or n_mastery not reached). */
export function cellValue(cell: CellRecord | undefined, method: CalculationMethod, scale: MasteryScale): number | null {
  if (!cell || cell.values.length === 0) return null;
  // Already in rollup's own order, so the dates are not needed to roll up.
  const scores: Score[] = new Array(cell.values.length);
  for (let i = 0; i < cell.values.length; i++) scores[i] = { value: cell.values[i]! };
  return rollup(scores, method, scale);
}

/** The last day the cell has a score on ('YYYY-MM-DD'), or null. */
export function cellLastDate(cell: CellRecord | undefined): string | null {
  if (!cell) return null;
  let last = NaN;
  for (const d of cell.days) if (!Number.isNaN(d) && (Number.isNaN(last) || d > last)) last = d;
  return Number.isNaN(last) ? null : dayToIso(last);
}

/**
 * The cell with one more score, entered now (so after every score of the same day): what the
 * cell will be once the write lands, shown at once so typing never waits for the disk.
 */
export function cellWithScore(cell: CellRecord | undefined, key: { classId: string; studentId: string; skillId: string }, value: number, date: string): CellRecord {
  const day = dayNumber(date);
  const values = cell ? Array.from(cell.values) : [];
  const days = cell ? Array.from(cell.days) : [];
  // After every undated score and every score on or before its day.
  let at = values.length;
  if (Number.isNaN(day)) {
    at = days.findIndex((d) => !Number.isNaN(d));
    if (at < 0) at = values.length;
  } else {
    while (at > 0 && !Number.isNaN(days[at - 1]!) && days[at - 1]! > day) at--;
  }
  values.splice(at, 0, value);
  days.splice(at, 0, day);
  return {
    id: cellKey(key.classId, key.studentId, key.skillId),
    ...key,
    values: Float64Array.from(values),
    days: Float64Array.from(days),
  };
}
