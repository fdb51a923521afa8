// The stored records of Blendwise. Ids are strings (crypto.randomUUID()) so exports from two
// machines merge; dates are 'YYYY-MM-DD', timestamps full ISO date-times in UTC.
// Flags that must be queried are 0/1 numbers: booleans are not indexable in IndexedDB.

import type { CalculationMethod, CutScores, MasteryScale } from './mastery';
import type { ClassAdult } from './planModel';

export type Flag = 0 | 1;

/** How a class turns evidence into levels. Absent on a class: the defaults (see classMastery). */
export type ClassMasterySettings = { scale: MasteryScale; method: CalculationMethod; cutScores: CutScores };

export type ClassRecord = {
  id: string;
  name: string;
  subject: string;
  grade: string;
  term: string;
  archived: Flag;
  createdAt: string;
  /** set when the class was loaded as the first-run sample, so it can be cleared as a whole */
  sample?: Flag;
  mastery?: ClassMasterySettings;
  groupingRules?: GroupingRules;
  /** the adults who run stations in this class (teacher, co-teacher, aide) */
  adults?: ClassAdult[];
};

export type Student = {
  id: string;
  givenName: string;
  familyName: string;
  preferredName: string;
  /** the school's own student id; kept as a string so leading zeros survive */
  studentNumber: string;
  email: string;
  notes: string;
  archived: Flag;
  createdAt: string;
  sample?: Flag;
};

export type Enrollment = {
  id: string;
  classId: string;
  studentId: string;
  section: string;
  archived: Flag;
};

export type Framework = {
  id: string;
  title: string;
  creator: string;
  /** the CASE identifier when imported from a CASE package */
  identifier: string;
  sample?: Flag;
};

export type Skill = {
  id: string;
  frameworkId: string;
  code: string;
  statement: string;
  parentId: string | null;
  /** position among its siblings */
  order: number;
};

export type ClassSkill = {
  id: string;
  classId: string;
  skillId: string;
  order: number;
  /** this skill's own calculation method in this class, overriding the class's */
  method?: CalculationMethod;
};

export type Evidence = {
  id: string;
  classId: string;
  studentId: string;
  skillId: string;
  /** on the class's mastery scale */
  score: number | null;
  date: string;
  source: string;
  note: string;
  /** the original value when it came from a percent or points, e.g. '18/20' or '85%' */
  raw?: string;
  createdAt: string;
};

export type GoalRecord = {
  id: string;
  classId: string;
  studentId: string;
  title: string;
  skills: { skillId: string; target: number }[];
  startDate: string;
  dueDate: string;
  actionSteps: string[];
  closed?: { on: string; as: 'met' | 'dropped' };
  createdAt: string;
};

export type CheckIn = {
  id: string;
  goalId: string;
  date: string;
  teacherNote: string;
  reflection: string;
  confidence: 1 | 2 | 3 | 4 | null;
  nextDate: string | null;
};

export type GroupingRecord = {
  id: string;
  classId: string;
  date: string;
  name: string;
  skillIds: string[];
  strategy: 'similar' | 'mixed';
  groups: { name: string; color: string; studentIds: string[] }[];
  createdAt: string;
  /** who was absent that day (in no group) */
  absent?: string[];
  /** each student's grouping score when the grouping was made: the data behind the groups */
  scores?: Record<string, number | null>;
  /** students the teacher locked in place before regrouping the rest */
  locked?: string[];
};

/** Rules that stay with a class from one grouping to the next. */
export type GroupingRules = {
  keepApart: [string, string][];
  keepTogether: [string, string][];
};

/** Minutes a student spends at each kind of station, as the rotation work records them per plan. */
export type StationMinutes = { teacher: number; online: number; collaborative: number; independent: number; offline: number };

export type PlanRecord = {
  id: string;
  classId: string;
  date: string;
  groupingId: string | null;
  title: string;
  /** the rotation request and station details; shaped by the rotation work */
  body: Record<string, unknown>;
  createdAt: string;
  /** each student's minutes per station kind in this plan, written when the plan is saved */
  minutesByStudent?: Record<string, StationMinutes>;
};

export type ReviewRecord = {
  id: string;
  planId: string;
  reviewer: string;
  createdAt: string;
  /** look-for ratings; shaped by the review work */
  lookFors: { text: string; rating: number | null; note: string }[];
};

export type CommentRecord = {
  id: string;
  reviewId: string;
  anchor: { kind: 'plan' | 'station' | 'group' | 'slot'; ref: string };
  text: string;
  resolved: Flag;
  createdAt: string;
};

export type SettingRecord = { key: string; value: unknown };

export function displayName(s: Pick<Student, 'givenName' | 'familyName' | 'preferredName'>): string {
  const first = s.preferredName.trim() || s.givenName.trim();
  return [first, s.familyName.trim()].filter(Boolean).join(' ');
}

export function sortName(s: Pick<Student, 'givenName' | 'familyName'>): string {
  return `${s.familyName}, ${s.givenName}`;
}
