import { classMatrix } from '../mastery/classMatrix';
// What a plan export is made of, read through renderer/db: the saved plan, its grouping, the skills the
// grouping used, the mastery behind the groups and the students' names.
import {
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  displayName,
  currentPlanVersion,
  makePlanBundleWithReport,
  type BundleStudent,
  type NamedStudent,
  type PlanBundle,
  type ScrubReport,
  type PlanBundleInput,
} from '../../shared';
import { readPlanExport } from '../db/planExport';
import { planBody } from '../db/plans';
import { getTeacherProfile } from '../db/profile';
import { listRoster } from '../db/students';

export async function planBundleInput(planId: string): Promise<PlanBundleInput> {
  const { plan, cls, tracker, grouping, students: known } = await readPlanExport(planId);
  const body = planBody(plan);

  const studentIds = [...new Set(body.groups.flatMap((g) => g.studentIds))];
  // Whose names a pseudonymised export removes: everyone in the class, those who left it and those
  // the plan still names too, not only the students in its groups.
  const roster = await listRoster(plan.classId, true);
  const classStudents = new Map<string, NamedStudent>();
  for (const s of [...roster.map((r) => r.student), ...known.values()]) {
    classStudents.set(s.id, {
      id: s.id,
      givenName: s.givenName,
      familyName: s.familyName,
      preferredName: s.preferredName,
      email: s.email,
      studentNumber: s.studentNumber,
      ...(s.sourcedId ? { sourcedId: s.sourcedId } : {}),
    });
  }
  const students: BundleStudent[] = studentIds.map((id) => {
    const s = known.get(id);
    return { id, name: s ? displayName(s) : 'Unknown student' };
  });

  const trackedSkills = tracker?.skills ?? [];
  const skillIds = grouping ? grouping.skillIds : [];
  const used = trackedSkills.filter((t) => skillIds.includes(t.skill.id));
  const settings = tracker?.settings;
  const matrix = tracker && settings ? classMatrix(tracker, studentIds, used) : new Map();
  const summaries: Record<string, Record<string, number | null>> = {};
  for (const [studentId, cells] of matrix) {
    summaries[studentId] = Object.fromEntries([...cells].map(([skillId, cell]) => [skillId, cell.value]));
  }

  // The author is the teacher (never pseudonymised); the adults are the class's, by name and role.
  const profile = await getTeacherProfile();
  return {
    author: { name: profile.name, school: profile.school, ...(profile.email ? { email: profile.email } : {}) },
    adults: (cls?.adults ?? []).map((a) => ({ name: a.name, role: a.role })),
    plan: { id: plan.id, title: plan.title, date: plan.date, body },
    grouping: grouping
      ? {
          id: grouping.id,
          date: grouping.date,
          name: grouping.name,
          strategy: grouping.strategy,
          skillIds: grouping.skillIds,
          groups: grouping.groups,
          scores: grouping.scores ?? {},
        }
      : null,
    skills: used.map((t) => ({ id: t.skill.id, code: t.skill.code, statement: t.skill.statement })),
    mastery: {
      scale: settings?.scale ?? DEFAULT_SCALE,
      method: settings?.method ?? DEFAULT_METHOD,
      summaries,
    },
    students,
    className: cls?.name ?? '',
    classStudents: [...classStudents.values()],
  };
}

/**
 * The bundle of a saved plan, and when pseudonymised, what was replaced in it. `appVersion` from the
 * bridge's appInfo: this module stays free of the bridge, so it runs in unit tests.
 */
export async function buildPlanBundle(
  planId: string,
  pseudonymise: boolean,
  appVersion: string,
): Promise<{ bundle: PlanBundle; report: ScrubReport | null }> {
  const input = await planBundleInput(planId);
  const version = currentPlanVersion(input);
  return makePlanBundleWithReport(input, {
    appVersion,
    exportedAt: new Date().toISOString(),
    pseudonymise,
    ...(version ? { planVersion: version } : {}),
  });
}
