// Goals: a student's goal on one or more skills, its status on a day, and its progress picture.
// The names and meanings are fixed by DESIGN.md ("Domain contracts -> Goals").
export {
  GOAL_AT_RISK_GAP,
  GOAL_ON_TRACK_GAP,
  GOAL_STATUS_LABELS,
  GOAL_STATUS_ORDER,
  expectedLevel,
  goalStatus,
} from './goals/status';
export type { Goal, GoalMethod, GoalStatus } from './goals/status';
export { goalProgressSeries } from './goals/series';
export type { GoalProgressPoint, GoalSkillProgress } from './goals/series';
export { GOAL_TITLE_MAX, goalDraftSchema, validateGoalDraft } from './goals/schema';
export type { GoalDraft } from './goals/schema';
