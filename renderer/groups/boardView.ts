import { formatDate, formatLevel, formatMean } from '../../shared';
import type {
  GroupingChange,
  GroupingRecord,
  GroupingRequest,
  GroupingResult,
  GroupingRules,
  GroupStats,
} from '../../shared';
import type { Board, BoardGroup, BoardSettings } from './boardStore';

/** Group colours: distinct, readable with dark text on the light tint the cards use. */
export const PALETTE: { name: string; color: string }[] = [
  { name: 'Blue', color: '#2f6f8f' },
  { name: 'Green', color: '#2e7d4f' },
  { name: 'Orange', color: '#c2621a' },
  { name: 'Purple', color: '#6a4c93' },
  { name: 'Red', color: '#b3261e' },
  { name: 'Teal', color: '#11807a' },
  { name: 'Gold', color: '#9a7400' },
  { name: 'Gray', color: '#5b6574' },
];

export function paletteColor(i: number): string {
  return PALETTE[i % PALETTE.length]!.color;
}

export function defaultGroupingName(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `Groups ${formatDate(date, 'medium')}` : 'Groups';
}

/** "Tue 3 Nov" */
export function formatDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, 'weekday') : iso;
}

/** A level as every screen writes it (shared/format): "2.4", "3", "1.01"; "–" for none. */
export function levelText(value: number | null): string {
  return formatLevel(value);
}

/** "mean 2.4, 1.8–2.9" (or why there is none). */
export function statsText(stats: GroupStats): string {
  if (stats.mean === null) return stats.size === 0 ? 'empty' : 'no scores';
  if (stats.min === stats.max) return `mean ${formatMean(stats.mean)}`;
  return `mean ${formatMean(stats.mean)}, ${levelText(stats.min)}–${levelText(stats.max)}`;
}

export function listNames(ids: string[], names: Record<string, string>): string {
  return ids.map((id) => names[id] ?? 'a student who left').join(', ');
}

/** The request the board sends: present students with their scores, the class's rules, locks as pins. */
export function groupingRequest(input: {
  studentIds: string[];
  scores: Record<string, number | null>;
  settings: BoardSettings;
  rules: GroupingRules;
  /** the groups now on the board: locked students stay in the group at the same position */
  board: BoardGroup[] | null;
  locked: string[];
  pastGroups: string[][][];
}): GroupingRequest {
  const { settings } = input;
  const absent = new Set(settings.absent);
  const count = parseInt(settings.groupCount, 10);
  const max = parseInt(settings.maxSize, 10);
  const pinned: Record<string, number> = {};
  input.board?.forEach((g, i) => {
    for (const id of g.studentIds) if (input.locked.includes(id) && !absent.has(id)) pinned[id] = i;
  });
  return {
    students: input.studentIds.filter((id) => !absent.has(id)).map((id) => ({ id, score: input.scores[id] ?? null })),
    strategy: settings.strategy,
    ...(count > 0 ? { groupCount: count } : {}),
    ...(max > 0 ? { maxSize: max } : {}),
    keepApart: input.rules.keepApart,
    keepTogether: input.rules.keepTogether,
    pinned,
    absent: settings.absent,
    pastGroups: input.pastGroups,
    seed: settings.seed,
  };
}

/**
 * The board's groups after a (re)grouping: names and colours stay with their place, and a locked
 * group (`lockedAt`: the place each of `locked` ended up) stays the same group.
 */
export function boardGroups(
  result: GroupingResult,
  before: BoardGroup[] | null,
  newId: () => string,
  locked: { groups: BoardGroup[]; at: number[] } = { groups: [], at: [] },
): BoardGroup[] {
  const lockedIds = new Set(locked.groups.map((g) => g.id));
  const others = (before ?? []).filter((g) => !lockedIds.has(g.id));
  let next = 0;
  return result.groups.map((studentIds, i) => {
    const li = locked.at.indexOf(i);
    const old = li >= 0 ? locked.groups[li] : others[next++];
    return { id: old?.id ?? newId(), name: old?.name ?? `Group ${i + 1}`, color: old?.color ?? paletteColor(i), studentIds };
  });
}

/** The board after "Make groups". */
export function madeBoard(
  input: {
    result: GroupingResult & { lockedAt?: number[] };
    request: GroupingRequest;
    settings: BoardSettings;
    /** the board the groups were made from, with its groups without the students who left */
    before: { board: Board; groups: BoardGroup[] } | null;
    today: string;
  },
  newId: () => string,
): Board {
  const { result, request, settings, before, today } = input;
  const present = new Set(request.students.map((s) => s.id));
  const draft = before && !before.board.savedId ? before.board : null;
  const lockedIds = new Set(before?.board.lockedGroups ?? []);
  const lockedGroups = (before?.groups ?? []).filter((g) => lockedIds.has(g.id));
  const groups = boardGroups(result, before?.groups ?? null, newId, { groups: lockedGroups, at: result.lockedAt ?? [] });
  return {
    groups,
    skillIds: settings.skillIds,
    strategy: settings.strategy,
    scores: Object.fromEntries(request.students.map((s) => [s.id, s.score])),
    locked: (before?.board.locked ?? []).filter((id) => present.has(id)),
    lockedGroups: lockedGroups.map((g) => g.id).filter((id) => groups.some((g) => g.id === id)),
    unmet: result.unmet,
    unscored: result.unscored,
    // New groups are a new grouping: saving them never overwrites the one they were made from.
    // A name and date typed for a board not saved yet stay.
    savedId: null,
    name: draft ? draft.name : '',
    nameEdited: draft ? draft.nameEdited : false,
    date: draft ? draft.date : today,
    dirty: true,
  };
}

/** A saved grouping back on the board, and the panel set as it was made; students who left drop out. */
export function openedGrouping(
  record: GroupingRecord,
  known: { onRoster: ReadonlySet<string>; tracked: ReadonlySet<string> },
  newId: () => string,
): { board: Board; settings: Partial<BoardSettings> } {
  const { onRoster, tracked } = known;
  return {
    board: {
      groups: record.groups.map((g) => ({
        id: newId(),
        name: g.name,
        color: g.color,
        studentIds: g.studentIds.filter((id) => onRoster.has(id)),
      })),
      skillIds: record.skillIds,
      strategy: record.strategy,
      scores: record.scores ?? {},
      locked: (record.locked ?? []).filter((id) => onRoster.has(id)),
      unmet: [],
      unscored: [],
      savedId: record.id,
      name: record.name,
      nameEdited: true,
      date: record.date,
      dirty: false,
    },
    settings: {
      skillIds: record.skillIds.filter((id) => tracked.has(id)),
      strategy: record.strategy,
      groupCount: String(record.groups.length),
      maxSize: '',
      absent: (record.absent ?? []).filter((id) => onRoster.has(id)),
    },
  };
}

/** Each rule the engine could not keep, in a teacher's words. */
export function unmetText(unmet: GroupingResult['unmet'], names: Record<string, string>, maxSize: string): string[] {
  return unmet.map(({ rule, students }) => {
    const who = listNames(students, names);
    switch (rule) {
      case 'keepApart':
        return students.length < 2 ? `${who} is paired with themselves in a keep-apart rule.` : `${who} could not be kept apart.`;
      case 'keepTogether':
        return `${who} could not be kept together.`;
      case 'pinned':
        return `${who} is locked in a group that no longer exists, so they were moved.`;
      case 'maxSize':
        return `A group is larger than ${maxSize || 'the largest size'}: ${who}.`;
      case 'minSize':
        return `A group is smaller than it should be: ${who}.`;
      default:
        return `A rule could not be kept for ${who}.`;
    }
  });
}

export type ChangeSummary = { up: string[]; down: string[]; new: string[]; same: number };

export function summarizeChanges(changes: GroupingChange[], names: Record<string, string>): ChangeSummary {
  const out: ChangeSummary = { up: [], down: [], new: [], same: 0 };
  for (const c of changes) {
    const name = names[c.studentId];
    if (!name) continue;
    if (c.kind === 'same') out.same++;
    else out[c.kind].push(name);
  }
  for (const list of [out.up, out.down, out.new]) list.sort((a, b) => a.localeCompare(b));
  return out;
}

/** Whether a saved grouping was made the same way as the board: same strategy, same skills. */
export function sameKind(g: Pick<GroupingRecord, 'strategy' | 'skillIds'>, board: Pick<Board, 'strategy' | 'skillIds'>): boolean {
  if (g.strategy !== board.strategy) return false;
  const a = new Set(g.skillIds);
  const b = new Set(board.skillIds);
  return a.size === b.size && [...a].every((id) => b.has(id));
}

/**
 * The saved grouping the board is compared with: the last one made the same way (same strategy and
 * skills), before the open one when the board is a saved grouping. Comparing a mixed grouping with
 * a similar one, or groups on other skills, would call nearly everyone moved.
 */
export function previousGrouping(groupings: GroupingRecord[], board: Board): GroupingRecord | undefined {
  const at = board.savedId ? groupings.findIndex((g) => g.id === board.savedId) : -1;
  return groupings.slice(at + 1).find((g) => g.id !== board.savedId && sameKind(g, board));
}

/** "similar levels on 6.RP.A.1 and 6.RP.A.3": how a grouping was made, in words. */
export function kindText(strategy: Board['strategy'], skillCodes: string[]): string {
  const codes =
    skillCodes.length <= 1 ? (skillCodes[0] ?? 'no skills') : `${skillCodes.slice(0, -1).join(', ')} and ${skillCodes[skillCodes.length - 1]}`;
  return `${strategy === 'similar' ? 'similar' : 'mixed'} levels on ${codes}`;
}
