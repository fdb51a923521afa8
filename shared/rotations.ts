// Rotations: groups through stations on a timed schedule, the minutes each student gets at each
// kind of station, plan health checks, and the built-in plays. The names and meanings are fixed
// by DESIGN.md ("Domain contracts -> Rotations"); buildRotation() documents the edge behaviour.
export { buildRotation, cyclicPosition, rotationOrder, roundsPerDay } from './rotations/build';
export { STATION_KINDS } from './rotations/types';
export type {
  RotationGroup,
  RotationNames,
  RotationRequest,
  RotationResult,
  RotationSlot,
  RotationStation,
  StationKind,
} from './rotations/types';
export { emptyStationMinutes, minutesByStudent, planMinutesByStudent } from './rotations/minutes';
export type { MinutesPlan, StudentMinutes } from './rotations/minutes';
export {
  DEFAULT_SCREEN_LIMIT_PER_DAY,
  MIN_COLLABORATIVE_GROUP,
  SCREEN_KINDS,
  planChecks,
} from './rotations/checks';
export type { PlanCheck, PlanChecksInput } from './rotations/checks';
export { BUILT_IN_PLAYS } from './rotations/plays';
export type { Play, PlayAdult, PlayModel, PlayStation } from './rotations/plays';
export { groupSets, isMirrored, planSchedule, stationSet } from './rotations/planSchedule';
export type { StationSet } from './rotations/planSchedule';
export { modelChecks } from './rotations/modelChecks';
export { EMPTY_ACTIVITY, groupActivity, overridesEveryGroup, withoutOverride } from './rotations/activities';
export type { ActivityField, StationActivity } from './rotations/activities';
export { boardNames, groupNames } from './rotations/displayNames';
export type { DisplayStudent } from './rotations/displayNames';
export { periodChecks, periodSplit, splitWords } from './rotations/periodFit';
export type { PeriodSplit } from './rotations/periodFit';
