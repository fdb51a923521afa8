import { describe, expect, it } from 'vitest';
import type { PlanGroup, PlaylistItem } from '../../../shared';
import {
  groupMayDoWords,
  mayDosByGroup,
  mayDoWords,
  playlistForWords,
  playlistRows,
} from '../../../renderer/rotations/playlistSummary';

const group = (id: string, name: string, studentIds: string[]): PlanGroup => ({
  id,
  name,
  color: '#336699',
  studentIds,
});
const GROUPS = [group('g1', 'Foxes', ['a', 'b', 'c']), group('g2', 'Owls', ['d', 'e'])];
const NAMES = { a: 'Zoë Lindqvist', b: 'Amara Okafor', c: 'Hana Kim', d: 'Student 04', e: 'Student 05' };

const item = (id: string, over: Partial<PlaylistItem> = {}): PlaylistItem => ({
  id,
  title: id,
  kind: 'independent',
  mustDo: false,
  resources: '',
  for: { who: 'everyone' },
  ...over,
});

describe('playlistForWords', () => {
  it('says everyone, groups in the plan’s order and students by name', () => {
    expect(playlistForWords({ who: 'everyone' }, GROUPS, NAMES)).toBe('Everyone');
    expect(playlistForWords({ who: 'groups', groupIds: ['g2', 'g1'] }, GROUPS, NAMES)).toBe('Foxes and Owls');
    expect(playlistForWords({ who: 'students', studentIds: ['a', 'c', 'b'] }, GROUPS, NAMES)).toBe(
      'Amara Okafor, Hana Kim and Zoë Lindqvist',
    );
  });

  it('counts what is no longer in the plan rather than naming it', () => {
    expect(playlistForWords({ who: 'groups', groupIds: ['g1', 'old'] }, GROUPS, NAMES)).toBe(
      'Foxes (and 1 group no longer in this plan)',
    );
    expect(playlistForWords({ who: 'groups', groupIds: ['old'] }, GROUPS, NAMES)).toBe(
      'A group no longer in this plan',
    );
    expect(playlistForWords({ who: 'students', studentIds: ['d', 'x', 'y'] }, GROUPS, NAMES)).toBe(
      'Student 04 (and 2 students not in this plan)',
    );
    expect(playlistForWords({ who: 'students', studentIds: ['x'] }, GROUPS, NAMES)).toBe(
      'A student not in this plan',
    );
  });

  it('says when no one is chosen yet, and names a student without a name as one who left', () => {
    expect(playlistForWords({ who: 'groups', groupIds: [] }, GROUPS, NAMES)).toBe('No group chosen yet');
    expect(playlistForWords({ who: 'students', studentIds: [] }, GROUPS, NAMES)).toBe(
      'No student chosen yet',
    );
    expect(
      playlistForWords({ who: 'students', studentIds: ['a', 'e'] }, GROUPS, { a: 'Zoë Lindqvist' }),
    ).toBe('A student who left and Zoë Lindqvist');
  });
});

describe('playlistRows', () => {
  it('keeps the plan’s order and numbers, says must or may in words, and gives a may-do a time only when it has its own', () => {
    const rows = playlistRows(
      [
        item('Teacher table', { mustDo: true, kind: 'teacher' }),
        item('Game', { minutes: 10 }),
        item('Book'),
        item('  ', { mustDo: true, minutes: 5, for: { who: 'groups', groupIds: ['g2'] } }),
      ],
      GROUPS,
      NAMES,
      15,
    );
    expect(rows.map((r) => [r.number, r.title, r.doWords, r.minutes, r.forWords])).toEqual([
      [1, 'Teacher table', 'Must do', 15, 'Everyone'],
      [2, 'Game', 'May do', 10, 'Everyone'],
      [3, 'Book', 'May do', null, 'Everyone'],
      [4, 'Untitled activity', 'Must do', 5, 'Owls'],
    ]);
  });
});

describe('mayDosByGroup', () => {
  it('gives a group one share when all its students have the same may-dos, all of them common', () => {
    const playlist = [
      item('must', { mustDo: true }),
      item('Game'),
      item('Puzzle', { for: { who: 'groups', groupIds: ['g2'] } }),
    ];
    const byGroup = mayDosByGroup(playlist, GROUPS, NAMES);
    expect(byGroup.map((g) => g.common.map((i) => i.id))).toEqual([['Game'], ['Game', 'Puzzle']]);
    expect(byGroup.map((g) => g.shares.map((s) => [s.names, s.extra]))).toEqual([
      [[['Amara Okafor', 'Hana Kim', 'Zoë Lindqvist'], []]],
      [[['Student 04', 'Student 05'], []]],
    ]);
  });

  it('splits a group by the may-dos its students have, most students first, names in order', () => {
    const playlist = [
      item('Game'),
      item('Puzzle', { for: { who: 'students', studentIds: ['c'] } }),
      item('Extension', { for: { who: 'students', studentIds: ['a', 'b'] } }),
    ];
    const [foxes] = mayDosByGroup(playlist, GROUPS, NAMES);
    expect(foxes!.common.map((i) => i.id)).toEqual(['Game']);
    const shares = foxes!.shares.map((s) => [
      s.studentIds,
      s.items.map((i) => i.id),
      s.extra.map((i) => i.id),
    ]);
    expect(shares).toEqual([
      [['b', 'a'], ['Game', 'Extension'], ['Extension']],
      [['c'], ['Game', 'Puzzle'], ['Puzzle']],
    ]);
  });

  it('keeps students with no may-do as a share of their own, and an empty group with none', () => {
    const playlist = [item('Game', { for: { who: 'students', studentIds: ['d'] } })];
    const byGroup = mayDosByGroup(playlist, [...GROUPS, group('g3', 'Bears', [])], NAMES);
    expect(byGroup[0]!.shares).toEqual([
      {
        studentIds: ['b', 'c', 'a'],
        names: ['Amara Okafor', 'Hana Kim', 'Zoë Lindqvist'],
        items: [],
        extra: [],
      },
    ]);
    expect(byGroup[1]!.common).toEqual([]);
    expect(byGroup[1]!.shares.map((s) => s.studentIds)).toEqual([['d'], ['e']]);
    expect(byGroup[2]!.shares).toEqual([]);
  });
});

describe('groupMayDoWords', () => {
  const words = (playlist: PlaylistItem[], groups = GROUPS) =>
    mayDosByGroup(playlist, groups, NAMES).map(groupMayDoWords);

  it('says the common may-dos once, then who has more', () => {
    const [foxes, owls] = words([
      item('Game'),
      item('Book'),
      item('Puzzle', { for: { who: 'students', studentIds: ['c', 'a'] } }),
    ]);
    expect(foxes).toEqual({
      lead: 'All 3 students: Game · Book',
      lines: [{ who: 'Hana Kim, Zoë Lindqvist also', what: 'Puzzle' }],
    });
    expect(owls).toEqual({ lead: 'All 2 students: Game · Book', lines: [] });
  });

  it('lists each set in full when nothing is common, and says when a group has none or no one', () => {
    const [foxes, owls, bears] = words(
      [item('Game', { for: { who: 'students', studentIds: ['a'] } })],
      [...GROUPS, group('g3', 'Bears', [])],
    );
    expect(foxes).toEqual({
      lead: 'Their may-dos differ:',
      lines: [
        { who: 'Amara Okafor, Hana Kim', what: 'no may-dos' },
        { who: 'Zoë Lindqvist', what: 'Game' },
      ],
    });
    expect(owls).toEqual({ lead: 'All 2 students: no may-dos', lines: [] });
    expect(bears).toEqual({ lead: 'No students in this group.', lines: [] });
    expect(words([item('Game')], [group('g4', 'Solo', ['a'])])[0]!.lead).toBe('The 1 student: Game');
  });
});

describe('mayDoWords', () => {
  it('lists the titles on one line, or says there are none', () => {
    expect(mayDoWords([{ title: 'Game' }, { title: ' ' }])).toBe('Game · Untitled activity');
    expect(mayDoWords([])).toBe('no may-dos');
  });
});
