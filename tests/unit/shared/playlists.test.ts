import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PLAYS,
  playlistChecks,
  playlistFor,
  playlistProblems,
  playlistTime,
  remapPlaylistGroups,
  starterPlaylist,
  studentPlaylists,
} from '../../../shared';
import type { PlaylistChecksInput, PlaylistItem } from '../../../shared';

const item = (id: string, over: Partial<PlaylistItem> = {}): PlaylistItem => ({
  id,
  title: id,
  kind: 'independent',
  mustDo: true,
  resources: '',
  for: { who: 'everyone' },
  ...over,
});

const GROUPS = [
  { id: 'g1', name: 'Foxes', studentIds: ['ana', 'ben'] },
  { id: 'g2', name: 'Owls', studentIds: ['cai', 'dev'] },
];
const NAMES = { ana: 'Ana Lee', ben: 'Ben Okafor', cai: 'Cai Wu', dev: 'Dev Patel' };

const checks = (playlist: PlaylistItem[], over: Partial<PlaylistChecksInput> = {}) =>
  playlistChecks({
    playlist,
    groups: GROUPS,
    minutesPerStation: 15,
    transitionMinutes: 2,
    rounds: 4,
    studentNames: NAMES,
    ...over,
  });
const messages = (list: { message: string }[]) => list.map((c) => c.message);

describe('a student’s playlist', () => {
  it('holds what is for everyone, for their group and for them, must-dos first and in list order', () => {
    const playlist = [
      item('game', { mustDo: false }),
      item('table', { kind: 'teacher' }),
      item('owls-only', { for: { who: 'groups', groupIds: ['g2'] } }),
      item('book', { mustDo: false, for: { who: 'groups', groupIds: ['g1'] } }),
      item('ben-extra', { for: { who: 'students', studentIds: ['ben'] } }),
      item('practice'),
    ];
    const ben = playlistFor(playlist, GROUPS, 'ben');
    expect(ben.groupId).toBe('g1');
    expect(ben.mustDo.map((i) => i.id)).toEqual(['table', 'ben-extra', 'practice']);
    expect(ben.mayDo.map((i) => i.id)).toEqual(['game', 'book']);
    const cai = playlistFor(playlist, GROUPS, 'cai');
    expect(cai.mustDo.map((i) => i.id)).toEqual(['table', 'owls-only', 'practice']);
    expect(cai.mayDo.map((i) => i.id)).toEqual(['game']);
  });

  it('lists every student of the groups once, in group order', () => {
    const twice = [...GROUPS, { id: 'g3', name: 'Again', studentIds: ['ana', 'eve'] }];
    expect(studentPlaylists([item('x')], twice).map((p) => p.studentId)).toEqual(['ana', 'ben', 'cai', 'dev', 'eve']);
  });
});

describe('the starting playlist of a play', () => {
  it('turns the must-do-may-do play into a must-do per station and may-do choices, all for everyone', () => {
    const play = BUILT_IN_PLAYS.find((p) => p.id === 'must-do-may-do')!;
    let n = 0;
    const list = starterPlaylist(play.stations, play.minutesPerStation, () => `id-${++n}`);
    const must = list.filter((i) => i.mustDo);
    expect(must.map((i) => i.title)).toEqual(['Teacher table', 'Online practice', 'Practice task']);
    expect(must.map((i) => i.kind)).toEqual(['teacher', 'online', 'independent']);
    expect(must.every((i) => i.minutes === 15)).toBe(true);
    expect(list.filter((i) => !i.mustDo).length).toBeGreaterThanOrEqual(2);
    expect(list.every((i) => i.for.who === 'everyone')).toBe(true);
    expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
    // Straight from the play, with four groups, the plan is healthy.
    const groups = [...GROUPS, { id: 'g3', name: 'Bees', studentIds: ['eve'] }, { id: 'g4', name: 'Ants', studentIds: ['fay'] }];
    expect(checks(list, { groups, studentNames: { ...NAMES, eve: 'Eve', fay: 'Fay' } })).toEqual([]);
  });

  it('gives nothing for no stations', () => {
    expect(starterPlaylist([], 15, () => 'x')).toEqual([]);
  });
});

describe('a new grouping', () => {
  it('moves an activity for some groups to the new groups of the same names', () => {
    const playlist = [item('a', { for: { who: 'groups', groupIds: ['g1', 'g2'] } }), item('b'), item('c', { for: { who: 'students', studentIds: ['ana'] } })];
    const after = [
      { id: 'n2', name: 'Owls' },
      { id: 'n9', name: 'Hawks' },
    ];
    const out = remapPlaylistGroups(playlist, GROUPS, after);
    expect(out[0]!.for).toEqual({ who: 'groups', groupIds: ['n2'] });
    expect(out[1]).toBe(playlist[1]);
    expect(out[2]).toBe(playlist[2]);
  });
});

describe('the time for playlists', () => {
  it('is the period when there is one, else the time the rounds take', () => {
    expect(playlistTime({ minutesPerStation: 15, transitionMinutes: 2, periodMinutes: 50, rounds: 4 })).toEqual({
      minutes: 50,
      words: 'the 50-minute period',
    });
    expect(playlistTime({ minutesPerStation: 15, transitionMinutes: 2, rounds: 4 })).toEqual({
      minutes: 66,
      words: 'the 66 minutes the 4 rounds take',
    });
    expect(playlistTime({ minutesPerStation: 15, transitionMinutes: 2, rounds: 0 })).toBeNull();
  });
});

describe('playlist checks', () => {
  const healthy = [item('table', { kind: 'teacher', minutes: 10 }), item('online', { kind: 'online' }), item('game', { mustDo: false })];

  it('finds nothing wrong with a sound playlist', () => {
    expect(checks(healthy)).toEqual([]);
  });

  it('says when the playlist is empty', () => {
    expect(messages(checks([]))).toEqual([
      'The playlist is empty: add the must-dos every student finishes, then may-dos for whoever finishes early.',
    ]);
  });

  it('names the students with no must-do, and says so once when no one has one', () => {
    const list = [item('table', { kind: 'teacher', for: { who: 'groups', groupIds: ['g2'] } }), item('game', { mustDo: false })];
    const found = checks(list);
    expect(found[0]).toEqual({ level: 'warning', message: 'Ana Lee and Ben Okafor have no must-do: add one for them or their group.' });
    expect(messages(checks([item('game', { mustDo: false })]))).toContain('No student has a must-do: mark at least one activity as a must-do.');
    // A student with no must-do is not told again that they have none at the teacher table.
    expect(messages(found).some((m) => m.includes('teacher table'))).toBe(false);
  });

  it('warns when must-dos take longer than the period or the rounds', () => {
    const long = [...healthy, item('essay', { minutes: 40, for: { who: 'students', studentIds: ['dev'] } })];
    // 10 + 15 + 40 = 65 minutes for Dev, within the 66 minutes of 4 rounds...
    expect(checks(long)).toEqual([]);
    // ...but not within a 60-minute period.
    expect(messages(checks(long, { periodMinutes: 60 }))).toEqual([
      'The must-dos of Dev Patel take 65 minutes, more than the 60-minute period: shorten or drop one of theirs.',
    ]);
    expect(messages(checks(healthy, { periodMinutes: 20 }))[0]).toBe(
      "Every student's must-dos take 25 minutes, more than the 20-minute period: shorten or drop a must-do.",
    );
  });

  it('wants every student to have a must-do at the teacher table', () => {
    const list = [item('table', { kind: 'teacher', for: { who: 'students', studentIds: ['ana'] } }), item('online', { kind: 'online' }), item('game', { mustDo: false })];
    expect(messages(checks(list))).toEqual([
      'Ben Okafor, Cai Wu and Dev Patel have no must-do at the teacher table, so they may not meet you this lesson.',
    ]);
    const noTable = [item('online', { kind: 'online' }), item('game', { mustDo: false })];
    expect(messages(checks(noTable))).toEqual([
      'No student has a must-do at the teacher table: add one, so you meet every student this lesson.',
    ]);
  });

  it('warns when the teacher-table must-dos need more of the teacher than there is', () => {
    // Two groups at the table for 30 minutes each: 60 minutes of the teacher's 50.
    const list = [item('table', { kind: 'teacher', minutes: 30 }), item('game', { mustDo: false })];
    expect(messages(checks(list, { periodMinutes: 50 }))).toEqual([
      'The must-dos at the teacher table need about 60 minutes of your time (one group after another), more than the 50-minute period: shorten them or make some a may-do.',
    ]);
    expect(checks(list, { periodMinutes: 60 })).toEqual([]);
  });

  it('shortens long lists of names', () => {
    const many = Array.from({ length: 8 }, (_, i) => `s${i}`);
    const list = [item('table', { kind: 'teacher', for: { who: 'students', studentIds: ['s0'] } }), item('x', { mustDo: false })];
    const names = Object.fromEntries(many.map((id, i) => [id, `Kid ${i}`]));
    const found = checks(list, { groups: [{ id: 'g', name: 'All', studentIds: many }], studentNames: { ...names, s1: '' } });
    expect(found[0]!.message).toBe('A student who left, Kid 2, Kid 3 and 4 more have no must-do: add one for them or their group.');
  });

  it('points out activities for no one in the plan', () => {
    const list = [
      ...healthy,
      item('nobody', { title: 'Puzzle', for: { who: 'groups', groupIds: [] } }),
      item('gone', { title: 'Poster', mustDo: false, for: { who: 'groups', groupIds: ['old-group'] } }),
    ];
    expect(messages(checks(list))).toEqual([
      '“Puzzle” is for no one yet: choose the groups it is for.',
      '“Poster” is for groups no longer in this plan: choose who it is for again.',
    ]);
  });

  it('notes students with no may-do and activities without a title', () => {
    const list = [
      item('table', { kind: 'teacher' }),
      item('game', { mustDo: false, for: { who: 'groups', groupIds: ['g1'] } }),
      item('book', { mustDo: false, for: { who: 'groups', groupIds: ['g2'] } }),
    ];
    expect(checks(list)).toEqual([]);
    const noMay = [item('table', { kind: 'teacher' }), item('game', { mustDo: false, for: { who: 'groups', groupIds: ['g1'] } }), item('untitled', { title: ' ' })];
    expect(checks(noMay)).toEqual([
      { level: 'info', message: 'Cai Wu and Dev Patel have no may-do to choose from after finishing the must-dos.' },
      { level: 'info', message: 'Activity 3 of the playlist has no title yet.' },
    ]);
  });
});

describe('playlist problems that stop a save', () => {
  it('refuses minutes that are not a whole number above 0', () => {
    expect(playlistProblems([item('a', { minutes: 10 }), item('b')])).toEqual([]);
    expect(playlistProblems([item('a', { minutes: 0 }), item('b', { minutes: 2.5 })])).toEqual([
      'The minutes of playlist activity 1 must be a whole number above 0, or left empty.',
      'The minutes of playlist activity 2 must be a whole number above 0, or left empty.',
    ]);
  });
});
