// A review file a teacher loads back into one of their plans: read, compared with the plan as it
// is now (the coach may have reviewed an earlier version), and stored.
import { currentPlanVersion, readReviewFile } from '../../shared';
import { importReceivedReview, type ImportReviewResult } from '../db/reviews';
import { planBundleInput } from './exportData';

export type ImportReviewTextResult =
  (ImportReviewResult & { ok: true; reviewer: string }) | { ok: false; problem: string };

/** Reads the text of a .blendwise-review file and stores it with the plan `planId`; nothing is stored when it is refused. */
export async function importReviewText(planId: string, text: string): Promise<ImportReviewTextResult> {
  const read = readReviewFile(text);
  if (!read.ok) return read;
  const { content } = read.review;
  const seen = content.reviewedPlan;
  // Only a review of this plan is worth the work; importReceivedReview refuses the others.
  const current =
    seen && content.planId === planId
      ? currentPlanVersion(await planBundleInput(planId))
      : null;
  const result = await importReceivedReview(planId, read.review, current);
  return result.ok ? { ...result, reviewer: content.reviewer } : result;
}
