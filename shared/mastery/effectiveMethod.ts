import type { CalculationMethod } from './methods';

/** What a class's settings and a class skill carry for the method rule (both may be partial). */
export type MethodOwner = { method?: CalculationMethod | undefined };

/**
 * The effective calculation method of one skill in a class: the class skill's own method when it
 * has one, else the class's method (DESIGN.md, "Mastery": "a skill may override the method").
 * The one place this rule is written: the tracker, student profile, mastery report, goal status and
 * goal picture all ask it, so they never disagree. `classSkill` missing (a skill the class no longer
 * tracks) uses the class's method.
 */
export function effectiveMethod(
  classSettings: { method: CalculationMethod },
  classSkill?: MethodOwner | null,
): CalculationMethod {
  return classSkill?.method ?? classSettings.method;
}

/**
 * The effective method of every skill of a class, as the function goalStatus() and
 * goalProgressSeries() take: `classSkills` are the class's class-skill records (skill id and
 * optional own method); a skill not among them gets the class's method.
 */
export function effectiveMethodOf(
  classSettings: { method: CalculationMethod },
  classSkills: Iterable<MethodOwner & { skillId: string }>,
): (skillId: string) => CalculationMethod {
  const own = new Map<string, CalculationMethod>();
  for (const cs of classSkills) if (cs.method) own.set(cs.skillId, cs.method);
  return (skillId) => own.get(skillId) ?? classSettings.method;
}
