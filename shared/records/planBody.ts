// What a saved rotation plan holds (PlanRecord.body), its stations, groups and playlist: one
// schema, read two ways. 'stored' reads a plan from this computer's database and upgrades older
// shapes (a body saved as {} or without stations, groups or times gets the editor's defaults);
// 'file' reads a plan bundle someone sent, and also bounds every text, list and id so a file can
// never smuggle in an unbounded string or a prototype key. Both fill the same defaults.
// A leaf module (no import of the records index or of shared/bundle), so the bundle can use it.
// zod's smaller build (zod/mini): these are read on the way to every class screen's first paint.
import * as z from 'zod/mini';
import type { PlayAdult, PlayModel } from '../rotations/plays';
import type { StationKind } from '../rotations/types';

/** Minutes on screens a student may have in a day, unless the plan says otherwise. */
export const DEFAULT_SCREEN_LIMIT_PER_DAY = 40;

export const STATION_KIND_VALUES = [
  'teacher',
  'online',
  'collaborative',
  'independent',
  'offline',
] as const satisfies readonly StationKind[];
export const PLAY_MODEL_VALUES = [
  'station',
  'lab',
  'individual',
  'whole_class',
  'multi_day',
] as const satisfies readonly PlayModel[];
export const ADULT_VALUES = ['teacher', 'co-teacher', 'aide'] as const satisfies readonly Exclude<
  PlayAdult,
  null
>[];

/**
 * What a review comment can be about: the whole plan, a station, a group, a time slot (a round),
 * what one group does at one station ('activity', ref 'stationId:groupId'), an activity of the
 * playlist ('playlist', ref its id) and the teacher's notes ('notes').
 */
export const ANCHOR_KIND_VALUES = ['plan', 'station', 'group', 'slot', 'activity', 'playlist', 'notes'] as const;

/** What a new plan starts with, and what an older plan missing a field reads as. */
export const PLAN_BODY_DEFAULTS = {
  model: 'station' as PlayModel,
  start: '09:00',
  minutesPerStation: 15,
  transitionMinutes: 2,
  screenLimitPerDay: DEFAULT_SCREEN_LIMIT_PER_DAY,
  notes: '',
  groupColor: '#4f5d75',
} as const;

export type PlanSchemaMode = 'stored' | 'file';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function planParts(mode: PlanSchemaMode) {
  const file = mode === 'file';
  const text = (max: number) =>
    file ? z.string().check(z.maxLength(max, `Text is longer than ${max} characters.`)) : z.string();
  const id = file
    ? z
        .string({ error: 'An id must be text.' })
        .check(
          z.minLength(1, 'An id is empty.'),
          z.maxLength(200, 'An id is too long.'),
          z.refine((v) => !FORBIDDEN_KEYS.has(v), 'An id uses a reserved word.'),
        )
    : z.string();
  const list = <T extends z.core.SomeType>(item: T, max: number) =>
    file ? z.array(item).check(z.maxLength(max)) : z.array(item);
  // zod 4 numbers refuse NaN and Infinity.
  const finite = z.number();
  const minutes = file ? z.number().check(z.gte(0), z.lte(24 * 60)) : finite;
  const nonNegative = z.number().check(z.gte(0));
  const date = file
    ? z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date must be written like 2025-03-14.'))
    : z.string();
  const start = file
    ? z.string().check(z.regex(/^\d{1,2}:\d{2}$/, 'A start time must be written like 09:15.'))
    : z.string();
  const kind = z.enum(STATION_KIND_VALUES);
  const set = z.optional(z.enum(['A', 'B']));
  const orEmpty = (max: number) => z._default(text(max), '');

  const activity = z.object({
    activity: orEmpty(5000),
    resources: orEmpty(5000),
    evidence: orEmpty(5000),
  });

  /** A station as a play keeps it: no id, no activities. */
  const playStation = z.object({
    name: orEmpty(200),
    kind,
    adult: z._default(z.nullable(z.enum(ADULT_VALUES)), null),
    capacity: z.optional(nonNegative),
    devices: z.optional(nonNegative),
    /** mirrored plans: the set of stations it belongs to (none means set A) */
    set,
    /** where it is, for a lab rotation: 'Classroom', 'Computer lab' */
    room: z.optional(text(200)),
  });

  const station = z.extend(playStation, {
    id,
    /** group id -> what that group does here; a field left empty falls back to `everyGroup` */
    activities: z._default(z.record(id, activity), {}),
    /** what every group does here unless its own activity says otherwise (older plans: none) */
    everyGroup: z.optional(activity),
  });

  const group = z.object({
    id,
    name: orEmpty(200),
    color: z._default(text(40), PLAN_BODY_DEFAULTS.groupColor),
    studentIds: z._default(list(id, 5000), []),
    need: z.optional(z.nullable(finite)),
    /** mirrored plans: the set of stations it rotates through (none means it alternates with the others) */
    set,
  });

  const playlistFor = z.discriminatedUnion('who', [
    z.object({ who: z.literal('everyone') }),
    z.object({ who: z.literal('groups'), groupIds: list(id, 500) }),
    z.object({ who: z.literal('students'), studentIds: list(id, 5000) }),
  ]);

  const playlistActivity = z.object({
    title: orEmpty(200),
    kind,
    mustDo: z.boolean(),
    /** how long it takes; unset: one station's time (the plan's minutes per station) */
    minutes: z.optional(minutes),
    resources: orEmpty(5000),
  });

  const playlistItem = z.extend(playlistActivity, { id, for: playlistFor });

  const body = z.object({
    model: z._default(z.enum(PLAY_MODEL_VALUES), PLAN_BODY_DEFAULTS.model),
    /** the days it runs on, in order (one for most plans; several for a rotation spread over days) */
    dates: z._default(list(date, 366), []),
    start: z._default(start, PLAN_BODY_DEFAULTS.start),
    minutesPerStation: z._default(minutes, PLAN_BODY_DEFAULTS.minutesPerStation),
    transitionMinutes: z._default(minutes, PLAN_BODY_DEFAULTS.transitionMinutes),
    periodMinutes: z.optional(minutes),
    stations: z._default(list(station, 100), []),
    /** in priority order: the first meets the teacher first */
    groups: z._default(list(group, 500), []),
    screenLimitPerDay: z._default(nonNegative, PLAN_BODY_DEFAULTS.screenLimitPerDay),
    notes: z._default(text(20000), PLAN_BODY_DEFAULTS.notes),
    /**
     * whether the wall chart, station cards and live board name the students of each group;
     * unset (older plans) means they do. Optional rather than defaulted, so an older plan reads
     * (and checksums) exactly as it did.
     */
    showNames: z.optional(z.boolean()),
    /** the play it started from, if any */
    playId: z.optional(id),
    /** individual rotation: the activities each student's must-do and may-do list is made of */
    playlist: z.optional(list(playlistItem, 500)),
  });

  return {
    id,
    text,
    date,
    finite,
    minutes,
    kind,
    activity,
    playStation,
    station,
    group,
    playlistFor,
    playlistActivity,
    playlistItem,
    body,
  };
}

const stored = planParts('stored');

export const planStationSchema = stored.station;
export const planGroupSchema = stored.group;
export const playStationSchema = stored.playStation;
export const playlistItemSchema = stored.playlistItem;
export const playlistActivitySchema = stored.playlistActivity;
/** A stored plan's body; older shapes upgrade (see the file's head). */
export const storedPlanBodySchema = stored.body;
/** A plan body read from a file: the same schema, bounded. */
export const filePlanBodySchema = planParts('file').body;

export type PlanStation = z.output<typeof planStationSchema>;
export type PlanGroup = z.output<typeof planGroupSchema>;
export type PlaylistFor = z.output<typeof stored.playlistFor>;
export type PlaylistItem = z.output<typeof playlistItemSchema>;
export type PlanBody = z.output<typeof storedPlanBodySchema>;
