// What the plan PDF reads: the plan as the rotation screens read it, and the same grouping, skills
// and mastery a plan export carries (the data behind the groups), in one live query.
import type { ClassRecord, PlanBundleInput, Play, PlayRecord } from '../../../shared';
import { listPlays } from '../../db/plans';
import { planBundleInput } from '../../review/exportData';
import { findPlay, loadPlan, type PlanView } from '../../db/planViews';

export type PlanPdfData = {
  view: PlanView;
  cls: ClassRecord | undefined;
  play: Play | PlayRecord | null;
  grouping: PlanBundleInput['grouping'];
  /** the plan names a grouping that is no longer there */
  groupingGone: boolean;
  skills: PlanBundleInput['skills'];
  mastery: PlanBundleInput['mastery'];
  studentNames: Record<string, string>;
};

/** Null when the plan is not there (or not in this class). */
export async function loadPlanPdf(classId: string, planId: string): Promise<PlanPdfData | null> {
  const loaded = await loadPlan(classId, planId);
  if (!loaded) return null;
  const [input, plays] = await Promise.all([planBundleInput(planId), listPlays()]);
  return {
    ...loaded,
    play: findPlay(loaded.view.body.playId ?? null, plays),
    grouping: input.grouping,
    groupingGone: !!loaded.view.plan.groupingId && !input.grouping,
    skills: input.skills,
    mastery: input.mastery,
    studentNames: Object.fromEntries(input.students.map((s) => [s.id, s.name])),
  };
}
