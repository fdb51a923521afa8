import {
  displayName,
  levelFor,
  skillsBelowMastery,
  type MasteryMatrix,
  type MasteryScale,
  type Student,
} from '../../../shared';

export type SortKey = { by: 'name' } | { by: 'attention' } | { by: 'skill'; skillId: string; dir: 'asc' | 'desc' };

export type TrackerFilter = {
  /** show only students below mastery on at least this many tracked skills (null: everyone) */
  attentionMin: number | null;
  /** show only students at this level (its points) on this skill, or with no evidence ('none') */
  skillLevel: { skillId: string; level: number | 'none' } | null;
};

/** The students the grid shows, in the order it shows them. Pure, so the rules are testable. */
export function visibleStudents(
  students: Student[],
  matrix: MasteryMatrix,
  scale: MasteryScale,
  sort: SortKey,
  filter: TrackerFilter,
): Student[] {
  const below = new Map(students.map((s) => [s.id, skillsBelowMastery(matrix.get(s.id), scale).length]));
  let out = students.filter((s) => {
    if (filter.attentionMin !== null && (below.get(s.id) ?? 0) < filter.attentionMin) return false;
    if (filter.skillLevel) {
      const value = matrix.get(s.id)?.get(filter.skillLevel.skillId)?.value ?? null;
      const level = levelFor(value, scale);
      if (filter.skillLevel.level === 'none' ? level !== null : level?.points !== filter.skillLevel.level) return false;
    }
    return true;
  });
  const byName = (a: Student, b: Student) =>
    a.familyName.localeCompare(b.familyName) || displayName(a).localeCompare(displayName(b));
  if (sort.by === 'name') out = [...out].sort(byName);
  else if (sort.by === 'attention') out = [...out].sort((a, b) => (below.get(b.id) ?? 0) - (below.get(a.id) ?? 0) || byName(a, b));
  else {
    const key = (s: Student) => matrix.get(s.id)?.get(sort.skillId)?.value ?? null;
    out = [...out].sort((a, b) => {
      const va = key(a);
      const vb = key(b);
      // Students without evidence go last either way: they are not "lowest", they are unknown.
      if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1;
      return (sort.dir === 'asc' ? va - vb : vb - va) || byName(a, b);
    });
  }
  return out;
}

export function belowMasteryCount(matrix: MasteryMatrix, studentId: string, scale: MasteryScale): number {
  return skillsBelowMastery(matrix.get(studentId), scale).length;
}
