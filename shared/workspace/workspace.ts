// The class workspace: everything a class screen shows, derived by pure functions from the
// class's decoded records and its cells. The rules that turn records into numbers (a skill's
// effective method, a cell's scores in order, levels) are applied here once, so two screens can
// never give two numbers for one student and skill.
import type { Score } from '../mastery/rollup';
import type { CalculationMethod } from '../mastery/methods';
import { effectiveMethodOf } from '../mastery/effectiveMethod';
import type { CellSummary, MasteryMatrix } from '../masteryMatrix';
import { classMastery } from '../masteryMatrix';
import type { ClassMasterySettings, ClassRecord, ClassSkill, Enrollment, Skill, Student } from '../model';
import type { CheckIn, GoalRecord } from '../records';
import { cellKey, cellLastDate, cellScores, cellValue, parseCellKey, type CellRecord } from './cells';

/** A skill the class tracks, with its class-skill record (order, own method). */
export type TrackedSkill = { skill: Skill; classSkill: ClassSkill };

export type RosterEntry = { student: Student; enrollment: Enrollment };

export type WorkspaceInput = {
  cls: ClassRecord;
  /** the class's current (not archived) students, in the order screens list them */
  roster: readonly RosterEntry[];
  /** tracked skills in the class's order */
  skills: readonly TrackedSkill[];
  cells: Iterable<CellRecord>;
  /** every student of the class, archived ones too (default: `roster`) */
  allRoster?: readonly RosterEntry[];
  /** the class's goals and their check-ins */
  goals?: readonly GoalRecord[];
  checkIns?: readonly CheckIn[];
  /** skills that the class's goals name but the class no longer tracks */
  otherSkills?: readonly Skill[];
};

export type ClassWorkspace = {
  classId: string;
  cls: ClassRecord;
  settings: ClassMasterySettings;
  roster: readonly RosterEntry[];
  students: Student[];
  skills: TrackedSkill[];
  /** each tracked skill's effective method: its own in this class, else the class's */
  methodOf: (skillId: string) => CalculationMethod;
  /** student id -> skill id -> the cell's scores (only cells with scores) */
  cells: ReadonlyMap<string, ReadonlyMap<string, CellRecord>>;
  /** student id -> skill id -> rolled-up level, count and last date, for every student and skill */
  matrix: MasteryMatrix;
  /** every student of the class, archived ones too, in the roster's order */
  allRoster: readonly RosterEntry[];
  goals: readonly GoalRecord[];
  checkIns: readonly CheckIn[];
  /** skills that the class's goals name but the class no longer tracks */
  otherSkills: readonly Skill[];
  /**
   * The class's other cells (cell key -> cell): archived students' and untracked skills', which
   * `cells` and `matrix` leave out, so a goal on them still finds its scores.
   */
  otherCells: ReadonlyMap<string, CellRecord>;
};

const EMPTY: CellSummary = { value: null, count: 0, last: null };

function summarise(cell: CellRecord | undefined, method: CalculationMethod, settings: ClassMasterySettings): CellSummary {
  if (!cell) return EMPTY;
  const summary: CellSummary = { value: cellValue(cell, method, settings.scale), count: cell.values.length, last: cellLastDate(cell) };
  // "Not yet (2 of 5)" is a different fact from "never assessed": the tracker says which.
  if (method.kind === 'n_mastery') {
    let have = 0;
    for (const v of cell.values) if (v >= settings.scale.masteryPoints) have++;
    summary.atMastery = { have, need: Math.max(1, method.n) };
  }
  return summary;
}

type RowInput = {
  skills: readonly TrackedSkill[];
  methodOf: (skillId: string) => CalculationMethod;
  settings: ClassMasterySettings;
  cells: ReadonlyMap<string, ReadonlyMap<string, CellRecord>>;
  /** the row of a student with no scores, the same for all of them (rows are replaced, never changed) */
  emptyRow?: Map<string, CellSummary>;
};

function matrixRow(studentId: string, ws: RowInput): Map<string, CellSummary> {
  const cells = ws.cells.get(studentId);
  // A district-size roster is mostly students without scores: one row for them all.
  if (!cells) return (ws.emptyRow ??= new Map(ws.skills.map(({ skill }) => [skill.id, EMPTY])));
  const row = new Map<string, CellSummary>();
  for (const { skill } of ws.skills) row.set(skill.id, summarise(cells.get(skill.id), ws.methodOf(skill.id), ws.settings));
  return row;
}

/**
 * The rolled-up levels of these students on these skills from the class's cells, each skill under
 * its effective method: the one way every screen computes them.
 */
export function cellMatrix(input: {
  settings: ClassMasterySettings;
  studentIds: readonly string[];
  skills: readonly TrackedSkill[];
  cells: Iterable<CellRecord>;
}): MasteryMatrix {
  const methodOf = effectiveMethodOf(input.settings, input.skills.map((s) => s.classSkill));
  const wanted = new Set(input.studentIds);
  const cells = new Map<string, Map<string, CellRecord>>();
  for (const cell of input.cells) {
    if (!wanted.has(cell.studentId)) continue;
    let row = cells.get(cell.studentId);
    if (!row) cells.set(cell.studentId, (row = new Map()));
    row.set(cell.skillId, cell);
  }
  const base: RowInput = { settings: input.settings, skills: input.skills, methodOf, cells };
  return new Map(input.studentIds.map((id) => [id, matrixRow(id, base)]));
}

export function buildWorkspace(input: WorkspaceInput): ClassWorkspace {
  const settings = classMastery(input.cls);
  const skills = [...input.skills];
  const methodOf = effectiveMethodOf(settings, skills.map((s) => s.classSkill));
  const students = input.roster.map((r) => r.student);
  const studentIds = new Set(students.map((s) => s.id));
  const skillIds = new Set(skills.map((s) => s.skill.id));
  const cells = new Map<string, Map<string, CellRecord>>();
  const otherCells = new Map<string, CellRecord>();
  for (const cell of input.cells) {
    if (cell.classId !== input.cls.id) continue;
    if (!studentIds.has(cell.studentId) || !skillIds.has(cell.skillId)) {
      otherCells.set(cell.id, cell);
      continue;
    }
    let row = cells.get(cell.studentId);
    if (!row) cells.set(cell.studentId, (row = new Map()));
    row.set(cell.skillId, cell);
  }
  const base: RowInput = { settings, skills, methodOf, cells };
  const matrix: MasteryMatrix = new Map(students.map((s) => [s.id, matrixRow(s.id, base)]));
  return {
    classId: input.cls.id,
    cls: input.cls,
    settings,
    roster: input.roster,
    students,
    skills,
    methodOf,
    cells,
    matrix,
    allRoster: input.allRoster ?? input.roster,
    goals: input.goals ?? [],
    checkIns: input.checkIns ?? [],
    otherSkills: input.otherSkills ?? [],
    otherCells,
  };
}

/**
 * The workspace with some cells replaced (a cell's new scores) or removed (null: no scores left).
 * Only the rows of the students concerned are rebuilt, and only their changed cells rolled up
 * again: a keystroke costs one cell, not the class.
 */
export function withCells(ws: ClassWorkspace, changes: ReadonlyMap<string, CellRecord | null>): ClassWorkspace {
  if (changes.size === 0) return ws;
  const cells = new Map(ws.cells as Map<string, Map<string, CellRecord>>);
  const matrix: MasteryMatrix = new Map(ws.matrix);
  const tracked = new Set(ws.skills.map((s) => s.skill.id));
  let otherCells: Map<string, CellRecord> | null = null;
  for (const [key, cell] of changes) {
    const { classId, studentId, skillId } = parseCellKey(key);
    if (classId !== ws.classId) continue;
    if (!matrix.has(studentId) || !tracked.has(skillId)) {
      otherCells ??= new Map(ws.otherCells);
      if (cell) otherCells.set(key, cell);
      else otherCells.delete(key);
      continue;
    }
    const row = new Map(cells.get(studentId) ?? []);
    if (cell) row.set(skillId, cell);
    else row.delete(skillId);
    cells.set(studentId, row);
    const summaries = new Map(matrix.get(studentId)!);
    summaries.set(skillId, summarise(cell ?? undefined, ws.methodOf(skillId), ws.settings));
    matrix.set(studentId, summaries);
  }
  return { ...ws, cells, matrix, otherCells: otherCells ?? ws.otherCells };
}

/** One student's cell on one skill, wherever it is kept (current or archived student, tracked or not). */
export function cellOf(
  ws: Pick<ClassWorkspace, 'classId' | 'cells' | 'otherCells'>,
  studentId: string,
  skillId: string,
): CellRecord | undefined {
  return ws.cells.get(studentId)?.get(skillId) ?? ws.otherCells.get(cellKey(ws.classId, studentId, skillId));
}

/** Every cell of the class: current students' on tracked skills, then the others. */
export function allCells(ws: Pick<ClassWorkspace, 'cells' | 'otherCells'>): CellRecord[] {
  const out: CellRecord[] = [];
  for (const row of ws.cells.values()) for (const cell of row.values()) out.push(cell);
  for (const cell of ws.otherCells.values()) out.push(cell);
  return out;
}

/** One student's scores on every skill that has any, as goalStatus takes them. */
export function scoresOf(ws: Pick<ClassWorkspace, 'cells'>, studentId: string): Record<string, Score[]> {
  const out: Record<string, Score[]> = {};
  for (const [skillId, cell] of ws.cells.get(studentId) ?? []) out[skillId] = cellScores(cell);
  return out;
}

/** The level of one student on one skill, as every screen shows it. */
export function levelOf(ws: Pick<ClassWorkspace, 'matrix'>, studentId: string, skillId: string): number | null {
  return ws.matrix.get(studentId)?.get(skillId)?.value ?? null;
}
