// Grouping: students into groups by mastery, 'similar' (need-based) or 'mixed' (even groups),
// under the teacher's rules. The names and meanings are fixed by DESIGN.md ("Domain contracts ->
// Grouping"); makeGroups() documents the edge behaviour.
export { makeGroups } from './grouping/makeGroups';
export { DEFAULT_GROUP_COUNT, GROUPING_RULES } from './grouping/types';
export type { GroupingRequest, GroupingResult, GroupingRule } from './grouping/types';
export { groupMean, meanSpread, meanVariance, repeatedPairs, withinGroupSquares } from './grouping/metrics';
export { countGroups } from './grouping/problem';
export { optimalBlocks } from './grouping/similar';
export { snakeDraft } from './grouping/snake';
export { makeGroupsAround } from './grouping/lockedGroups';
export type { LockedGroup, RegroupResult } from './grouping/lockedGroups';
