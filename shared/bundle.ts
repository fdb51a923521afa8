// Export files: the plan bundle (.blendwise), the review file (.blendwise-review), the
// pseudonyms a shared plan uses, the checksum behind both files, and the CSV exports.
export { canonicalJson } from './bundle/canonical';
export { sha256Bytes, sha256Hex, utf8Bytes, utf8Length } from './bundle/sha256';
export { DEFAULT_MAX_BYTES, envelopeChecksum } from './bundle/envelope';
export type { Envelope, ExportOptions, FileFormat } from './bundle/envelope';
export { pseudonymise } from './bundle/pseudonymise';
export type { Pseudonym } from './bundle/pseudonymise';
export { COMMON_ABBREVIATIONS, initialsOf, makeNameScrubber, nameForms, scrubNames, SHARED_NAME_PLACEHOLDER, shortForms } from './bundle/scrubNames';
export type { NamedStudent, NameKind, NameScrubber, ScrubResult } from './bundle/scrubNames';
export { fieldLabel, looksLikeName, namesToCheck, scrubStrings } from './bundle/scrubContent';
export type { ScrubReport } from './bundle/scrubContent';
export { bundleAuthor, makePlanBundle, makePlanBundleWithReport, planBodySchema, planBundleContentSchema, readPlanBundle, serializeBundle } from './bundle/planBundle';
export type {
  BundleAdult,
  BundleAuthor,
  BundleGrouping,
  BundleMastery,
  BundleSkill,
  BundleStudent,
  PlanBundle,
  PlanBundleContent,
  PlanBundleInput,
  PlanBundleOptions,
  ReadPlanBundleResult,
} from './bundle/planBundle';
export { DEFAULT_LOOK_FORS, makeReviewFile, readReviewFile, reviewContentSchema, serializeReviewFile } from './bundle/reviewFile';
export type {
  LookForRating,
  ReadReviewFileResult,
  ReviewComment,
  ReviewContent,
  ReviewFile,
  ReviewFileInput,
  ReviewLookFor,
  ReviewedPlan,
} from './bundle/reviewFile';
export { currentPlanVersion, planVersion, reviewedPlanVersion, reviewedVersion } from './bundle/planVersion';
export type { ReviewedVersion } from './bundle/planVersion';
export { goalsCsv, groupsCsv, masteryGridCsv, scheduleCsv } from './bundle/csvExports';
export type { GoalsCsvRow } from './bundle/csvExports';
