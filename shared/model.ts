// The stored records of Blendwise. Ids are strings (crypto.randomUUID()) so exports from two
// machines merge; dates are 'YYYY-MM-DD', timestamps full ISO date-times in UTC.
// Flags that must be queried are 0/1 numbers: booleans are not indexable in IndexedDB.

// The types are inferred from the record schemas in ./records, which own every stored shape
// (and decode older ones); they are re-exported here under their long-standing names.
export type {
  CheckIn,
  ClassMasterySettings,
  ClassRecord,
  ClassSkill,
  CommentRecord,
  CoachReview,
  Enrollment,
  Evidence,
  Framework,
  GoalRecord,
  GroupingRecord,
  GroupingRules,
  PlanRecord,
  ReceivedReview,
  ReviewRecord,
  SettingRecord,
  Skill,
  StationMinutes,
  Student,
} from './records';
import type { Student } from './records';

export type Flag = 0 | 1;

export function displayName(s: Pick<Student, 'givenName' | 'familyName' | 'preferredName'>): string {
  const first = s.preferredName.trim() || s.givenName.trim();
  return [first, s.familyName.trim()].filter(Boolean).join(' ');
}

export function sortName(s: Pick<Student, 'givenName' | 'familyName'>): string {
  return `${s.familyName}, ${s.givenName}`;
}
