import { classMatrix } from '../mastery/classMatrix';
// What a plan export is made of, read through renderer/db: the saved plan, its grouping, the skills the
// grouping used, the mastery behind the groups and the students' names.
import {
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  displayName,
  currentPlanVersion,
  makePlanBundle,
  type BundleStudent,
  type PlanBundle,
  type PlanBundleInput,
} from '../../shared';
import { readPlanExport } from '../db/planExport';
import { planBody } from '../db/plans';

export async function planBundleInput(planId: string): Promise<PlanBundleInput> {
  const { plan, cls, tracker, grouping, students: known } = await readPlanExport(planId);
  const body = planBody(plan);

  const studentIds = [...new Set(body.groups.flatMap((g) => g.studentIds))];
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

  return {
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
  };
}

/** `appVersion` from the bridge's appInfo: this module stays free of the bridge, so it runs in unit tests. */
export async function buildPlanBundle(planId: string, pseudonymise: boolean, appVersion: string): Promise<PlanBundle> {
  const input = await planBundleInput(planId);
  const version = currentPlanVersion(input);
  return makePlanBundle(input, {
    appVersion,
    exportedAt: new Date().toISOString(),
    pseudonymise,
    ...(version ? { planVersion: version } : {}),
  });
}
