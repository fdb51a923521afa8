// Levelling imported scores again when an assessment profile's cuts or placement table change:
// which stored scores change, and the change itself (with the profile) in one transaction.
import {
  classMastery,
  decodeClass,
  planRelevel,
  type AssessmentProfile,
  type LevelledEvidence,
  type RelevelPlan,
} from '../../shared';
import { refreshCellsOf } from './cellsRebuild';
import { db } from './db';

const PROFILES_SETTING = 'assessmentProfiles';

/**
 * The scores `profile` levelled, in every class, that it would now level differently. Reads every
 * evidence row once (the profile is not indexed): a step the teacher asks for, never on opening.
 */
export async function planProfileRelevel(profile: AssessmentProfile): Promise<RelevelPlan> {
  return db.transaction('r', [db.classes, db.evidence], async () => {
    const classes = new Map((await db.classes.toArray()).map((c) => [c.id, classMastery(decodeClass(c))]));
    const mine: LevelledEvidence[] = [];
    await db.evidence.each((e) => {
      if (e.origin?.profileId === profile.id && e.raw) mine.push(e);
    });
    return planRelevel(mine, profile, (id) => classes.get(id));
  });
}

/**
 * Saves the profile list and moves each score from `from` to `to`, all in one transaction. A
 * score edited since the plan was made (no longer at `from`) is left alone. Returns how many moved.
 */
export async function saveProfilesAndRelevel(
  profiles: AssessmentProfile[],
  changes: { id: string; from: number | null; to: number | null }[],
): Promise<number> {
  return db.transaction('rw', [db.settings, db.evidence, db.cells, db.classStamps], async () => {
    await db.settings.put({ key: PROFILES_SETTING, value: profiles });
    const stored = await db.evidence.bulkGet(changes.map((c) => c.id));
    const moved = stored.flatMap((e, i) => (e && e.score === changes[i]!.from ? [{ ...e, score: changes[i]!.to }] : []));
    if (moved.length) {
      await db.evidence.bulkPut(moved);
      await refreshCellsOf(db, moved);
    }
    return moved.length;
  });
}
