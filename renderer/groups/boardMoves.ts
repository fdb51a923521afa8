import type { Board } from './boardStore';

/** Not in any group: the tray of students back from absence or new to the class. */
export const UNPLACED = 'unplaced';

/** Where a student sits on the board: their group's id (or UNPLACED) and their place in it. */
export type Seat = { groupId: string; index: number };

export function seatOf(board: Pick<Board, 'groups'>, studentId: string): Seat {
  for (const g of board.groups) {
    const index = g.studentIds.indexOf(studentId);
    if (index >= 0) return { groupId: g.id, index };
  }
  return { groupId: UNPLACED, index: -1 };
}

/**
 * The board's groups with a student moved into a group (at a place, else last) or out of every
 * group. The engine's report was about the groups it made, so it goes: the live warnings cover the
 * board as it now stands.
 */
export function moveStudent(board: Board, studentId: string, to: string, at?: number): Partial<Board> {
  return {
    groups: board.groups.map((g) => {
      const rest = g.studentIds.filter((id) => id !== studentId);
      if (g.id !== to || to === UNPLACED) return rest.length === g.studentIds.length ? g : { ...g, studentIds: rest };
      const place = at === undefined || at < 0 ? rest.length : Math.min(at, rest.length);
      return { ...g, studentIds: [...rest.slice(0, place), studentId, ...rest.slice(place)] };
    }),
    unmet: [],
  };
}

/** The board with a group moved one place earlier (-1) or later (+1): group 1 meets the teacher first. */
export function moveGroup(board: Board, groupId: string, step: -1 | 1): Partial<Board> {
  const from = board.groups.findIndex((g) => g.id === groupId);
  const to = from + step;
  if (from < 0 || to < 0 || to >= board.groups.length) return {};
  const groups = board.groups.slice();
  [groups[from], groups[to]] = [groups[to]!, groups[from]!];
  return { groups };
}

export function toggleStudentLock(board: Board, studentId: string): Partial<Board> {
  return { locked: board.locked.includes(studentId) ? board.locked.filter((x) => x !== studentId) : [...board.locked, studentId] };
}

export function toggleGroupLock(board: Board, groupId: string): Partial<Board> {
  const now = board.lockedGroups ?? [];
  return { lockedGroups: now.includes(groupId) ? now.filter((x) => x !== groupId) : [...now, groupId] };
}

/** The whole groups locked on the board, with their places, for "Regroup the rest". */
export function lockedGroupsOf(board: Pick<Board, 'lockedGroups'>, groups: Board['groups']): { at: number; studentIds: string[] }[] {
  const ids = new Set(board.lockedGroups ?? []);
  return groups.flatMap((g, at) => (ids.has(g.id) ? [{ at, studentIds: g.studentIds }] : []));
}
