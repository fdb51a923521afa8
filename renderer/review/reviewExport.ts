// The review file a coach sends back: the look-fors, the comments with what each is about in
// words, and which version of the plan they were written against.
import { makeReviewFile, reviewedPlanVersion, type ExportOptions, type PlanBundleContent, type ReviewFile } from '../../shared';
import { safeFileName } from '../ui/fileName';
import { getReviewerName, loadReview, setReviewReviewer } from '../db/reviews';
import { anchorLabel } from './anchors';

/**
 * The review file of a coach review, from what is stored now. A review with no reviewer name takes
 * (and keeps) the name the coach set on the Reviews page.
 */
export async function reviewFileFor(reviewId: string, options: ExportOptions): Promise<ReviewFile> {
  const found = await loadReview(reviewId);
  const bundle = found?.review.bundle;
  if (!found || !bundle) throw new Error('the review is no longer there');
  let reviewer = found.review.reviewer.trim();
  if (!reviewer) {
    reviewer = (await getReviewerName()).trim();
    if (reviewer) await setReviewReviewer(reviewId, reviewer);
  }
  const { plan, pseudonymised } = bundle.content;
  const version = reviewedPlanVersion(bundle.content);
  return makeReviewFile(
    {
      planId: plan.id,
      planChecksum: bundle.checksum,
      ...(version ? { reviewedPlan: { exportedAt: bundle.exportedAt, version, pseudonymised } } : {}),
      reviewer,
      lookFors: found.review.lookFors,
      comments: found.comments.map((c) => ({
        id: c.id,
        anchor: c.anchor,
        text: c.text,
        createdAt: c.createdAt,
        about: anchorLabel(c.anchor, plan.body),
      })),
    },
    options,
  );
}

/** The name a review is exported under when it was not opened from a review folder. */
export function reviewFileName(content: Pick<PlanBundleContent, 'plan'>): string {
  return `${safeFileName(content.plan.title)} review.blendwise-review`;
}
