// The coach's side: the overview across plans under review and its summary.
export { coachSummary, coachSummaryRows, REVIEW_STATUS_WORDS, reviewStatus, UNNAMED_TEACHER } from './review/coachSummary';
export type { CoachSummary, LookForSummary, Mean, ReviewStatus, SummaryPlan, WarningCount } from './review/coachSummary';
export { warningKind } from './review/warningKinds';
