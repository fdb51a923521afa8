import { describe, expect, it } from 'vitest';
import { boardsToKeep, DEFAULT_SETTINGS, keptBoardsBack, type Board, type ClassBoard } from '../../../renderer/groups/boardStore';

const board = (dirty: boolean): Board => ({
  groups: [{ id: 'x', name: 'Front table', color: '#2e7d4f', studentIds: ['a', 'b'] }],
  skillIds: ['s1'],
  strategy: 'similar',
  scores: { a: 2, b: null },
  locked: ['a'],
  unmet: [],
  unscored: ['b'],
  savedId: null,
  name: 'Tuesday groups',
  nameEdited: true,
  date: '2026-03-03',
  dirty,
});

describe('the groups board kept across a restart', () => {
  const byClass: Record<string, ClassBoard> = {
    edited: { settings: { ...DEFAULT_SETTINGS, skillIds: ['s1'], absent: ['c'] }, board: board(true) },
    saved: { settings: DEFAULT_SETTINGS, board: board(false) },
    empty: { settings: { ...DEFAULT_SETTINGS, skillIds: ['s2'] }, board: null },
  };

  it('keeps only boards with unsaved changes, whole', () => {
    const kept = boardsToKeep(byClass, '2026-03-03');
    expect(Object.keys(kept)).toEqual(['edited']);
    const back = keptBoardsBack(JSON.parse(JSON.stringify(kept)), '2026-03-03');
    expect(back.edited).toEqual(byClass.edited);
  });

  it('forgets who was absent when the board comes back on another day', () => {
    const back = keptBoardsBack(boardsToKeep(byClass, '2026-03-03'), '2026-03-04');
    expect(back.edited?.settings.absent).toEqual([]);
    expect(back.edited?.board?.groups[0]?.studentIds).toEqual(['a', 'b']);
    expect(back.edited?.settings.skillIds).toEqual(['s1']);
  });

  it('comes back empty from nothing kept', () => {
    expect(keptBoardsBack(undefined, '2026-03-03')).toEqual({});
  });
});
