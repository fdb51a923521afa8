import { masteryMatrix, type ClassMasterySettings, type Evidence, type MasteryMatrix } from '../../shared';
import type { TrackedSkill } from '../db/mastery';

/**
 * The class's rolled-up levels for these students and skills, with the class's scale and method
 * and each skill's own method where it has one: the one way every screen computes them.
 */
export function classMatrix(
  data: { settings: ClassMasterySettings; evidence: Evidence[] },
  studentIds: string[],
  skills: TrackedSkill[],
): MasteryMatrix {
  return masteryMatrix({
    studentIds,
    skillIds: skills.map((s) => s.skill.id),
    evidence: data.evidence,
    scale: data.settings.scale,
    method: data.settings.method,
    skillMethods: Object.fromEntries(skills.map((s) => [s.skill.id, s.classSkill.method])),
  });
}
