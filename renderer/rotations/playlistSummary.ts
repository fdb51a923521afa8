// A plan's playlist as a reader takes it in on paper or in a review: each activity with who it is
// for in words, and per group who may pick which may-dos. Pure (names come in as a map, so a
// pseudonymised bundle reads the same way), so it is tested without a browser.
import {
  plural,
  playlistFor,
  playlistItemMinutes,
  type PlanGroup,
  type PlaylistFor,
  type PlaylistItem,
  listInWords,
} from '../../shared';

const LEFT = 'A student who left';

const byName = (a: string, b: string) => a.localeCompare(b);

export function playlistTitle(item: Pick<PlaylistItem, 'title'>): string {
  return item.title.trim() || 'Untitled activity';
}

/**
 * Who an activity is for, in words: 'Everyone', the plan's groups by name (in the plan's order) or
 * the students by name; groups and students no longer in the plan are counted, not named.
 */
export function playlistForWords(
  f: PlaylistFor,
  groups: readonly PlanGroup[],
  names: Readonly<Record<string, string>>,
): string {
  if (f.who === 'everyone') return 'Everyone';
  if (f.who === 'groups') {
    const chosen = new Set(f.groupIds);
    const named = groups.filter((g) => chosen.has(g.id)).map((g) => g.name.trim() || 'Unnamed group');
    const gone = [...chosen].filter((id) => !groups.some((g) => g.id === id)).length;
    if (chosen.size === 0) return 'No group chosen yet';
    if (named.length === 0)
      return gone === 1 ? 'A group no longer in this plan' : 'Groups no longer in this plan';
    return gone === 0
      ? listInWords(named)
      : `${listInWords(named)} (and ${plural(gone, 'group')} no longer in this plan)`;
  }
  const inPlan = new Set(groups.flatMap((g) => g.studentIds));
  const chosen = [...new Set(f.studentIds)];
  const named = chosen
    .filter((id) => inPlan.has(id))
    .map((id) => names[id]?.trim() || LEFT)
    .sort(byName);
  const gone = chosen.length - named.length;
  if (chosen.length === 0) return 'No student chosen yet';
  if (named.length === 0) return gone === 1 ? 'A student not in this plan' : 'Students not in this plan';
  return gone === 0
    ? listInWords(named)
    : `${listInWords(named)} (and ${plural(gone, 'student')} not in this plan)`;
}

export type PlaylistRow = {
  item: PlaylistItem;
  /** 1-based, as the editor numbers it */
  number: number;
  title: string;
  doWords: 'Must do' | 'May do';
  /** a must-do's time (its own, else one station's); a may-do's only when it has its own */
  minutes: number | null;
  forWords: string;
};

/** The activities in the plan's order, each in words. */
export function playlistRows(
  playlist: readonly PlaylistItem[],
  groups: readonly PlanGroup[],
  names: Readonly<Record<string, string>>,
  minutesPerStation: number,
): PlaylistRow[] {
  return playlist.map((item, i) => ({
    item,
    number: i + 1,
    title: playlistTitle(item),
    doWords: item.mustDo ? 'Must do' : 'May do',
    minutes:
      item.mustDo || typeof item.minutes === 'number' ? playlistItemMinutes(item, minutesPerStation) : null,
    forWords: playlistForWords(item.for, groups, names),
  }));
}

/** A list of may-dos in one line: 'Math game · Read a math book', or 'no may-dos'. */
export function mayDoWords(items: readonly Pick<PlaylistItem, 'title'>[]): string {
  return items.length === 0 ? 'no may-dos' : items.map(playlistTitle).join(' · ');
}

/** Students of one group who have the same may-dos; `extra`: theirs beyond the group's common ones. */
export type MayDoShare = {
  studentIds: string[];
  names: string[];
  items: PlaylistItem[];
  extra: PlaylistItem[];
};

export type GroupMayDos = {
  group: PlanGroup;
  /** the may-dos every student of the group has, in the plan's order */
  common: PlaylistItem[];
  /** most students first; one share when the whole group has the same may-dos, none for an empty group */
  shares: MayDoShare[];
};

/**
 * Per plan group, the may-dos all its students have, and its students sorted into those with the
 * same may-dos, so a page can say "all 7: A, B; Ana also: C" rather than repeat every list.
 */
export function mayDosByGroup(
  playlist: readonly PlaylistItem[],
  groups: readonly PlanGroup[],
  names: Readonly<Record<string, string>>,
): GroupMayDos[] {
  const nameOf = (id: string) => names[id]?.trim() || LEFT;
  return groups.map((group) => {
    const byKey = new Map<string, MayDoShare>();
    const students = [...new Set(group.studentIds)].sort((a, b) => byName(nameOf(a), nameOf(b)));
    for (const id of students) {
      const items = playlistFor(playlist, groups, id).mayDo;
      const key = items.map((i) => i.id).join('\n');
      const share = byKey.get(key) ?? { studentIds: [], names: [], items, extra: [] };
      share.studentIds.push(id);
      share.names.push(nameOf(id));
      byKey.set(key, share);
    }
    // Map order is first-name order, and sort is stable: ties keep it.
    const shares = [...byKey.values()].sort((a, b) => b.studentIds.length - a.studentIds.length);
    const common = (shares[0]?.items ?? []).filter((item) => shares.every((s) => s.items.includes(item)));
    for (const share of shares) share.extra = share.items.filter((item) => !common.includes(item));
    return { group, common, shares };
  });
}

/** One group's may-dos as lines to print: a lead line, then who has which others. */
export type GroupMayDoWords = { lead: string; lines: { who: string; what: string }[] };

/**
 * 'All 7 students: Game · Book', then 'Ana Lee also: Puzzle' for those with more; when nothing is
 * common to the group, 'Their may-dos differ:' and each set in full.
 */
export function groupMayDoWords({ common, shares }: GroupMayDos): GroupMayDoWords {
  const count = shares.reduce((n, s) => n + s.studentIds.length, 0);
  if (count === 0) return { lead: 'No students in this group.', lines: [] };
  const all = count === 1 ? 'The 1 student' : `All ${count} students`;
  if (common.length > 0 || shares.length === 1) {
    return {
      lead: `${all}: ${mayDoWords(common)}`,
      lines: shares
        .filter((s) => s.extra.length > 0)
        .map((s) => ({ who: `${s.names.join(', ')} also`, what: mayDoWords(s.extra) })),
    };
  }
  return {
    lead: 'Their may-dos differ:',
    lines: shares.map((s) => ({ who: s.names.join(', '), what: mayDoWords(s.items) })),
  };
}
