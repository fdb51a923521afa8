import { useMemo } from 'react';
import type { CellRecord, ClassMasterySettings, Student } from '../../shared';
import type { TrackedSkill } from '../db/mastery';
import { classMatrix } from './classMatrix';

type ClassData = { settings: ClassMasterySettings; cells: readonly CellRecord[]; students: Student[]; skills: TrackedSkill[] };

/** The rollups of every student of the class on every tracked skill, recomputed when the data changes. */
export function useClassMatrix(data: ClassData | null | undefined) {
  return useMemo(
    () =>
      data
        ? classMatrix(
            data,
            data.students.map((s) => s.id),
            data.skills,
          )
        : null,
    [data],
  );
}
