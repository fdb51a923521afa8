// One zod schema per stored record: the types of shared/model.ts and shared/planModel.ts are
// inferred from these. They check shapes and types (what a reader needs to not break), not the
// rules a form checks (a scale's levels going down, a goal's dates in order): data that passed
// those once is not refused later. Fields a record gained after it first shipped have defaults,
// so an older row reads as the newer shape.
// zod's smaller build (zod/mini): these are read on the way to every screen's first paint.
import * as z from 'zod/mini';
import type { PlanBundle } from '../bundle/planBundle';
import {
  ANCHOR_KIND_VALUES,
  PLAY_MODEL_VALUES,
  playlistActivitySchema,
  playStationSchema,
  storedPlanBodySchema,
} from './planBody';

// ---- building blocks ----

const text = z.string();
const id = z.string().check(z.minLength(1));
// zod 4 numbers refuse NaN and Infinity.
const finite = z.number();
/** 0/1 flags: booleans are not indexable in IndexedDB. */
export const flagSchema = z.union([z.literal(0), z.literal(1)]);
/**
 * The revision counter of an updatable record: each update adds one, so a save made from a stale
 * copy can be refused. Absent on records written before it existed; decode reads that as 0.
 */
export const revSchema = z.optional(z.int().check(z.gte(0)));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- mastery (shapes only; the forms check the rules) ----

export const masteryLevelRecordSchema = z.object({ points: finite, label: text, color: text });
export const masteryScaleRecordSchema = z.object({
  levels: z.array(masteryLevelRecordSchema),
  masteryPoints: finite,
});
export const calculationMethodRecordSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decaying_average'), weight: finite }),
  z.object({ kind: z.literal('weighted_average'), weight: finite }),
  z.object({ kind: z.literal('n_mastery'), n: finite }),
  z.object({ kind: z.literal('latest') }),
  z.object({ kind: z.literal('highest') }),
  z.object({ kind: z.literal('average') }),
  z.object({ kind: z.literal('mode') }),
  z.object({ kind: z.literal('median_recent'), n: finite }),
  z.object({ kind: z.literal('power_law') }),
]);
export const cutScoresRecordSchema = z.array(z.object({ minPercent: finite, points: finite }));

/** How a class turns evidence into levels. Absent on a class: the defaults (see classMastery). */
export const classMasterySettingsSchema = z.object({
  scale: masteryScaleRecordSchema,
  method: calculationMethodRecordSchema,
  cutScores: cutScoresRecordSchema,
});

/** Rules that stay with a class from one grouping to the next. */
export const groupingRulesSchema = z.object({
  keepApart: z._default(z.array(z.tuple([text, text])), []),
  keepTogether: z._default(z.array(z.tuple([text, text])), []),
});

/** An adult who can run a station in a class. */
export const classAdultSchema = z.object({ id, name: text, role: z.enum(['teacher', 'co-teacher', 'aide']) });

// ---- roster ----

export const classRecordSchema = z.object({
  id,
  name: text,
  subject: z._default(text, ''),
  grade: z._default(text, ''),
  term: z._default(text, ''),
  /** the term's first and last day (YYYY-MM-DD), when a school system's export gave them */
  termStart: z.optional(text),
  termEnd: z.optional(text),
  /** the class's id in the school system (OneRoster or SDS sourcedId): a later export updates it */
  sourcedId: z.optional(text),
  archived: z._default(flagSchema, 0),
  createdAt: text,
  /** set when the class was loaded as the first-run sample, so it can be cleared as a whole */
  sample: z.optional(flagSchema),
  mastery: z.optional(classMasterySettingsSchema),
  groupingRules: z.optional(groupingRulesSchema),
  /** the adults who run stations in this class (teacher, co-teacher, aide) */
  adults: z.optional(z.array(classAdultSchema)),
  rev: revSchema,
});

export const studentSchema = z.object({
  id,
  givenName: text,
  familyName: text,
  preferredName: z._default(text, ''),
  /** the school's own student id; kept as a string so leading zeros survive */
  studentNumber: z._default(text, ''),
  email: z._default(text, ''),
  notes: z._default(text, ''),
  /** the student's id in the school system (OneRoster or SDS sourcedId): a later export updates them */
  sourcedId: z.optional(text),
  archived: z._default(flagSchema, 0),
  createdAt: text,
  sample: z.optional(flagSchema),
  rev: revSchema,
});

export const enrollmentSchema = z.object({
  id,
  classId: id,
  studentId: id,
  section: z._default(text, ''),
  archived: z._default(flagSchema, 0),
  /** the day a school system's export took the student off this class (the enrollment is kept, archived) */
  endedOn: z.optional(text),
  rev: revSchema,
});

// ---- skills ----

export const frameworkSchema = z.object({
  id,
  title: text,
  creator: z._default(text, ''),
  /** the CASE identifier when imported from a CASE package */
  identifier: z._default(text, ''),
  sample: z.optional(flagSchema),
  rev: revSchema,
});

export const skillSchema = z.object({
  id,
  frameworkId: id,
  code: text,
  statement: z._default(text, ''),
  parentId: z._default(z.nullable(id), null),
  /** position among its siblings */
  order: finite,
  /** where an imported skill came from: a Canvas outcome's or group's vendor_guid */
  sourceId: z.optional(text),
  /** 1 for a heading that only holds other skills (a Canvas outcome group): nothing is scored on it */
  heading: z.optional(flagSchema),
  /** the method its source gives it (a Canvas outcome's); a class that starts tracking it takes it as its own */
  method: z.optional(calculationMethodRecordSchema),
  /** the rating scale its source gives it (a Canvas outcome's ratings and mastery points) */
  scale: z.optional(masteryScaleRecordSchema),
  rev: revSchema,
});

export const classSkillSchema = z.object({
  id,
  classId: id,
  skillId: id,
  order: finite,
  /** this skill's own calculation method in this class, overriding the class's */
  method: z.optional(calculationMethodRecordSchema),
  rev: revSchema,
});

// ---- mastery evidence ----

export const evidenceSchema = z.object({
  id,
  classId: id,
  studentId: id,
  skillId: id,
  /** on the class's mastery scale */
  score: z.nullable(finite),
  date: text,
  source: z._default(text, ''),
  note: z._default(text, ''),
  /** the original value when it came from a percent or points, e.g. '18/20' or '85%' */
  raw: z.optional(text),
  /**
   * Where an imported score came from, so it can be levelled again from `raw` when the profile's
   * cuts or placement table change: the profile, the student's grade on the file (placements are
   * read against it) and the source's own id for the test (so a second test on one day is kept).
   */
  origin: z.optional(z.object({ profileId: z.optional(text), grade: z.optional(text), ref: z.optional(text) })),
  createdAt: text,
  rev: revSchema,
});

// ---- goals ----

export const goalSchema = z.object({
  id,
  classId: id,
  studentId: id,
  title: text,
  skills: z.array(z.object({ skillId: id, target: finite })),
  startDate: text,
  dueDate: text,
  actionSteps: z._default(z.array(text), []),
  closed: z.optional(z.object({ on: text, as: z.enum(['met', 'dropped']) })),
  createdAt: text,
  rev: revSchema,
});

export const checkInSchema = z.object({
  id,
  goalId: id,
  date: text,
  teacherNote: z._default(text, ''),
  reflection: z._default(text, ''),
  confidence: z._default(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]), null),
  nextDate: z._default(z.nullable(text), null),
  rev: revSchema,
});

// ---- groupings ----

export const groupingSchema = z.object({
  id,
  classId: id,
  date: text,
  name: z._default(text, ''),
  skillIds: z._default(z.array(id), []),
  strategy: z.enum(['similar', 'mixed']),
  groups: z.array(
    z.object({ name: z._default(text, ''), color: z._default(text, ''), studentIds: z._default(z.array(id), []) }),
  ),
  createdAt: text,
  /** who was absent that day (in no group) */
  absent: z.optional(z.array(id)),
  /** each student's grouping score when the grouping was made: the data behind the groups */
  scores: z.optional(z.record(text, z.nullable(finite))),
  /** students the teacher locked in place before regrouping the rest */
  locked: z.optional(z.array(id)),
  rev: revSchema,
});

// ---- rotation plans and plays ----

/** Minutes a student spends at each kind of station, as the rotation work records them per plan. */
export const stationMinutesSchema = z.object({
  teacher: finite,
  online: finite,
  collaborative: finite,
  independent: finite,
  offline: finite,
});

/**
 * The shape of a plan record. 1: the body was loosely typed (it could be {} or miss its stations,
 * groups or times). 2: the body is a whole PlanBody. decodePlan reads both and gives 2.
 */
export const PLAN_SHAPE = 2;

const planObjectSchema = z.object({
  id,
  classId: id,
  date: z._default(text, ''),
  groupingId: z._default(z.nullable(id), null),
  title: z._default(text, ''),
  /** the rotation request and station details */
  body: storedPlanBodySchema,
  createdAt: text,
  /** each student's minutes per station kind in this plan, written when the plan is saved */
  minutesByStudent: z.optional(z.record(text, stationMinutesSchema)),
  /** the shape version of the record (PLAN_SHAPE); absent: 1 */
  shape: z.optional(z.int().check(z.gte(1))),
  rev: revSchema,
});

export const planSchema = z.pipe(
  planObjectSchema,
  z.transform((plan: z.output<typeof planObjectSchema>) => {
    // Shape 1 plans may have no dates in their body: the plan's own date is the day it runs.
    if (plan.body.dates.length === 0 && plan.date) plan.body.dates = [plan.date];
    plan.shape = PLAN_SHAPE;
    return plan;
  }),
);

export const playSchema = z.object({
  id,
  name: text,
  description: z._default(text, ''),
  model: z.enum(PLAY_MODEL_VALUES),
  stations: z.array(playStationSchema),
  minutesPerStation: finite,
  transitionMinutes: finite,
  periodMinutes: z.optional(finite),
  suggestedGroups: finite,
  /**
   * Individual plays: the playlist's activities, for everyone (groups and students belong to a
   * plan, not to a play).
   */
  playlist: z.optional(z.array(playlistActivitySchema)),
  createdAt: text,
  rev: revSchema,
});

// ---- reviews ----

export const lookForSchema = z.object({
  text,
  rating: z._default(z.nullable(finite), null),
  note: z._default(text, ''),
});

const reviewBase = {
  id,
  planId: id,
  reviewer: z._default(text, ''),
  createdAt: text,
  /** look-for ratings */
  lookFors: z._default(z.array(lookForSchema), []),
  rev: revSchema,
};

/**
 * The plan bundle a coach review keeps, as it was read (and checked whole) when it was opened.
 * Kept exactly as stored, never re-parsed: its checksum covers its content.
 */
const storedBundleSchema = z.custom<PlanBundle>(
  (v) =>
    isObject(v) &&
    v.format === 'blendwise-plan' &&
    typeof v.checksum === 'string' &&
    typeof v.exportedAt === 'string' &&
    isObject(v.content) &&
    isObject(v.content.plan) &&
    isObject(v.content.plan.body),
  { error: 'expected the plan bundle under review' },
);

const reviewedVersionSchema = z.object({
  state: z.enum(['current', 'earlier', 'unknown']),
  planExportedAt: z._default(z.nullable(text), null),
});

/** A coach reviewing a plan bundle someone exported; the bundle is kept with the review. */
export const coachReviewSchema = z.object({
  ...reviewBase,
  kind: z.literal('coach'),
  bundle: storedBundleSchema,
  /** when the coach last rated, noted or commented (the status 'sent' holds until the next change) */
  changedAt: z.optional(text),
  /** when the coach last exported the review (or wrote it into the review folder) */
  sentAt: z.optional(text),
  /** the review folder file it was opened from, so the review can be written back beside it */
  source: z.optional(z.object({ folder: text, file: text })),
});

/** A review file a teacher loaded back into one of their own plans. */
export const receivedReviewSchema = z.object({
  ...reviewBase,
  kind: z.literal('received'),
  /** the checksum of the review file, so loading it twice replaces it */
  fileChecksum: z._default(text, ''),
  /** when the reviewer exported it */
  exportedAt: z.optional(text),
  /** whether the reviewer saw the plan as it was when the review was imported */
  reviewedVersion: z.optional(reviewedVersionSchema),
});

export const reviewSchema = z.pipe(
  // Reviews written before kinds existed: one that keeps a bundle is a coach's.
  z.transform((raw: unknown) =>
    isObject(raw) && raw.kind === undefined
      ? { ...raw, kind: raw.bundle === undefined ? 'received' : 'coach' }
      : raw,
  ),
  z.discriminatedUnion('kind', [coachReviewSchema, receivedReviewSchema]),
);

export const commentSchema = z.object({
  id,
  reviewId: id,
  anchor: z.object({ kind: z.enum(ANCHOR_KIND_VALUES), ref: text }),
  text,
  resolved: z._default(flagSchema, 0),
  createdAt: text,
  /** received comments: the comment's id in the review file, so a re-import keeps what was resolved */
  sourceId: z.optional(text),
  /** received comments: what the reviewer saw the anchor as (kept when it is gone from the plan) */
  about: z.optional(text),
  rev: revSchema,
});

// ---- assessment profiles (kept in the 'assessmentProfiles' setting) ----

const RESULTS_FIELD_VALUES = [
  'studentId',
  'studentName',
  'givenName',
  'familyName',
  'skillCode',
  'score',
  'percent',
  'points',
  'pointsPossible',
  'date',
  'source',
  'note',
  'grade',
  'ref',
] as const;

const columnIndex = z.int().check(z.gte(0));

export const resultsMappingSchema = z.object({
  ...(Object.fromEntries(RESULTS_FIELD_VALUES.map((f) => [f, z.optional(columnIndex)])) as Record<
    (typeof RESULTS_FIELD_VALUES)[number],
    z.ZodMiniOptional<typeof columnIndex>
  >),
  skillColumns: z.optional(z.array(columnIndex)),
  wideValues: z.optional(z.enum(['score', 'percent'])),
});

export const assessmentProfileSchema = z.object({
  id,
  name: text,
  headersSignature: z.array(text),
  mapping: resultsMappingSchema,
  valueKind: z.enum(['level', 'percent', 'points', 'scale_score', 'placement']),
  scaleScoreCuts: z.optional(z.array(z.object({ min: finite, points: finite }))),
  placementLevels: z.optional(z.record(text, finite)),
  /** placement bands read against the student's grade (above, early/mid/late, 1-3 below) -> points */
  placementPoints: z.optional(z.record(text, finite)),
  /** the cut scores are a starting point the teacher has not checked yet */
  cutsDraft: z.optional(z.boolean()),
  skillCodeMap: z.optional(z.record(text, text)),
  strandColumns: z.optional(z.array(z.object({ name: columnIndex, value: columnIndex }))),
  defaultSource: z._default(text, ''),
});

// ---- settings ----

/**
 * Who the teacher is, written into every plan bundle as its author (so a coach reviewing several
 * classrooms knows whose plan it is). Older rows or a half-filled form read with empty fields.
 */
export const teacherProfileSchema = z.object({
  name: z._default(text, ''),
  school: z._default(text, ''),
  email: z._default(text, ''),
});

/** Every setting Blendwise keeps, by key, with the schema of its value. */
export const settingValueSchemas = {
  firstRunDone: z.boolean(),
  sampleBannerDismissed: z.boolean(),
  lastClassId: text,
  /** the name a coach reviews under */
  reviewerName: text,
  teacherProfile: teacherProfileSchema,
  /** 'coach': chosen on the first-run path; the app opens on Reviews and loads no sample */
  appRole: z.enum(['teacher', 'coach']),
  /** desktop: the folder the coach reviews from (teachers drop bundles there; reviews go back beside them) */
  reviewFolder: text,
  /** desktop: the teacher's export default; reviews written back into it land beside the plans */
  exportFolder: text,
  assessmentProfiles: z.array(assessmentProfileSchema),
} as const;

export type SettingKey = keyof typeof settingValueSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingValueSchemas)[K]>;

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingValueSchemas, key);
}

/** A settings row: a known key's value is checked against its schema; other keys are kept as they are. */
export const settingSchema = z.pipe(
  z.object({ key: z.string(), value: z.unknown() }),
  z.transform((row: { key: string; value: unknown }, ctx) => {
    if (!isSettingKey(row.key)) return row;
    const read = settingValueSchemas[row.key].safeParse(row.value);
    if (read.success) return { key: row.key, value: read.data as unknown };
    for (const issue of read.error.issues) ctx.issues.push({ ...issue, path: ['value', ...issue.path] } as never);
    return z.NEVER;
  }),
);
