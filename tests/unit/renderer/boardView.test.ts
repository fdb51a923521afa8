import { describe, expect, it } from 'vitest';
import type { GroupingRecord, GroupingRequest, GroupingResult } from '../../../shared';
import { DEFAULT_SETTINGS, type Board } from '../../../renderer/groups/boardStore';
import { madeBoard, openedGrouping, previousGrouping } from '../../../renderer/groups/boardView';

const ids = () => {
  let n = 0;
  return () => `g${++n}`;
};

const record = (id: string, date: string): GroupingRecord => ({
  id,
  classId: 'c',
  date,
  name: `Groups ${date}`,
  skillIds: ['s1', 'gone'],
  strategy: 'mixed',
  groups: [
    { name: 'Reds', color: '#b3261e', studentIds: ['a', 'left'] },
    { name: 'Blues', color: '#2f6f8f', studentIds: ['b', 'c'] },
  ],
  createdAt: '',
  absent: ['d', 'left'],
  scores: { a: 2, b: 3, c: null },
  locked: ['a', 'left'],
});

const board = (change: Partial<Board>): Board => ({
  groups: [{ id: 'x', name: 'Front table', color: '#2e7d4f', studentIds: ['a', 'b'] }],
  skillIds: ['s1'],
  strategy: 'similar',
  scores: {},
  locked: ['a', 'd'],
  unmet: [],
  unscored: [],
  savedId: null,
  name: 'Friday',
  nameEdited: true,
  date: '2026-03-06',
  dirty: true,
  ...change,
});

describe('madeBoard', () => {
  const request: GroupingRequest = {
    students: [
      { id: 'a', score: 2 },
      { id: 'b', score: null },
      { id: 'c', score: 3 },
    ],
    strategy: 'mixed',
  };
  const result: GroupingResult = { groups: [['a', 'b'], ['c']], unscored: ['b'], unmet: [] };
  const settings = { ...DEFAULT_SETTINGS, skillIds: ['s1', 's2'], strategy: 'mixed' as const };

  it('keeps the name and date typed for a board not saved yet, and names and colours by position', () => {
    const before = board({});
    const next = madeBoard(
      { result, request, settings, before: { board: before, groups: before.groups }, today: '2026-03-09' },
      ids(),
    );
    expect(next.groups.map((g) => [g.id, g.name, g.studentIds])).toEqual([
      ['x', 'Front table', ['a', 'b']],
      ['g1', 'Group 2', ['c']],
    ]);
    expect(next).toMatchObject({
      name: 'Friday',
      nameEdited: true,
      date: '2026-03-06',
      savedId: null,
      dirty: true,
    });
    expect(next.locked).toEqual(['a']);
    expect(next.scores).toEqual({ a: 2, b: null, c: 3 });
    expect(next.skillIds).toEqual(['s1', 's2']);
  });

  it('starts a new grouping for today when made from a saved one', () => {
    const before = board({ savedId: 'r1' });
    const next = madeBoard(
      { result, request, settings, before: { board: before, groups: before.groups }, today: '2026-03-09' },
      ids(),
    );
    expect(next).toMatchObject({ name: '', nameEdited: false, date: '2026-03-09', savedId: null });
  });
});

describe('openedGrouping', () => {
  it('drops students who left and skills no longer tracked, and asks for as many groups again', () => {
    const onRoster = new Set(['a', 'b', 'c', 'd']);
    const opened = openedGrouping(record('r1', '2026-03-02'), { onRoster, tracked: new Set(['s1']) }, ids());
    expect(opened.board.groups.map((g) => [g.name, g.studentIds])).toEqual([
      ['Reds', ['a']],
      ['Blues', ['b', 'c']],
    ]);
    expect(opened.board).toMatchObject({ savedId: 'r1', dirty: false, nameEdited: true, locked: ['a'] });
    expect(opened.board.skillIds).toEqual(['s1', 'gone']);
    expect(opened.settings).toEqual({
      skillIds: ['s1'],
      strategy: 'mixed',
      groupCount: '2',
      maxSize: '',
      absent: ['d'],
    });
  });
});

describe('previousGrouping', () => {
  const newestFirst = [record('r3', '2026-03-03'), record('r2', '2026-03-02'), record('r1', '2026-03-01')];
  const mixed = { strategy: 'mixed' as const, skillIds: ['gone', 's1'] };
  it('compares an opened grouping with the one before it, and a new board with the newest', () => {
    expect(previousGrouping(newestFirst, board({ ...mixed, savedId: 'r2' }))?.id).toBe('r1');
    expect(previousGrouping(newestFirst, board({ ...mixed, savedId: 'r1' }))).toBeUndefined();
    expect(previousGrouping(newestFirst, board(mixed))?.id).toBe('r3');
  });

  it('compares only with a grouping made the same way: same strategy, same skills', () => {
    const similar = { ...record('r4', '2026-03-04'), strategy: 'similar' as const };
    const otherSkills = { ...record('r5', '2026-03-05'), skillIds: ['s1'] };
    const list = [otherSkills, similar, ...newestFirst];
    expect(previousGrouping(list, board(mixed))?.id).toBe('r3');
    expect(previousGrouping(list, board({ strategy: 'similar', skillIds: ['gone', 's1'] }))?.id).toBe('r4');
    expect(previousGrouping(list, board({ strategy: 'mixed', skillIds: ['s1'] }))?.id).toBe('r5');
    expect(previousGrouping(list, board({ strategy: 'similar', skillIds: ['s1'] }))).toBeUndefined();
  });
});
