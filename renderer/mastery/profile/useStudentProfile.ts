import { useMemo } from 'react';
import { useLive } from '../../db/live';
import {
  effectiveMethod,
  masteryMatrix,
  type CalculationMethod,
  type CellSummary,
  type ClassMasterySettings,
  type ClassRecord,
  type Enrollment,
  type Evidence,
  type Skill,
  type Student,
} from '../../../shared';
import { loadStudentProfile } from '../../db/classViews';
import type { TrackedSkill } from '../../db/mastery';
import { skillSeries, type SeriesPoint } from './profileData';

/** One tracked skill as the profile shows it. */
export type ProfileSkill = TrackedSkill & {
  /** the method this skill rolls up by: its own override, else the class's */
  method: CalculationMethod;
  overridden: boolean;
  cell: CellSummary;
  series: SeriesPoint[];
};

export type StudentProfile =
  | { status: 'missing'; cls: ClassRecord | undefined }
  | {
      status: 'found';
      cls: ClassRecord;
      student: Student;
      enrollment: Enrollment;
      settings: ClassMasterySettings;
      skills: ProfileSkill[];
      /** every piece of this student's evidence in this class, tracked skill or not */
      evidence: Evidence[];
      /** every skill the evidence is on, tracked or not, by id */
      skillById: Map<string, Skill>;
    };

/** Everything the profile shows, live: an edit anywhere shows here at once. `undefined` while loading. */
export function useStudentProfile(classId: string, studentId: string): StudentProfile | undefined {
  const loaded = useLive(() => loadStudentProfile(classId, studentId), [classId, studentId]);
  return useMemo(() => {
    if (!loaded || loaded.status === 'missing') return loaded;
    const { settings, tracked, evidence, untracked, ...rest } = loaded;
    const skillMethods: Record<string, CalculationMethod | undefined> = {};
    for (const t of tracked) skillMethods[t.skill.id] = t.classSkill.method;
    const matrix = masteryMatrix({
      studentIds: [rest.student.id],
      skillIds: tracked.map((t) => t.skill.id),
      evidence,
      scale: settings.scale,
      method: settings.method,
      skillMethods,
    });
    const cells = matrix.get(rest.student.id);
    const bySkill = new Map<string, Evidence[]>();
    for (const e of evidence) {
      let list = bySkill.get(e.skillId);
      if (!list) bySkill.set(e.skillId, (list = []));
      list.push(e);
    }
    const skills: ProfileSkill[] = tracked.map((t) => {
      const method = effectiveMethod(settings, t.classSkill);
      return {
        ...t,
        method,
        overridden: !!t.classSkill.method,
        cell: cells?.get(t.skill.id) ?? { value: null, count: 0, last: null },
        series: skillSeries(bySkill.get(t.skill.id) ?? [], method, settings.scale),
      };
    });
    const skillById = new Map<string, Skill>(untracked.map((s) => [s.id, s]));
    for (const t of tracked) skillById.set(t.skill.id, t.skill);
    return { ...rest, settings, skills, evidence, skillById };
  }, [loaded]);
}
