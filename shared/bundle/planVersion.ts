// Which version of a plan a review was written against. A bundle's own checksum covers the whole
// file (the export time, the app version, the mastery data), so it differs on every export and
// cannot be recomputed from the plan later. A plan's version covers only the plan part of the
// bundle (id, title, date, body), read through the same schema a coach's Blendwise reads it with:
// the teacher's plan as it is now and the plan the coach saw give the same version exactly when
// the plan is unchanged.

import { canonicalJson } from './canonical';
import type { PlanBundleContent, PlanBundleInput } from './planBundle';
import { makePlanBundle, planBundleContentSchema } from './planBundle';
import type { ReviewContent } from './reviewFile';
import { sha256Hex } from './sha256';

/** 'sha256:' and the SHA-256 of the plan part of a bundle, as a reader sees it; null if a reader would refuse it. */
export function planVersion(plan: PlanBundleContent['plan']): string | null {
  try {
    // Through JSON first, as into a file, so undefined fields and the like read the same on both sides.
    const read = planBundleContentSchema.shape.plan.safeParse(JSON.parse(JSON.stringify(plan)));
    return read.success ? `sha256:${sha256Hex(canonicalJson(read.data))}` : null;
  } catch {
    return null;
  }
}

/**
 * The version of the plan as it is now, with real names: what an export writes into the bundle
 * (PlanBundleContent.planVersion) and what a review that comes back is compared with.
 */
export function currentPlanVersion(input: PlanBundleInput): string | null {
  const bundle = makePlanBundle(input, { appVersion: '', exportedAt: '', pseudonymise: false });
  return planVersion(bundle.content.plan);
}

/**
 * The version a coach's review records: the one the teacher's export wrote into the bundle, or for
 * a bundle without it (older exports) the plan's own version when it has real names; null when a
 * pseudonymised bundle does not say (pseudonyms cannot be matched later).
 */
export function reviewedPlanVersion(content: Pick<PlanBundleContent, 'plan' | 'pseudonymised' | 'planVersion'>): string | null {
  if (content.planVersion) return content.planVersion;
  return content.pseudonymised ? null : planVersion(content.plan);
}

export type ReviewedVersion = {
  /** 'current': the coach saw the plan as it is now; 'earlier': it has changed since; 'unknown': cannot tell */
  state: 'current' | 'earlier' | 'unknown';
  /** when the plan the coach reviewed was exported, if the review file says */
  planExportedAt: string | null;
};

/** Compares the plan a review was written against with the plan's version now (null: not known). */
export function reviewedVersion(
  review: Pick<ReviewContent, 'reviewedPlan'>,
  currentVersion: string | null,
): ReviewedVersion {
  const seen = review.reviewedPlan;
  if (!seen) return { state: 'unknown', planExportedAt: null };
  const state = currentVersion === null ? 'unknown' : seen.version === currentVersion ? 'current' : 'earlier';
  return { state, planExportedAt: seen.exportedAt || null };
}
