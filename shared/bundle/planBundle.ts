// The plan bundle (.blendwise): one rotation plan with what a colleague or coach needs to read it
// (its grouping, the skills, the mastery data behind the groups, the students), checksummed.

import { z } from 'zod';
import type { CalculationMethod, MasteryScale } from '../mastery';
import { calculationMethodSchema, masteryScaleSchema } from '../mastery';
import type { GroupingRecord, Skill } from '../model';
import type { PlanBody, PlanGroup } from '../planModel';
import type { PlaylistItem } from '../rotations/playlists';
import { ADULT_VALUES, filePlanBodySchema } from '../records/planBody';
import type { Envelope, ExportOptions } from './envelope';
import { DEFAULT_MAX_BYTES, makeEnvelope, readEnvelope, serializeEnvelope } from './envelope';
import { pseudonymise } from './pseudonymise';
import { fieldLabel, scrubStrings, type ScrubReport } from './scrubContent';
import { makeNameScrubber, SHARED_NAME_PLACEHOLDER, type NamedStudent } from './scrubNames';
import { dateSchema, idSchema, nullableScore, text } from './schemas';

export type BundleStudent = { id: string; name: string };
export type BundleSkill = Pick<Skill, 'id' | 'code' | 'statement'>;
export type BundleGrouping = Pick<GroupingRecord, 'id' | 'date' | 'name' | 'strategy' | 'skillIds' | 'groups'> & {
  scores: Record<string, number | null>;
};
export type BundleMastery = {
  scale: MasteryScale;
  method: CalculationMethod;
  /** student id -> skill id -> the student's current level on that skill (null: no evidence) */
  summaries: Record<string, Record<string, number | null>>;
};

/** Who wrote the plan: the teacher's profile from Settings. Never pseudonymised: it is not a student. */
export type BundleAuthor = { name: string; school: string; email?: string };
/** An adult who runs stations in the class (the class's adults), by name and role. */
export type BundleAdult = { name: string; role: (typeof ADULT_VALUES)[number] };

export type PlanBundleContent = {
  /** absent in bundles exported before authors were written: read it through bundleAuthor() */
  author?: BundleAuthor;
  /** the class's adults, when it has any */
  adults?: BundleAdult[];
  plan: { id: string; title: string; date: string; body: PlanBody };
  grouping: BundleGrouping | null;
  skills: BundleSkill[];
  mastery: BundleMastery;
  /** real names, or pseudonyms when `pseudonymised` */
  students: BundleStudent[];
  className: string;
  pseudonymised: boolean;
  /**
   * planVersion() of the plan with real names, as the teacher's Blendwise computes it: a coach's
   * review carries it back, so the teacher can tell whether the plan changed since, even when the
   * coach only saw pseudonyms (whose numbering shifts when the class changes).
   */
  planVersion?: string;
};

export type PlanBundle = Envelope<'blendwise-plan', PlanBundleContent>;

export type PlanBundleInput = {
  plan: { id: string; title: string; date: string; body: PlanBody };
  grouping: (Pick<GroupingRecord, 'id' | 'date' | 'name' | 'strategy' | 'skillIds' | 'groups'> & { scores?: Record<string, number | null> }) | null;
  skills: readonly BundleSkill[];
  mastery: BundleMastery;
  students: readonly BundleStudent[];
  className: string;
  author?: BundleAuthor;
  adults?: readonly BundleAdult[];
  /**
   * Every student of the class (those who left it too), with the parts of their names: whose names
   * a pseudonymised bundle removes from its text. Never written to the file. Without it, the
   * display names of `students`.
   */
  classStudents?: readonly NamedStudent[];
};

export type PlanBundleOptions = ExportOptions & {
  /** replace names (and ids) of students with "Student 01"... */
  pseudonymise: boolean;
  /** planVersion() of the plain plan, written into the bundle (see PlanBundleContent.planVersion) */
  planVersion?: string;
  /** what orders the pseudonyms; the plan id when not given, so the same plan gets the same pseudonyms */
  pseudonymSeed?: string;
};

/** Every student id the input mentions, in the order it first appears. */
function studentIdsOf(input: PlanBundleInput): string[] {
  const ids: string[] = input.students.map((s) => s.id);
  for (const g of input.plan.body.groups) ids.push(...g.studentIds);
  for (const item of input.plan.body.playlist ?? []) if (item.for.who === 'students') ids.push(...item.for.studentIds);
  if (input.grouping) {
    for (const g of input.grouping.groups) ids.push(...g.studentIds);
    ids.push(...Object.keys(input.grouping.scores ?? {}));
  }
  ids.push(...Object.keys(input.mastery.summaries));
  return ids;
}

function remapKeys<V>(record: Record<string, V>, mapId: (id: string) => string): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([id, v]) => [mapId(id), v]));
}

function uniqueStudents(students: readonly BundleStudent[]): BundleStudent[] {
  const seen = new Set<string>();
  return students.filter((s) => !seen.has(s.id) && seen.add(s.id)).map((s) => ({ id: s.id, name: s.name }));
}

/** The author as written into a file: an e-mail only when there is one. */
function authorOf(author: BundleAuthor): BundleAuthor {
  const email = author.email?.trim() ?? '';
  return { name: author.name.trim(), school: author.school.trim(), ...(email ? { email } : {}) };
}

function plainContent(input: PlanBundleInput): PlanBundleContent {
  const { plan, grouping } = input;
  const adults = (input.adults ?? []).filter((a) => a.name.trim() !== '');
  return {
    ...(input.author ? { author: authorOf(input.author) } : {}),
    ...(adults.length > 0 ? { adults: adults.map((a) => ({ name: a.name.trim(), role: a.role })) } : {}),
    plan: { id: plan.id, title: plan.title, date: plan.date, body: plan.body },
    grouping: grouping
      ? {
          id: grouping.id,
          date: grouping.date,
          name: grouping.name,
          strategy: grouping.strategy,
          skillIds: [...grouping.skillIds],
          groups: grouping.groups.map((g) => ({ name: g.name, color: g.color, studentIds: [...g.studentIds] })),
          scores: { ...(grouping.scores ?? {}) },
        }
      : null,
    skills: input.skills.map((s) => ({ id: s.id, code: s.code, statement: s.statement })),
    mastery: { scale: input.mastery.scale, method: input.mastery.method, summaries: input.mastery.summaries },
    students: uniqueStudents(input.students),
    className: input.className,
    pseudonymised: false,
  };
}

/** The students whose names a pseudonymised bundle scrubs: the class's, or failing that the display names it lists. */
function namedStudents(input: PlanBundleInput): NamedStudent[] {
  if (input.classStudents) return [...input.classStudents];
  return uniqueStudents(input.students).map((s) => {
    const [given = '', ...family] = s.name.trim().split(/\s+/u);
    return { id: s.id, givenName: given, familyName: family.join(' ') };
  });
}

/** The content with every student id replaced by its pseudonym key: in groups, playlist, scores and summaries. */
function withPseudonymIds(plain: PlanBundleContent, mapId: (id: string) => string): PlanBundleContent {
  const body = plain.plan.body;
  const groups: PlanGroup[] = body.groups.map((g) => ({ ...g, studentIds: g.studentIds.map(mapId) }));
  const playlist: PlaylistItem[] | undefined = body.playlist?.map((item) =>
    item.for.who === 'students' ? { ...item, for: { who: 'students', studentIds: item.for.studentIds.map(mapId) } } : item,
  );
  return {
    ...plain,
    plan: { ...plain.plan, body: { ...body, groups, ...(playlist ? { playlist } : {}) } },
    grouping: plain.grouping
      ? {
          ...plain.grouping,
          groups: plain.grouping.groups.map((g) => ({ ...g, studentIds: g.studentIds.map(mapId) })),
          scores: remapKeys(plain.grouping.scores, mapId),
        }
      : null,
    mastery: { ...plain.mastery, summaries: remapKeys(plain.mastery.summaries, mapId) },
  };
}

/**
 * The content with every student's name and id replaced by a pseudonym: ids in the students list,
 * the groups, the playlist, the grouping scores and the mastery summaries; and every way a student
 * of the class is named (scrubNames) in every string of the file, the class name and the plan title
 * included. Students of the class who are not in the plan get a pseudonym too, when their names
 * come up in the text.
 */
function pseudonymisedContent(input: PlanBundleInput, seed: string): { content: PlanBundleContent; report: ScrubReport } {
  const named = namedStudents(input);
  const map = pseudonymise([...studentIdsOf(input), ...named.map((s) => s.id)], seed);
  const plain = plainContent(input);
  const { students: _real, ...rest } = withPseudonymIds(plain, (id) => map.get(id)?.key ?? id);
  const scrub = makeNameScrubber(named, (id) => map.get(id)?.name ?? SHARED_NAME_PLACEHOLDER);
  const { value, report } = scrubStrings(rest, scrub);
  const students = [...new Set(input.students.map((s) => s.id))]
    .map((id) => map.get(id)!)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => ({ id: p.key, name: p.name }));
  const content: PlanBundleContent = { ...value, students, pseudonymised: true };
  // A pseudonym is longer than a short name: a text at its limit could outgrow what a reader accepts.
  const check = planBundleContentSchema.safeParse(content);
  if (!check.success && planBundleContentSchema.safeParse(plain).success) {
    const where = fieldLabel(check.error.issues[0]?.path.filter((p) => typeof p !== 'symbol') ?? []);
    throw new Error(
      `with the names replaced by pseudonyms, a text in ${where === 'other text' ? 'the plan' : where} is longer than a plan file allows: shorten it and export again`,
    );
  }
  return { content, report };
}

/** The bundle of a plan, and when pseudonymised, what was replaced in it (for the teacher to check before it leaves). */
export function makePlanBundleWithReport(
  input: PlanBundleInput,
  options: PlanBundleOptions,
): { bundle: PlanBundle; report: ScrubReport | null } {
  const made = options.pseudonymise
    ? pseudonymisedContent(input, options.pseudonymSeed ?? input.plan.id)
    : { content: plainContent(input), report: null };
  const content = options.planVersion ? { ...made.content, planVersion: options.planVersion } : made.content;
  return { bundle: makeEnvelope('blendwise-plan', content, options), report: made.report };
}

/** The bundle of a plan, ready for serializeBundle. */
export function makePlanBundle(input: PlanBundleInput, options: PlanBundleOptions): PlanBundle {
  return makePlanBundleWithReport(input, options).bundle;
}

/** The text of a bundle file: pretty JSON. */
export function serializeBundle(bundle: PlanBundle): string {
  return serializeEnvelope(bundle);
}

// ---- reading ----

/**
 * A plan body in a file: the stored plan body's schema (shared/records/planBody.ts), read in its
 * bounded 'file' form. One schema for both, so a plan reads the same from the database and a bundle.
 */
export const planBodySchema = filePlanBodySchema;

const groupingSchema = z.object({
  id: idSchema,
  date: dateSchema.or(z.literal('')),
  name: text(200),
  strategy: z.enum(['similar', 'mixed']),
  skillIds: z.array(idSchema).max(5000),
  groups: z.array(z.object({ name: text(200), color: text(40), studentIds: z.array(idSchema).max(5000) })).max(500),
  scores: z.record(idSchema, nullableScore),
});

/**
 * Who wrote a bundle, with empty fields for a bundle exported before authors were written (or by a
 * teacher who has not filled in their profile): every reader of the author goes through this.
 */
export function bundleAuthor(content: Pick<PlanBundleContent, 'author'>): Required<BundleAuthor> {
  const a = content.author;
  return { name: a?.name ?? '', school: a?.school ?? '', email: a?.email ?? '' };
}

export const planBundleContentSchema = z
  .object({
    // Optional, not defaulted: an older bundle reads exactly as it was written (its checksum covers it).
    author: z.object({ name: text(200), school: text(200), email: text(320).optional() }).optional(),
    adults: z
      .array(z.object({ name: text(200), role: z.enum(ADULT_VALUES) }))
      .max(50)
      .optional(),
    plan: z.object({ id: idSchema, title: text(500), date: dateSchema.or(z.literal('')), body: planBodySchema }),
    grouping: groupingSchema.nullable(),
    skills: z.array(z.object({ id: idSchema, code: text(200), statement: text(5000) })).max(20000),
    mastery: z.object({
      scale: masteryScaleSchema,
      method: calculationMethodSchema,
      summaries: z.record(idSchema, z.record(idSchema, nullableScore)),
    }),
    students: z.array(z.object({ id: idSchema, name: text(300) })).max(5000),
    className: text(500),
    pseudonymised: z.boolean(),
    planVersion: text(100).optional(),
  })
  .superRefine((content, ctx) => {
    const ids = new Set<string>();
    content.students.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['students', i], message: 'The same student is listed twice.' });
      ids.add(s.id);
    });
    const groupIds = new Set<string>();
    content.plan.body.groups.forEach((g, i) => {
      if (groupIds.has(g.id)) ctx.addIssue({ code: 'custom', path: ['plan', 'body', 'groups', i], message: 'Two groups share an id.' });
      groupIds.add(g.id);
    });
    const stationIds = new Set<string>();
    content.plan.body.stations.forEach((s, i) => {
      if (stationIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['plan', 'body', 'stations', i], message: 'Two stations share an id.' });
      stationIds.add(s.id);
    });
  });

export type ReadPlanBundleResult = { ok: true; bundle: PlanBundle } | { ok: false; problem: string };

/**
 * Reads a .blendwise file's text: checks its size, JSON, format name and version, checksum and
 * every field. Never throws; `problem` says in plain words what is wrong.
 */
export function readPlanBundle(text: string, options: { maxBytes?: number } = {}): ReadPlanBundleResult {
  const read = readEnvelope(text, 'blendwise-plan', planBundleContentSchema, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return read.ok ? { ok: true, bundle: read.value } : read;
}
