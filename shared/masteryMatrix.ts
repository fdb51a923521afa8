import { levelFor, rollup, type CalculationMethod, type MasteryScale, type Score } from './mastery';
import { DEFAULT_CUT_SCORES, DEFAULT_METHOD, DEFAULT_SCALE } from './mastery';
import type { ClassMasterySettings, ClassRecord, Evidence } from './model';

export function classMastery(cls: Pick<ClassRecord, 'mastery'> | undefined | null): ClassMasterySettings {
  return cls?.mastery ?? { scale: DEFAULT_SCALE, method: DEFAULT_METHOD, cutScores: DEFAULT_CUT_SCORES };
}

export type CellSummary = {
  value: number | null;
  count: number;
  last: string | null;
  /** under "Mastery n times": how many scores are at mastery so far, of the n needed */
  atMastery?: { have: number; need: number };
};

export type MatrixInput = {
  studentIds: string[];
  skillIds: string[];
  evidence: Pick<Evidence, 'studentId' | 'skillId' | 'score' | 'date' | 'createdAt'>[];
  scale: MasteryScale;
  method: CalculationMethod;
  /** per-skill overrides of the class method */
  skillMethods?: Record<string, CalculationMethod | undefined>;
};

/** student id -> skill id -> the rolled-up value of that student's evidence on that skill. */
export type MasteryMatrix = Map<string, Map<string, CellSummary>>;

const EMPTY: CellSummary = { value: null, count: 0, last: null };

export function masteryMatrix(input: MatrixInput): MasteryMatrix {
  const wanted = new Set(input.skillIds);
  type Entry = { value: number | null; at: string; createdAt: string };
  const byCell = new Map<string, Map<string, Entry[]>>();
  for (const id of input.studentIds) byCell.set(id, new Map());
  for (const e of input.evidence) {
    const row = byCell.get(e.studentId);
    if (!row || !wanted.has(e.skillId)) continue;
    let entries = row.get(e.skillId);
    if (!entries) row.set(e.skillId, (entries = []));
    entries.push({ value: e.score, at: e.date, createdAt: e.createdAt });
  }
  // Entry order breaks ties between scores on the same day. Sorting each cell's few rows by when
  // they were recorded is far cheaper than sorting the whole class's evidence at once.
  const byEntry = (a: Entry, b: Entry) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
  const out: MasteryMatrix = new Map();
  for (const [studentId, row] of byCell) {
    const cells = new Map<string, CellSummary>();
    for (const skillId of input.skillIds) {
      const entries = row.get(skillId);
      if (!entries) {
        cells.set(skillId, EMPTY);
        continue;
      }
      const scores: Score[] = entries.sort(byEntry);
      const method = input.skillMethods?.[skillId] ?? input.method;
      let last: string | null = null;
      let count = 0;
      for (const s of scores) {
        if (s.value === null) continue;
        count++;
        if (s.at && (!last || s.at > last)) last = s.at;
      }
      cells.set(skillId, { value: rollup(scores, method, input.scale), count, last });
    }
    out.set(studentId, cells);
  }
  return out;
}

/** How many students sit at each level of the scale on one skill (no evidence: counted apart). */
export function levelDistribution(matrix: MasteryMatrix, skillId: string, scale: MasteryScale): { counts: number[]; none: number } {
  const counts = scale.levels.map(() => 0);
  let none = 0;
  for (const cells of matrix.values()) {
    const value = cells.get(skillId)?.value ?? null;
    const level = levelFor(value, scale);
    if (!level) none++;
    else counts[scale.levels.indexOf(level)]!++;
  }
  return { counts, none };
}

/** The tracked skills on which a student has evidence and sits below mastery. */
export function skillsBelowMastery(cells: Map<string, CellSummary> | undefined, scale: MasteryScale): string[] {
  const out: string[] = [];
  for (const [skillId, cell] of cells ?? []) if (cell.value !== null && cell.value < scale.masteryPoints) out.push(skillId);
  return out;
}
