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
  const below = {
    get: (id: string) => belowMasteryCount(matrix, id, scale),
  };
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
    collator.compare(a.familyName, b.familyName) || collator.compare(displayName(a), displayName(b));
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

/** The same order as `localeCompare`, without making a collator per comparison. */
const collator = new Intl.Collator();

// A saved score gives its student's row a new map and leaves the others as they were, so each
// row's count is worked out again only when that row changed (not 150 skills x every student).
const belowByRow = new WeakMap<object, { scale: MasteryScale; count: number }>();

export function belowMasteryCount(matrix: MasteryMatrix, studentId: string, scale: MasteryScale): number {
  const row = matrix.get(studentId);
  if (!row) return 0;
  const known = belowByRow.get(row);
  if (known && known.scale === scale) return known.count;
  const count = skillsBelowMastery(row, scale).length;
  belowByRow.set(row, { scale, count });
  return count;
}

/**
 * The scroll offset that shows the span [start, start + size) wholly, clear of the sticky `edge`
 * (header or names), moving as little as a spreadsheet does; the same offset when it is in view.
 */
export function offsetShowing(offset: number, view: number, edge: number, start: number, size: number): number {
  if (start < offset + edge) return start - edge;
  if (start + size > offset + view) return start + size - view;
  return offset;
}
