import { describe, expect, it } from 'vitest';
import { lockedGroupsOf, moveGroup, moveStudent, seatOf, toggleGroupLock, UNPLACED } from '../../../renderer/groups/boardMoves';
import { DEFAULT_SETTINGS, rememberedBack, settingsToRemember, type Board } from '../../../renderer/groups/boardStore';
import { boardGroups } from '../../../renderer/groups/boardView';

const board: Board = {
  groups: [
    { id: 'g1', name: 'Group 1', color: '#111111', studentIds: ['a', 'b', 'c'] },
    { id: 'g2', name: 'Front table', color: '#222222', studentIds: ['d', 'e'] },
    { id: 'g3', name: 'Group 3', color: '#333333', studentIds: ['f'] },
  ],
  skillIds: ['s1'],
  strategy: 'similar',
  scores: {},
  locked: [],
  lockedGroups: ['g2'],
  unmet: [{ rule: 'pinned', students: ['a'] }],
  unscored: [],
  savedId: null,
  name: '',
  nameEdited: false,
  date: '2026-03-03',
  dirty: false,
};
const apply = (b: Board, change: Partial<Board>): Board => ({ ...b, ...change });

describe('board moves and their way back', () => {
  it('a move and its undo put a student back in the same place', () => {
    const seat = seatOf(board, 'b');
    expect(seat).toEqual({ groupId: 'g1', index: 1 });
    const moved = apply(board, moveStudent(board, 'b', 'g3'));
    expect(moved.groups.map((g) => g.studentIds)).toEqual([['a', 'c'], ['d', 'e'], ['f', 'b']]);
    expect(moved.unmet).toEqual([]);
    const back = apply(moved, moveStudent(moved, 'b', seat.groupId, seat.index));
    expect(back.groups).toEqual(board.groups);
  });

  it('moves a student out of every group, and back from there', () => {
    const out = apply(board, moveStudent(board, 'f', UNPLACED));
    expect(seatOf(out, 'f')).toEqual({ groupId: UNPLACED, index: -1 });
    expect(apply(out, moveStudent(out, 'f', 'g3', 0)).groups[2]!.studentIds).toEqual(['f']);
  });

  it('reorders groups one place at a time, never past either end', () => {
    expect(apply(board, moveGroup(board, 'g1', 1)).groups.map((g) => g.id)).toEqual(['g2', 'g1', 'g3']);
    expect(moveGroup(board, 'g1', -1)).toEqual({});
    expect(moveGroup(board, 'g3', 1)).toEqual({});
  });

  it('locks and unlocks whole groups, found with their places for regrouping', () => {
    expect(lockedGroupsOf(board, board.groups)).toEqual([{ at: 1, studentIds: ['d', 'e'] }]);
    const unlocked = apply(board, toggleGroupLock(board, 'g2'));
    expect(lockedGroupsOf(unlocked, unlocked.groups)).toEqual([]);
  });

  it('a locked group stays the same group on the board after regrouping, with its name and colour', () => {
    const result = { groups: [['x'], ['d', 'e'], ['y', 'z']], unscored: [], unmet: [] };
    const ids = ['n1', 'n2'];
    const out = boardGroups(result, board.groups, () => ids.shift()!, { groups: [board.groups[1]!], at: [1] });
    expect(out.map((g) => [g.id, g.name])).toEqual([
      ['g1', 'Group 1'],
      ['g2', 'Front table'],
      ['g3', 'Group 3'],
    ]);
    // Locked group moved to another place: the other groups keep their order around it.
    const moved = boardGroups(result, board.groups, () => 'new', { groups: [board.groups[1]!], at: [2] });
    expect(moved.map((g) => g.id)).toEqual(['g1', 'g3', 'g2']);
  });
});

describe('the panel settings remembered per class', () => {
  it('keeps skills, strategy and sizes, never who was absent', () => {
    const kept = settingsToRemember({
      c1: { settings: { ...DEFAULT_SETTINGS, skillIds: ['s2'], strategy: 'mixed', groupCount: '5', absent: ['a'], seed: 9 }, board: null },
    });
    expect(JSON.parse(JSON.stringify(kept))).toEqual({ c1: { skillIds: ['s2'], strategy: 'mixed', groupCount: '5', maxSize: '' } });
    const back = rememberedBack(kept);
    expect(back.c1).toEqual({ settings: { ...DEFAULT_SETTINGS, skillIds: ['s2'], strategy: 'mixed', groupCount: '5' }, board: null });
  });

  it('ignores what it cannot read back', () => {
    const back = rememberedBack({ c1: { strategy: 'zigzag' as 'mixed', skillIds: 'x' as unknown as string[] } });
    expect(back.c1?.settings).toEqual(DEFAULT_SETTINGS);
    expect(rememberedBack(undefined)).toEqual({});
  });
});
