// Building and changing a plan draft: pure functions the editor calls, so every change is one
// plain step (and easy to test). Ids come from the caller.
import { addDays, format, isValid, parseISO } from 'date-fns';
import type {
  GroupingRecord,
  PlanBody,
  PlanGroup,
  PlanRecord,
  PlanStation,
  Play,
  PlayAdult,
  PlayModel,
  PlayRecord,
  StationKind,
} from '../../shared';
import { DEFAULT_SCREEN_LIMIT_PER_DAY, playlistProblems, remapPlaylistGroups, starterPlaylist } from '../../shared';
import { planBody, type PlanDraft } from '../db/plans';

export const KIND_LABELS: Record<StationKind, string> = {
  teacher: 'Teacher-led',
  online: 'Online',
  collaborative: 'Collaborative',
  independent: 'Independent',
  offline: 'Offline',
};

export const MODEL_LABELS: Record<PlayModel, string> = {
  station: 'Station rotation',
  lab: 'Lab rotation',
  individual: 'Individual rotation',
  whole_class: 'Whole-class rotation',
  multi_day: 'Rotation over several days',
};

export const ROLE_LABELS: Record<Exclude<PlayAdult, null>, string> = {
  teacher: 'Teacher',
  'co-teacher': 'Co-teacher',
  aide: 'Aide',
};

export const DEFAULT_START = '09:00';

/** Tomorrow: teachers plan the next lesson. */
export function defaultPlanDate(today: Date = new Date()): string {
  return format(addDays(today, 1), 'yyyy-MM-dd');
}

type PlaySource = Pick<Play, 'model' | 'stations' | 'minutesPerStation' | 'transitionMinutes'> & {
  id?: string;
  periodMinutes?: number;
  playlist?: PlayRecord['playlist'];
};

/** A new plan from a built-in or saved play (or a blank one when `play` is null). */
export function draftFromPlay(
  classId: string,
  play: (PlaySource & { name?: string }) | null,
  newId: () => string,
  date = defaultPlanDate(),
): PlanDraft {
  const stations: PlanStation[] = (play?.stations ?? []).map((s) => ({
    id: newId(),
    name: s.name,
    kind: s.kind,
    adult: s.adult ?? null,
    ...(s.capacity !== undefined ? { capacity: s.capacity } : {}),
    ...(s.devices !== undefined ? { devices: s.devices } : {}),
    ...(s.set ? { set: s.set } : {}),
    ...(s.room ? { room: s.room } : {}),
    activities: {},
  }));
  const body: PlanBody = {
    model: play?.model ?? 'station',
    dates: [date],
    start: DEFAULT_START,
    minutesPerStation: play?.minutesPerStation ?? 15,
    transitionMinutes: play?.transitionMinutes ?? 2,
    ...(play?.periodMinutes ? { periodMinutes: play.periodMinutes } : {}),
    stations,
    groups: [],
    screenLimitPerDay: DEFAULT_SCREEN_LIMIT_PER_DAY,
    notes: '',
    ...(play?.id ? { playId: play.id } : {}),
    // An individual rotation starts with a playlist made from its stations, never an empty one.
    ...(play?.model === 'individual'
      ? {
          playlist: play.playlist?.length
            ? play.playlist.map((item) => ({ ...item, id: newId(), for: { who: 'everyone' as const } }))
            : starterPlaylist(play.stations, play.minutesPerStation, newId),
        }
      : {}),
  };
  return { classId, title: play?.name ?? '', groupingId: null, body };
}

export function draftFromRecord(plan: PlanRecord): PlanDraft {
  const body = planBody(plan);
  return {
    classId: plan.classId,
    title: plan.title,
    groupingId: plan.groupingId,
    body: { ...body, dates: body.dates?.length ? body.dates : [plan.date] },
  };
}

/** The mean grouping score of some students; null when none has one. */
export function meanScore(studentIds: string[], scores: Record<string, number | null> | undefined): number | null {
  const values = studentIds.map((id) => scores?.[id]).filter((v): v is number => typeof v === 'number');
  if (values.length === 0) return null;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * A saved grouping's groups as plan groups, in priority order: the lowest mean score first, so
 * the group with the most need meets the teacher first (groups with no scores go last).
 */
export function groupsFromGrouping(grouping: GroupingRecord, newId: () => string): PlanGroup[] {
  return grouping.groups
    .map((g, i) => ({
      id: newId(),
      name: g.name.trim() || `Group ${i + 1}`,
      color: g.color,
      studentIds: [...g.studentIds],
      need: meanScore(g.studentIds, grouping.scores),
      order: i,
    }))
    .sort((a, b) => {
      if (a.need === null || b.need === null) return a.need === null ? (b.need === null ? a.order - b.order : 1) : -1;
      return a.need - b.need || a.order - b.order;
    })
    .map(({ order: _order, ...g }) => g);
}

/**
 * The plan on a saved grouping's groups (none for null). Activities follow a group into the new
 * grouping when it has the same name, so regrouping does not throw away what was planned.
 */
export function applyGrouping(d: PlanDraft, grouping: GroupingRecord | null, newId: () => string): PlanDraft {
  const groups = grouping ? groupsFromGrouping(grouping, newId) : [];
  const oldIdByName = new Map(d.body.groups.map((g) => [g.name, g.id]));
  const stations = d.body.stations.map((s) => ({
    ...s,
    activities: Object.fromEntries(
      groups.flatMap((g) => {
        const before = s.activities[oldIdByName.get(g.name) ?? ''];
        return before ? [[g.id, before]] : [];
      }),
    ),
  }));
  // Playlist activities aimed at groups follow them the same way.
  const playlist = d.body.playlist ? { playlist: remapPlaylistGroups(d.body.playlist, d.body.groups, groups) } : {};
  return { ...d, groupingId: grouping?.id ?? null, body: { ...d.body, groups, stations, ...playlist } };
}

export const isWholeClass = (groups: readonly PlanGroup[]) => groups.length === 1 && groups[0]!.name === WHOLE_CLASS_NAME;

/**
 * The plan under another model. Only a rotation over several days keeps several dates. A
 * whole-class block puts everyone in one group (the grouping stays chosen, so going back to a
 * rotation brings its groups back).
 */
export function withModel(
  d: PlanDraft,
  model: PlayModel,
  context: { classStudentIds: readonly string[]; grouping: GroupingRecord | null; newId: () => string },
): PlanDraft {
  const dates = model === 'multi_day' ? d.body.dates : d.body.dates.slice(0, 1);
  const next: PlanDraft = { ...d, body: { ...d.body, model, dates } };
  if (model === 'whole_class' && !isWholeClass(d.body.groups))
    return { ...next, body: { ...next.body, groups: [wholeClassGroup(context.classStudentIds, context.newId)] } };
  if (model !== 'whole_class' && isWholeClass(d.body.groups)) return applyGrouping(next, context.grouping, context.newId);
  return next;
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/** `dates` with a next day added after the last until there are `count` (weekends included: the teacher can change them). */
export function extendDates(dates: readonly string[], count: number): string[] {
  const out = [...dates];
  while (out.length < count) {
    const last = out[out.length - 1];
    out.push(last && isRealDate(last) ? defaultPlanDate(parseISO(last)) : defaultPlanDate());
  }
  return out;
}

/** Swaps two groups in the priority order (the schedule follows from the order). */
export function swapGroups(groups: readonly PlanGroup[], a: string, b: string): PlanGroup[] {
  const i = groups.findIndex((g) => g.id === a);
  const j = groups.findIndex((g) => g.id === b);
  if (i < 0 || j < 0 || i === j) return [...groups];
  const out = [...groups];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export const WHOLE_CLASS_NAME = 'Whole class';

/** The one group of a whole-class block: every student of the class. */
export function wholeClassGroup(studentIds: readonly string[], newId: () => string): PlanGroup {
  return { id: newId(), name: WHOLE_CLASS_NAME, color: '#4f5d75', studentIds: [...studentIds], need: null };
}

/**
 * A second copy of every station for a large class: the originals become set A, the copies set
 * B. A copy of a teacher-led station is run by an aide, since one teacher cannot run two tables.
 */
export function mirrorStations(stations: readonly PlanStation[], newId: () => string): PlanStation[] {
  const a = stations.map((s) => ({ ...s, set: 'A' as const }));
  const b = stations.map(
    (s): PlanStation => ({
      ...s,
      id: newId(),
      name: `${s.name} B`,
      set: 'B',
      adult: s.kind === 'teacher' && s.adult === 'teacher' ? 'aide' : s.adult,
      activities: {},
    }),
  );
  return [...a, ...b];
}

/** Every station back in one rotation (the stations stay; only their sets go). */
export function unmirrorStations(stations: readonly PlanStation[]): PlanStation[] {
  return stations.map(({ set: _set, ...s }) => s);
}

export function newStation(newId: () => string, count: number): PlanStation {
  return { id: newId(), name: `Station ${count + 1}`, kind: 'independent', adult: null, activities: {} };
}

/**
 * What a saved play keeps of a plan: the set-up and an individual plan's playlist activities, not
 * the groups, dates or station activities.
 */
export function playFromBody(
  body: PlanBody,
  name: string,
  description: string,
): Omit<PlayRecord, 'id' | 'createdAt'> {
  return {
    name,
    description,
    model: body.model,
    stations: body.stations.map(({ id: _id, activities: _a, everyGroup: _e, ...s }) => s),
    minutesPerStation: body.minutesPerStation,
    transitionMinutes: body.transitionMinutes,
    ...(body.periodMinutes ? { periodMinutes: body.periodMinutes } : {}),
    suggestedGroups: body.groups.length || Math.max(1, body.stations.length),
    ...(body.model === 'individual' && body.playlist?.length
      ? { playlist: body.playlist.map(({ id: _id, for: _for, ...item }) => item) }
      : {}),
  };
}

/** Problems that stop a save, in plain words (the schedule's own problems show in Plan health). */
export function saveProblems(draft: PlanDraft): string[] {
  const out: string[] = [];
  const { body } = draft;
  if (body.dates.length === 0 || body.dates.some((d) => !isRealDate(d))) out.push('Pick the date the plan is for.');
  if (!/^([01]?\d|2[0-3]):[0-5]\d$/.test(body.start)) out.push('Choose a start time.');
  if (!Number.isInteger(body.minutesPerStation) || body.minutesPerStation < 1)
    out.push('Minutes per station must be a whole number above 0.');
  if (!Number.isInteger(body.transitionMinutes) || body.transitionMinutes < 0)
    out.push('Transition minutes must be a whole number, 0 or more.');
  if (body.periodMinutes !== undefined && (!Number.isInteger(body.periodMinutes) || body.periodMinutes < 1))
    out.push('The class period must be a whole number of minutes, or left empty.');
  if (!Number.isInteger(body.screenLimitPerDay) || body.screenLimitPerDay < 0)
    out.push('The screen time limit must be a whole number of minutes.');
  out.push(...playlistProblems(body.playlist ?? []));
  return out;
}

/** "Four stations with collaboration" or "Rotation Tue 3 Mar" when the teacher left it empty. */
export function planTitle(draft: PlanDraft): string {
  const title = draft.title.trim();
  if (title) return title;
  const date = draft.body.dates[0];
  return date && isRealDate(date) ? `Rotation ${format(parseISO(date), 'EEE d MMM')}` : 'Rotation';
}

/** 'yyyy-MM-dd' naming a day that exists (not 2026-13-45, not 2026-02-30). */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const day = parseISO(iso);
  return isValid(day) && format(day, 'yyyy-MM-dd') === iso;
}

/** "Tue 3 Mar 2026" */
export function formatPlanDate(iso: string): string {
  if (!isRealDate(iso)) return iso || '—';
  return format(parseISO(iso), 'EEE d MMM yyyy');
}
