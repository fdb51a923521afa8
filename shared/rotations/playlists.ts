// The individual rotation's playlists: each student works down their own list of must-dos and
// picks from the may-dos when they finish early. The plan stores one list of activities, each
// aimed at everyone, some groups or some students; a student's playlist is derived from it, so
// the two can never disagree.

import type { PlanCheck } from './checks';
import type { StationKind } from './types';
import { listWords, plural } from './words';

// Who an activity is for (group ids are the plan's group ids; student ids are the roster's) and
// the activity itself: stored in a plan's body, so their schema lives with the plan's in records.
import type { PlaylistFor, PlaylistItem } from '../records/planBody';
export type { PlaylistFor, PlaylistItem };

export type StudentPlaylist = {
  studentId: string;
  /** the first plan group the student is in */
  groupId: string;
  /** in the order of the plan's list */
  mustDo: PlaylistItem[];
  mayDo: PlaylistItem[];
};

type Group = { id: string; name: string; studentIds: string[] };

/** What an activity counts for in time: its own minutes, else one station's time. */
export function playlistItemMinutes(item: Pick<PlaylistItem, 'minutes'>, minutesPerStation: number): number {
  return typeof item.minutes === 'number' && Number.isFinite(item.minutes) && item.minutes >= 0 ? item.minutes : minutesPerStation;
}

function isFor(item: PlaylistItem, studentId: string, groupIds: ReadonlySet<string>): boolean {
  const f = item.for;
  if (f.who === 'everyone') return true;
  if (f.who === 'groups') return f.groupIds.some((id) => groupIds.has(id));
  return f.studentIds.includes(studentId);
}

/**
 * One student's playlist: the activities meant for them (for everyone, for a group they are in, or
 * for them by name), must-dos first, each part in the order of the plan's list.
 */
export function playlistFor(playlist: readonly PlaylistItem[], groups: readonly Group[], studentId: string): StudentPlaylist {
  const mine = groups.filter((g) => g.studentIds.includes(studentId));
  const groupIds = new Set(mine.map((g) => g.id));
  const items = playlist.filter((item) => isFor(item, studentId, groupIds));
  return {
    studentId,
    groupId: mine[0]?.id ?? '',
    mustDo: items.filter((i) => i.mustDo),
    mayDo: items.filter((i) => !i.mustDo),
  };
}

/** Every student of the plan's groups (in group order, each once) with their playlist. */
export function studentPlaylists(playlist: readonly PlaylistItem[], groups: readonly Group[]): StudentPlaylist[] {
  const seen = new Set<string>();
  const out: StudentPlaylist[] = [];
  for (const group of groups) {
    for (const id of group.studentIds) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(playlistFor(playlist, groups, id));
    }
  }
  return out;
}

/** The part of a station name that says "(must do)", which a playlist says by itself. */
const MUST_DO_NOTE = /\s*\(\s*must[- ]?do\s*\)\s*$/i;
const MAY_DO_STATION = /\bmay[- ]?dos?\b/i;

/** The may-dos a teacher starts from: the play's own examples (a game, a book, an extension task). */
const STARTER_MAY_DOS: readonly { title: string; kind: StationKind }[] = [
  { title: 'Math game with a partner', kind: 'collaborative' },
  { title: 'Read a math book', kind: 'offline' },
  { title: 'Extension task', kind: 'independent' },
];

/**
 * A first playlist from a play's stations, so a teacher never starts from an empty list: a must-do
 * for everyone at each station (one station's time), and for a may-do station (one named
 * "may-do"), a few may-do choices instead. All of it is for everyone; the teacher narrows it.
 */
export function starterPlaylist(
  stations: readonly { name: string; kind: StationKind }[],
  minutesPerStation: number,
  newId: () => string,
): PlaylistItem[] {
  const mustDos: PlaylistItem[] = [];
  let mayDoStation = false;
  for (const s of stations) {
    if (MAY_DO_STATION.test(s.name)) {
      mayDoStation = true;
      continue;
    }
    mustDos.push({
      id: newId(),
      title: s.name.replace(MUST_DO_NOTE, '').trim() || 'Must-do',
      kind: s.kind,
      mustDo: true,
      minutes: minutesPerStation,
      resources: '',
      for: { who: 'everyone' },
    });
  }
  const mayDos = mayDoStation || mustDos.length > 0 ? STARTER_MAY_DOS : [];
  return [
    ...mustDos,
    ...mayDos.map((m): PlaylistItem => ({ id: newId(), title: m.title, kind: m.kind, mustDo: false, resources: '', for: { who: 'everyone' } })),
  ];
}

/**
 * The playlist after the plan's groups were replaced (a new grouping gives new group ids): an
 * activity for some groups follows each group to the new group of the same name; a group with no
 * namesake drops out of it.
 */
export function remapPlaylistGroups(
  playlist: readonly PlaylistItem[],
  before: readonly { id: string; name: string }[],
  after: readonly { id: string; name: string }[],
): PlaylistItem[] {
  const nameOf = new Map(before.map((g) => [g.id, g.name]));
  const idOf = new Map<string, string>();
  for (const g of after) if (!idOf.has(g.name)) idOf.set(g.name, g.id);
  return playlist.map((item) => {
    if (item.for.who !== 'groups') return item;
    const groupIds = item.for.groupIds.flatMap((id) => {
      const name = nameOf.get(id);
      const next = name === undefined ? undefined : idOf.get(name);
      return next ? [next] : [];
    });
    return { ...item, for: { who: 'groups', groupIds: [...new Set(groupIds)] } };
  });
}

export type PlaylistTimeInput = {
  minutesPerStation: number;
  transitionMinutes: number;
  periodMinutes?: number;
  /** the rotation's rounds: the larger of the number of stations and of groups */
  rounds: number;
};

/**
 * The time students have to work down their playlists: the class period when the plan has one,
 * else the time the rounds take from the first start to the last end. Null when neither is known.
 */
export function playlistTime(input: PlaylistTimeInput): { minutes: number; words: string } | null {
  const { minutesPerStation, transitionMinutes, periodMinutes, rounds } = input;
  if (typeof periodMinutes === 'number' && periodMinutes > 0) return { minutes: periodMinutes, words: `the ${periodMinutes}-minute period` };
  if (rounds < 1 || !(minutesPerStation > 0)) return null;
  const minutes = rounds * minutesPerStation + (rounds - 1) * Math.max(0, transitionMinutes || 0);
  return { minutes, words: `the ${minutes} minutes the ${plural(rounds, 'round')} take` };
}

/** Problems that stop a save, in plain words. */
export function playlistProblems(playlist: readonly PlaylistItem[]): string[] {
  return playlist.flatMap((item, i) =>
    item.minutes !== undefined && (!Number.isInteger(item.minutes) || item.minutes < 1)
      ? [`The minutes of playlist activity ${i + 1} must be a whole number above 0, or left empty.`]
      : [],
  );
}

export type PlaylistChecksInput = {
  playlist: readonly PlaylistItem[];
  groups: readonly Group[];
  minutesPerStation: number;
  transitionMinutes: number;
  periodMinutes?: number;
  /** the rotation's rounds (the larger of the number of stations and of groups, unless sets split them) */
  rounds: number;
  /** student id -> name, for messages; a student without one is "a student who left" */
  studentNames: Readonly<Record<string, string>>;
};

/** The most names a message lists before it says "and 5 more". */
const NAMES_SHOWN = 3;

function someStudents(names: string[]): string {
  if (names.length <= NAMES_SHOWN + 1) return listWords(names);
  return `${names.slice(0, NAMES_SHOWN).join(', ')} and ${names.length - NAMES_SHOWN} more`;
}

const quoted = (item: PlaylistItem, i: number) => (item.title.trim() ? `“${item.title.trim()}”` : `Activity ${i + 1}`);

/**
 * Plain-words checks of the playlists, warnings first: an empty playlist; students with no
 * must-do; must-dos that take longer than the time there is; students with no must-do at the
 * teacher table (every student should meet the teacher at least once in an individual rotation);
 * teacher-table must-dos that need more of the teacher's time than there is (each group's students
 * sit at the table together, so a must-do for everyone takes the teacher one sitting per group);
 * activities meant for no one in the plan. Notes: students with no may-do, activities without a title.
 */
export function playlistChecks(input: PlaylistChecksInput): PlanCheck[] {
  const { playlist, groups, minutesPerStation, studentNames } = input;
  if (playlist.length === 0) {
    return [
      {
        level: 'warning',
        message: 'The playlist is empty: add the must-dos every student finishes, then may-dos for whoever finishes early.',
      },
    ];
  }
  const warnings: string[] = [];
  const infos: string[] = [];
  const lists = studentPlaylists(playlist, groups);
  const name = (id: string) => studentNames[id]?.trim() || 'a student who left';
  const names = (ps: StudentPlaylist[]) => someStudents(ps.map((p) => name(p.studentId)));
  const verb = (ps: StudentPlaylist[], one: string, many: string) => (ps.length === 1 ? one : many);
  const everyone = (ps: StudentPlaylist[]) => ps.length === lists.length && ps.length > 1;

  const noMust = lists.filter((p) => p.mustDo.length === 0);
  if (noMust.length > 0) {
    warnings.push(
      everyone(noMust)
        ? 'No student has a must-do: mark at least one activity as a must-do.'
        : `${names(noMust)} ${verb(noMust, 'has', 'have')} no must-do: add one for ${verb(noMust, 'this student', 'them')} or their group.`,
    );
  }

  const time = playlistTime({
    minutesPerStation,
    transitionMinutes: input.transitionMinutes,
    ...(input.periodMinutes !== undefined ? { periodMinutes: input.periodMinutes } : {}),
    rounds: input.rounds,
  });
  const mustMinutes = (p: StudentPlaylist) => p.mustDo.reduce((n, item) => n + playlistItemMinutes(item, minutesPerStation), 0);
  if (time) {
    const over = lists.filter((p) => mustMinutes(p) > time.minutes);
    if (over.length > 0) {
      const spans = over.map(mustMinutes);
      const [low, high] = [Math.min(...spans), Math.max(...spans)];
      const took = low === high ? `${high} minutes` : `${low} to ${high} minutes`;
      warnings.push(
        everyone(over)
          ? `Every student's must-dos take ${took}, more than ${time.words}: shorten or drop a must-do.`
          : `The must-dos of ${names(over)} take ${took}, more than ${time.words}: shorten or drop one of theirs.`,
      );
    }
  }

  const noTeacher = lists.filter((p) => p.mustDo.length > 0 && !p.mustDo.some((i) => i.kind === 'teacher'));
  if (noTeacher.length > 0) {
    warnings.push(
      everyone(noTeacher)
        ? 'No student has a must-do at the teacher table: add one, so you meet every student this lesson.'
        : `${names(noTeacher)} ${verb(noTeacher, 'has', 'have')} no must-do at the teacher table, so ` +
            `${verb(noTeacher, 'this student', 'they')} may not meet you this lesson.`,
    );
  }

  const planGroups = new Set(groups.map((g) => g.id));
  const planStudents = new Set(lists.map((p) => p.studentId));
  if (time) {
    const sittings = (item: PlaylistItem) => {
      const f = item.for;
      if (f.who === 'everyone') return Math.max(1, groups.length);
      if (f.who === 'groups') return new Set(f.groupIds.filter((id) => planGroups.has(id))).size;
      return f.studentIds.some((id) => planStudents.has(id)) ? 1 : 0;
    };
    const teacherMinutes = playlist
      .filter((i) => i.mustDo && i.kind === 'teacher')
      .reduce((n, item) => n + sittings(item) * playlistItemMinutes(item, minutesPerStation), 0);
    if (teacherMinutes > time.minutes) {
      warnings.push(
        `The must-dos at the teacher table need about ${teacherMinutes} minutes of your time (one group after another), ` +
          `more than ${time.words}: shorten them or make some a may-do.`,
      );
    }
  }

  playlist.forEach((item, i) => {
    const f = item.for;
    const reaches =
      f.who === 'everyone' ||
      (f.who === 'groups' ? f.groupIds.some((id) => planGroups.has(id)) : f.studentIds.some((id) => planStudents.has(id)));
    if (reaches || groups.length === 0) return;
    const chosen = f.who === 'groups' ? f.groupIds.length : f.who === 'students' ? f.studentIds.length : 0;
    warnings.push(
      chosen === 0
        ? `${quoted(item, i)} is for no one yet: choose the ${f.who} it is for.`
        : `${quoted(item, i)} is for ${f.who === 'groups' ? 'groups' : 'students'} no longer in this plan: choose who it is for again.`,
    );
  });

  const noMay = lists.filter((p) => p.mustDo.length > 0 && p.mayDo.length === 0);
  if (noMay.length > 0) {
    infos.push(
      everyone(noMay)
        ? 'No student has a may-do: add a few choices (a game, a book, an extension task) for whoever finishes early.'
        : `${names(noMay)} ${verb(noMay, 'has', 'have')} no may-do to choose from after finishing the must-dos.`,
    );
  }
  const untitled = playlist.map((item, i) => (item.title.trim() ? -1 : i + 1)).filter((n) => n > 0);
  if (untitled.length > 0) {
    infos.push(`${untitled.length === 1 ? 'Activity' : 'Activities'} ${listWords(untitled.map(String))} of the playlist ${untitled.length === 1 ? 'has' : 'have'} no title yet.`);
  }

  const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return [
    ...warnings.map((message): PlanCheck => ({ level: 'warning', message: sentence(message) })),
    ...infos.map((message): PlanCheck => ({ level: 'info', message: sentence(message) })),
  ];
}
