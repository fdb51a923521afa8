// Levelling imported scores again from the values the file gave (a RIT, a placement), when a
// profile's cut scores or placement table change. Pure: which scores change, not how they are saved.
import type { CutScores, MasteryScale } from '../../mastery/scale';
import { applyProfileValue, type LevellingProfile } from './profile';
import { plural } from '../../words';

/** What re-levelling reads of a stored score. */
export type LevelledEvidence = {
  id: string;
  classId: string;
  studentId: string;
  skillId: string;
  score: number | null;
  raw?: string;
  origin?: { profileId?: string; grade?: string };
};

export type RelevelChange = {
  id: string;
  classId: string;
  studentId: string;
  skillId: string;
  raw: string;
  from: number | null;
  to: number;
};

export type RelevelPlan = {
  /** scores whose level the profile now gives differently */
  changes: RelevelChange[];
  /** scores of this profile looked at */
  checked: number;
  /** scores of this profile whose raw value the profile can no longer read: left as they are */
  unreadable: { id: string; raw: string; message: string }[];
};

/**
 * The scores this profile levelled (by `origin.profileId`) that its current table levels
 * differently. `scaleOf` gives each class's scale and cut scores; a class it does not know is skipped.
 */
export function planRelevel(
  evidence: Iterable<LevelledEvidence>,
  profile: LevellingProfile & { id: string },
  scaleOf: (classId: string) => { scale: MasteryScale; cutScores: CutScores } | undefined,
): RelevelPlan {
  const plan: RelevelPlan = { changes: [], checked: 0, unreadable: [] };
  for (const e of evidence) {
    if (e.origin?.profileId !== profile.id || !e.raw) continue;
    const cls = scaleOf(e.classId);
    if (!cls) continue;
    plan.checked++;
    const value = applyProfileValue(e.raw, profile, cls.scale, cls.cutScores, e.origin.grade);
    if (!value.ok) {
      plan.unreadable.push({ id: e.id, raw: e.raw, message: value.message });
      continue;
    }
    if (value.points !== e.score) {
      plan.changes.push({
        id: e.id,
        classId: e.classId,
        studentId: e.studentId,
        skillId: e.skillId,
        raw: e.raw,
        from: e.score,
        to: value.points,
      });
    }
  }
  return plan;
}

/** The same changes the other way round: what Undo applies. */
export function reverseChanges(changes: RelevelChange[]): { id: string; from: number; to: number | null }[] {
  return changes.map((c) => ({ id: c.id, from: c.to, to: c.from }));
}


/** "12 scores change level (4 students)." in a teacher's words, or that none do. */
export function describePlan(plan: RelevelPlan): string {
  const students = new Set(plan.changes.map((c) => `${c.classId}|${c.studentId}`)).size;
  const head =
    plan.changes.length === 0
      ? plan.checked === 0
        ? 'No stored scores came through this profile, so none change level.'
        : plan.checked === 1
          ? 'The 1 score from this profile does not change level.'
          : `None of the ${plan.checked} scores from this profile changes level.`
      : `${plural(plan.changes.length, 'score changes', 'scores change')} level (${plural(students, 'student', 'students')}).`;
  const n = plan.unreadable.length;
  const kept = n === 0 ? '' : n === 1 ? ' 1 score cannot be read by the new table and keeps its level.' : ` ${n} scores cannot be read by the new table and keep their level.`;
  return head + kept;
}
