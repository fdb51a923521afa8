import {
  levelDistribution,
  levelFor,
  roundHalfUp2,
  skillsBelowMastery,
  type CalculationMethod,
  type MasteryLevel,
  type MasteryMatrix,
  type MasteryScale,
  type Student,
} from '../../../shared';
import type { TrackedSkill } from '../../db/mastery';

/**
 * How many skill columns one printed grid holds. A landscape page (A4 or Letter, 10 mm margins)
 * gives each of 12 skills about 19 mm next to the names: room for "M 3.53" in a legible size.
 */
export const GRID_SKILLS_PER_PAGE = 12;

/** The same default as the tracker's "needs attention" filter. */
export const DEFAULT_ATTENTION_MIN = 3;

export type ReportSkill = {
  id: string;
  code: string;
  statement: string;
  /** students at each level of the scale, in the scale's order (high to low) */
  counts: number[];
  /** students without a rolled-up level (no evidence, or a method that has no result yet) */
  none: number;
  /** the mean of the students' rolled-up levels, rounded to 2 decimals; null when nobody has one */
  mean: number | null;
  meanLevel: MasteryLevel | null;
  /** students at or above mastery */
  atMastery: number;
  /** the skill's own method in this class, when it does not use the class's */
  method: CalculationMethod | null;
};

export type ReportCell = { value: number | null; level: MasteryLevel | null; below: boolean };

export type ReportStudent = {
  id: string;
  /** "Family, First" as the tracker lists them */
  name: string;
  cells: ReportCell[];
  /** codes of the skills the student has a level on and sits below mastery */
  below: string[];
};

export type MasteryReport = {
  skills: ReportSkill[];
  students: ReportStudent[];
  /** students below mastery on at least `attentionMin` skills, the most skills first */
  attention: ReportStudent[];
  /** how many student-skill cells hold a level: 0 means there is nothing to report yet */
  scoredCells: number;
};

/** "Lindqvist, Zoë" (the preferred name when there is one), as the tracker lists a student. */
export function listName(s: Pick<Student, 'givenName' | 'familyName' | 'preferredName'>): string {
  const first = s.preferredName.trim() || s.givenName.trim();
  const family = s.familyName.trim();
  return (family && first ? `${family}, ${first}` : family || first) || 'Unnamed student';
}

/**
 * A short mark for each level, so a printed cell says its level without colour: the first letter
 * of the label (as the tracker shows), longer where two labels would share it, the points when a
 * label is empty. Keyed by the level's points.
 */
export function levelAbbreviations(scale: MasteryScale): Map<number, string> {
  const labels = scale.levels.map((l) => l.label.trim());
  const out = new Map<number, string>();
  scale.levels.forEach((level, i) => {
    const label = labels[i]!;
    if (!label) {
      out.set(level.points, String(level.points));
      return;
    }
    const chars = [...label];
    let length = 1;
    const clashes = (n: number) =>
      labels.some((other, j) => j !== i && other && [...other].slice(0, n).join('').toUpperCase() === chars.slice(0, n).join('').toUpperCase());
    while (length < chars.length && clashes(length)) length++;
    const short = chars.slice(0, length).join('');
    out.set(level.points, short.slice(0, 1).toUpperCase() + short.slice(1));
  });
  return out;
}

/** Consecutive slices of at most `size` items: the grid's pages of skill columns. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

/**
 * Everything the printed report shows, from the class's rolled-up matrix (classMatrix): nothing
 * here rolls scores up again. Students keep the order they are given in; skills keep the class's
 * tracked order.
 */
export function masteryReport(input: {
  students: Student[];
  skills: TrackedSkill[];
  matrix: MasteryMatrix;
  scale: MasteryScale;
  attentionMin: number;
}): MasteryReport {
  const { students, skills, matrix, scale } = input;
  const codes = new Map(skills.map((t) => [t.skill.id, t.skill.code.trim() || t.skill.statement]));
  let scoredCells = 0;

  const reportSkills: ReportSkill[] = skills.map(({ skill, classSkill }) => {
    const { counts, none } = levelDistribution(matrix, skill.id, scale);
    let sum = 0;
    let scored = 0;
    let atMastery = 0;
    for (const cells of matrix.values()) {
      const value = cells.get(skill.id)?.value ?? null;
      if (value === null || !Number.isFinite(value)) continue;
      sum += value;
      scored++;
      if (value >= scale.masteryPoints) atMastery++;
    }
    const mean = scored ? roundHalfUp2(sum / scored) : null;
    return {
      id: skill.id,
      code: skill.code.trim() || skill.statement,
      statement: skill.statement,
      counts,
      none,
      mean,
      meanLevel: levelFor(mean, scale),
      atMastery,
      method: classSkill.method ?? null,
    };
  });

  const reportStudents: ReportStudent[] = students.map((student) => {
    const row = matrix.get(student.id);
    const cells = skills.map(({ skill }): ReportCell => {
      const value = row?.get(skill.id)?.value ?? null;
      if (value !== null) scoredCells++;
      return { value, level: levelFor(value, scale), below: value !== null && value < scale.masteryPoints };
    });
    const below = skillsBelowMastery(row, scale).map((id) => codes.get(id) ?? id);
    return { id: student.id, name: listName(student), cells, below };
  });

  const min = Math.max(1, input.attentionMin);
  const attention = reportStudents
    .filter((s) => s.below.length >= min)
    .sort((a, b) => b.below.length - a.below.length);

  return { skills: reportSkills, students: reportStudents, attention, scoredCells };
}
