import { cellMatrix, type CellRecord, type ClassMasterySettings, type MasteryMatrix } from '../../shared';
import type { TrackedSkill } from '../db/mastery';

/**
 * The class's rolled-up levels for these students and skills, from the class's cells, with the
 * class's scale and each skill's effective method: the one way every screen computes them.
 */
export function classMatrix(
  data: { settings: ClassMasterySettings; cells: readonly CellRecord[] },
  studentIds: string[],
  skills: TrackedSkill[],
): MasteryMatrix {
  return cellMatrix({ settings: data.settings, studentIds, skills, cells: data.cells });
}
