// The stored records of Blendwise, owned here: one schema each (schemas.ts, planBody.ts), the
// types inferred from them, and one decode per record that fills defaults and upgrades older
// shapes. Every reader of the database, backup restore and bundle import goes through these.
//
//   decodeX(raw)  -> X, or throws a RecordProblem naming the field ("givenName: expected text, got an object")
//   checkX(raw)   -> { ok: true, value } | { ok: false, problem }   (never throws)
//   recordDecoders[table] -> { record, decode, check } for every table of records (backup restore)
import type * as z from 'zod/mini';
import type { AssessmentProfile } from '../import/profiles/profile';
import type { CalculationMethod, CutScores, MasteryScale } from '../mastery';
import { describeProblem, RecordProblem, type Checked } from './problem';
import { filePlanBodySchema, storedPlanBodySchema, type PlanBody } from './planBody';
import type {
  classAdultSchema,
  classMasterySettingsSchema,
  coachReviewSchema,
  groupingRulesSchema,
  receivedReviewSchema,
  stationMinutesSchema,
  teacherProfileSchema,
} from './schemas';
import {
  assessmentProfileSchema,
  checkInSchema,
  classRecordSchema,
  classSkillSchema,
  commentSchema,
  enrollmentSchema,
  evidenceSchema,
  frameworkSchema,
  goalSchema,
  groupingSchema,
  isSettingKey,
  planSchema,
  playSchema,
  reviewSchema,
  settingSchema,
  settingValueSchemas,
  skillSchema,
  studentSchema,
  type SettingKey,
  type SettingValue,
} from './schemas';

export * from './schemas';
export * from './planBody';
export { describeProblem, describeValue, fieldPath, RecordProblem, type Checked } from './problem';

// ---- the record types (shared/model.ts and shared/planModel.ts re-export them) ----

export type ClassMasterySettings = z.output<typeof classMasterySettingsSchema>;
export type GroupingRules = z.output<typeof groupingRulesSchema>;
export type ClassAdult = z.output<typeof classAdultSchema>;
export type StationMinutes = z.output<typeof stationMinutesSchema>;
export type ClassRecord = z.output<typeof classRecordSchema>;
export type Student = z.output<typeof studentSchema>;
export type Enrollment = z.output<typeof enrollmentSchema>;
export type Framework = z.output<typeof frameworkSchema>;
export type Skill = z.output<typeof skillSchema>;
export type ClassSkill = z.output<typeof classSkillSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
export type GoalRecord = z.output<typeof goalSchema>;
export type CheckIn = z.output<typeof checkInSchema>;
export type GroupingRecord = z.output<typeof groupingSchema>;
export type PlanRecord = z.output<typeof planSchema>;
export type PlayRecord = z.output<typeof playSchema>;
export type CoachReview = z.output<typeof coachReviewSchema>;
export type ReceivedReview = z.output<typeof receivedReviewSchema>;
/** A review of a plan: a coach's ('coach') or one loaded back from a review file ('received'). */
export type ReviewRecord = z.output<typeof reviewSchema>;
export type CommentRecord = z.output<typeof commentSchema>;
export type SettingRecord = { key: string; value: unknown };
export type AssessmentProfileRecord = z.output<typeof assessmentProfileSchema>;
export type TeacherProfile = z.output<typeof teacherProfileSchema>;

// The mastery shapes stored on a class are exactly the domain's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameMastery: Same<
  ClassMasterySettings,
  { scale: MasteryScale; method: CalculationMethod; cutScores: CutScores }
> = true;
void sameMastery;
// Assessment profiles are declared with their rules in shared/import/profiles; the stored shape is the same.
const sameProfile: Same<AssessmentProfileRecord, AssessmentProfile> = true;
void sameProfile;

// ---- decode and check ----

export type RecordCodec<T> = {
  /** the record's name in messages: 'student', 'plan' */
  record: string;
  decode: (raw: unknown) => T;
  check: (raw: unknown) => Checked<T>;
};

function codec<S extends z.ZodMiniType>(record: string, schema: S, hasRev = true): RecordCodec<z.output<S>> {
  const check = (raw: unknown): Checked<z.output<S>> => {
    const read = schema.safeParse(raw);
    if (!read.success) return { ok: false, problem: describeProblem(read.error, raw) };
    const value = read.data;
    // Records written before revisions existed are at revision 0.
    if (hasRev && (value as { rev?: number }).rev === undefined) (value as { rev?: number }).rev = 0;
    return { ok: true, value };
  };
  const decode = (raw: unknown): z.output<S> => {
    const read = check(raw);
    if (!read.ok) throw new RecordProblem(record, read.problem);
    return read.value;
  };
  return { record, decode, check };
}

export const classCodec = codec('class', classRecordSchema);
export const studentCodec = codec('student', studentSchema);
export const enrollmentCodec = codec('enrollment', enrollmentSchema);
export const frameworkCodec = codec('framework', frameworkSchema);
export const skillCodec = codec('skill', skillSchema);
export const classSkillCodec = codec('class skill', classSkillSchema);
export const evidenceCodec = codec('score', evidenceSchema);
export const goalCodec = codec('goal', goalSchema);
export const checkInCodec = codec('check-in', checkInSchema);
export const groupingCodec = codec('grouping', groupingSchema);
export const planCodec = codec('plan', planSchema);
export const playCodec = codec('play', playSchema);
export const reviewCodec = codec('review', reviewSchema);
export const commentCodec = codec('comment', commentSchema);
export const settingCodec = codec('setting', settingSchema, false);
export const assessmentProfileCodec = codec('assessment profile', assessmentProfileSchema, false);
const planBodyCodec = codec('plan body', storedPlanBodySchema, false);
const filePlanBodyCodec = codec('plan body', filePlanBodySchema, false);

export const decodeClass = classCodec.decode;
export const checkClass = classCodec.check;
export const decodeStudent = studentCodec.decode;
export const checkStudent = studentCodec.check;
export const decodeEnrollment = enrollmentCodec.decode;
export const checkEnrollment = enrollmentCodec.check;
export const decodeFramework = frameworkCodec.decode;
export const checkFramework = frameworkCodec.check;
export const decodeSkill = skillCodec.decode;
export const checkSkill = skillCodec.check;
export const decodeClassSkill = classSkillCodec.decode;
export const checkClassSkill = classSkillCodec.check;
export const decodeEvidence = evidenceCodec.decode;
export const checkEvidence = evidenceCodec.check;
export const decodeGoal = goalCodec.decode;
export const checkGoal = goalCodec.check;
export const decodeCheckIn = checkInCodec.decode;
export const checkCheckIn = checkInCodec.check;
export const decodeGrouping = groupingCodec.decode;
export const checkGrouping = groupingCodec.check;
/** A stored plan; a shape-1 plan (body {} or missing stations, groups, dates or times) reads as a whole, editable plan. */
export const decodePlan = planCodec.decode;
export const checkPlan = planCodec.check;
/** A stored plan's body alone, defaults filled (dates stay as stored: decodePlan also fills them from the plan's date). */
export const decodePlanBody: (raw: unknown) => PlanBody = planBodyCodec.decode;
export const checkPlanBody: (raw: unknown) => Checked<PlanBody> = planBodyCodec.check;
/** A plan body read from a file: bounded texts, lists and ids. */
export const checkFilePlanBody: (raw: unknown) => Checked<PlanBody> = filePlanBodyCodec.check;
export const decodePlay = playCodec.decode;
export const checkPlay = playCodec.check;
export const decodeReview = reviewCodec.decode;
export const checkReview = reviewCodec.check;
export const decodeComment = commentCodec.decode;
export const checkComment = commentCodec.check;
export const decodeSetting = settingCodec.decode;
export const checkSetting = settingCodec.check;
export const decodeAssessmentProfile = assessmentProfileCodec.decode;
export const checkAssessmentProfile = assessmentProfileCodec.check;

/** A known setting's value checked against its schema; a value of an unknown key comes back as it is. */
export function checkSettingValue<K extends SettingKey>(key: K, value: unknown): Checked<SettingValue<K>>;
export function checkSettingValue(key: string, value: unknown): Checked<unknown>;
export function checkSettingValue(key: string, value: unknown): Checked<unknown> {
  if (!isSettingKey(key)) return { ok: true, value };
  const read = settingValueSchemas[key].safeParse(value);
  return read.success
    ? { ok: true, value: read.data }
    : { ok: false, problem: describeProblem(read.error, value) };
}

/** Every table of records, by its Dexie name, with the record it holds. */
export type RecordTables = {
  classes: ClassRecord;
  students: Student;
  enrollments: Enrollment;
  frameworks: Framework;
  skills: Skill;
  classSkills: ClassSkill;
  evidence: Evidence;
  goals: GoalRecord;
  checkIns: CheckIn;
  groupings: GroupingRecord;
  plans: PlanRecord;
  reviews: ReviewRecord;
  comments: CommentRecord;
  settings: SettingRecord;
  plays: PlayRecord;
};
export type RecordTableName = keyof RecordTables;

/** Table -> its record's decode and check: backup restore runs every row through these. */
export const recordDecoders: { readonly [T in RecordTableName]: RecordCodec<RecordTables[T]> } = {
  classes: classCodec,
  students: studentCodec,
  enrollments: enrollmentCodec,
  frameworks: frameworkCodec,
  skills: skillCodec,
  classSkills: classSkillCodec,
  evidence: evidenceCodec,
  goals: goalCodec,
  checkIns: checkInCodec,
  groupings: groupingCodec,
  plans: planCodec,
  reviews: reviewCodec,
  comments: commentCodec,
  settings: settingCodec,
  plays: playCodec,
};

export function isRecordTable(name: string): name is RecordTableName {
  return Object.hasOwn(recordDecoders, name);
}

/** Decodes every row; throws on the first that cannot be read. */
export function decodeAll<T>(decode: (raw: unknown) => T, rows: readonly unknown[]): T[] {
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = decode(rows[i]);
  return out;
}
