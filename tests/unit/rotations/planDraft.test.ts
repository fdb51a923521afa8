import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCREEN_LIMIT_PER_DAY,
  decodePlan,
  type GroupingRecord,
  type PlanBody,
  type PlanGroup,
  type PlanRecord,
} from '../../../shared';
import type { PlanDraft } from '../../../renderer/db/plans';
import {
  DEFAULT_START,
  applyGrouping,
  defaultPlanDate,
  draftFromPlay,
  formatPlanDate,
  isRealDate,
  mirrorStations,
  unmirrorStations,
  WHOLE_CLASS_NAME,
  withModel,
  draftFromRecord,
  groupsFromGrouping,
  meanScore,
  moveItem,
  planTitle,
  playFromBody,
  saveProblems,
  swapGroups,
} from '../../../renderer/rotations/planDraft';

/** Ids in the order they are asked for: id-1, id-2, ... */
function ids(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

function validBody(change: Partial<PlanBody> = {}): PlanBody {
  return {
    model: 'station',
    dates: ['2026-03-03'],
    start: '09:00',
    minutesPerStation: 15,
    transitionMinutes: 2,
    stations: [],
    groups: [],
    screenLimitPerDay: 40,
    notes: '',
    ...change,
  };
}

function draft(change: Partial<PlanBody> = {}, title = ''): PlanDraft {
  return { classId: 'c1', title, groupingId: null, body: validBody(change) };
}

function grouping(groups: GroupingRecord['groups'], scores?: GroupingRecord['scores']): GroupingRecord {
  return {
    id: 'gr1',
    classId: 'c1',
    date: '2026-03-02',
    name: 'Ratio groups',
    skillIds: ['k1'],
    strategy: 'similar',
    groups,
    createdAt: '2026-03-02T12:00:00.000Z',
    ...(scores ? { scores } : {}),
  };
}

const group = (id: string, name = id): PlanGroup => ({ id, name, color: '#123456', studentIds: [`${id}-s`] });

describe('defaultPlanDate', () => {
  it('is tomorrow, across a month and a year end', () => {
    expect(defaultPlanDate(new Date(2026, 2, 3, 10, 0))).toBe('2026-03-04');
    expect(defaultPlanDate(new Date(2026, 1, 28, 23, 59))).toBe('2026-03-01');
    expect(defaultPlanDate(new Date(2026, 11, 31, 23, 30))).toBe('2027-01-01');
  });
});

describe('draftFromPlay', () => {
  it('makes a blank station plan when there is no play', () => {
    expect(draftFromPlay('c1', null, ids(), '2026-03-03')).toEqual({
      classId: 'c1',
      title: '',
      groupingId: null,
      body: {
        model: 'station',
        dates: ['2026-03-03'],
        start: DEFAULT_START,
        minutesPerStation: 15,
        transitionMinutes: 2,
        stations: [],
        groups: [],
        screenLimitPerDay: DEFAULT_SCREEN_LIMIT_PER_DAY,
        notes: '',
      },
    });
  });

  it('plans for tomorrow unless told a date', () => {
    expect(draftFromPlay('c1', null, ids()).body.dates).toEqual([defaultPlanDate()]);
  });

  it('copies a play’s set-up, giving each station a new id in order and no activities', () => {
    const play = {
      id: 'play-1',
      name: 'Friday lab',
      model: 'lab' as const,
      minutesPerStation: 18,
      transitionMinutes: 3,
      periodMinutes: 50,
      stations: [
        { name: 'Teacher table', kind: 'teacher' as const, adult: 'teacher' as const, capacity: 6 },
        { name: 'Laptops', kind: 'online' as const, devices: 0 },
        { name: 'Talk table', kind: 'collaborative' as const, adult: null, set: 'B' as const },
      ],
    };
    const made = draftFromPlay('c1', play, ids('st'), '2026-03-06');
    expect(made.title).toBe('Friday lab');
    expect(made.groupingId).toBeNull();
    expect(made.body).toEqual({
      model: 'lab',
      dates: ['2026-03-06'],
      start: DEFAULT_START,
      minutesPerStation: 18,
      transitionMinutes: 3,
      periodMinutes: 50,
      stations: [
        { id: 'st-1', name: 'Teacher table', kind: 'teacher', adult: 'teacher', capacity: 6, activities: {} },
        // devices: 0 is a real limit (no devices), so it is kept; a missing adult is none.
        { id: 'st-2', name: 'Laptops', kind: 'online', adult: null, devices: 0, activities: {} },
        { id: 'st-3', name: 'Talk table', kind: 'collaborative', adult: null, set: 'B', activities: {} },
      ],
      groups: [],
      screenLimitPerDay: DEFAULT_SCREEN_LIMIT_PER_DAY,
      notes: '',
      playId: 'play-1',
    });
    // The play itself is left as it was.
    expect(play.stations[0]).toEqual({
      name: 'Teacher table',
      kind: 'teacher',
      adult: 'teacher',
      capacity: 6,
    });
  });

  it('leaves out a period of 0 and a play id that is not there', () => {
    const made = draftFromPlay(
      'c1',
      { model: 'station', minutesPerStation: 10, transitionMinutes: 0, periodMinutes: 0, stations: [] },
      ids(),
      '2026-03-03',
    );
    expect(made.body).not.toHaveProperty('periodMinutes');
    expect(made.body).not.toHaveProperty('playId');
    expect(made.title).toBe('');
    expect(made.body.transitionMinutes).toBe(0);
  });
});

describe('draftFromRecord', () => {
  // As the plan is read from the database: through decodePlan, which upgrades older bodies.
  const record = (body: unknown): PlanRecord =>
    decodePlan({
      id: 'p1',
      classId: 'c1',
      date: '2026-03-03',
      groupingId: 'gr1',
      title: 'Tuesday stations',
      body,
      createdAt: '2026-03-01T12:00:00.000Z',
    });

  it('gives back the saved plan as a draft', () => {
    const body = validBody({
      dates: ['2026-03-03', '2026-03-04'],
      stations: [{ id: 's1', name: 'T', kind: 'teacher', adult: 'teacher', activities: {} }],
    });
    expect(draftFromRecord(record(body))).toEqual({
      classId: 'c1',
      title: 'Tuesday stations',
      groupingId: 'gr1',
      body,
    });
  });

  it('takes the plan’s date when its body has no dates', () => {
    const noDates = { ...validBody() } as Partial<PlanBody>;
    delete noDates.dates;
    expect(draftFromRecord(record(noDates)).body.dates).toEqual(['2026-03-03']);
    expect(draftFromRecord(record({ ...validBody(), dates: [] })).body.dates).toEqual(['2026-03-03']);
  });
});

describe('meanScore', () => {
  it('averages the students who have a score and skips the rest', () => {
    expect(meanScore(['a', 'b', 'c', 'd'], { a: 1, b: 2.5, c: null })).toBe(1.75);
    expect(meanScore(['a'], { a: 0 })).toBe(0);
  });

  it('is null when nobody has a score, or there are no scores at all', () => {
    expect(meanScore(['a', 'b'], { a: null })).toBeNull();
    expect(meanScore([], { a: 3 })).toBeNull();
    expect(meanScore(['a'], undefined)).toBeNull();
  });
});

describe('groupsFromGrouping', () => {
  it('orders groups by need: the lowest mean first, groups without scores last, ties in their own order', () => {
    const g = grouping(
      [
        { name: 'No data', color: '#111111', studentIds: ['n1'] },
        { name: 'High', color: '#222222', studentIds: ['h1', 'h2'] },
        { name: 'Low', color: '#333333', studentIds: ['l1', 'l2'] },
        { name: 'Also no data', color: '#444444', studentIds: [] },
        { name: 'Middle A', color: '#555555', studentIds: ['m1'] },
        { name: 'Middle B', color: '#666666', studentIds: ['m2'] },
      ],
      { h1: 3.5, h2: 4, l1: 1, l2: null, m1: 2.5, m2: 2.5, n1: null },
    );
    const made = groupsFromGrouping(g, ids('g'));
    expect(made.map((x) => [x.name, x.need])).toEqual([
      ['Low', 1],
      ['Middle A', 2.5],
      ['Middle B', 2.5],
      ['High', 3.75],
      ['No data', null],
      ['Also no data', null],
    ]);
    // Ids are handed out in the grouping's own order, before sorting.
    expect(made.map((x) => x.id)).toEqual(['g-3', 'g-5', 'g-6', 'g-2', 'g-1', 'g-4']);
    expect(made[0]).toEqual({ id: 'g-3', name: 'Low', color: '#333333', studentIds: ['l1', 'l2'], need: 1 });
    expect(made[0]).not.toHaveProperty('order');
  });

  it('keeps the order of a grouping without scores, names unnamed groups by their place, and copies the students', () => {
    const groups = [
      { name: '  ', color: '#111111', studentIds: ['a'] },
      { name: ' Readers ', color: '#222222', studentIds: ['b'] },
      { name: '', color: '#333333', studentIds: ['c'] },
    ];
    const made = groupsFromGrouping(grouping(groups), ids('g'));
    expect(made.map((x) => x.name)).toEqual(['Group 1', 'Readers', 'Group 3']);
    expect(made.every((x) => x.need === null)).toBe(true);
    made[0]!.studentIds.push('x');
    expect(groups[0]!.studentIds).toEqual(['a']);
  });
});

describe('moveItem', () => {
  it('moves one item to another place and leaves the input alone', () => {
    const items = ['a', 'b', 'c', 'd'] as const;
    expect(moveItem(items, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(items, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveItem(items, 1, 1)).toEqual(['a', 'b', 'c', 'd']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives a copy unchanged for a place outside the list', () => {
    const items = ['a', 'b'];
    for (const [from, to] of [
      [-1, 0],
      [0, 2],
      [2, 0],
      [0, -1],
    ] as const) {
      const out = moveItem(items, from, to);
      expect(out).toEqual(['a', 'b']);
      expect(out).not.toBe(items);
    }
    expect(moveItem([], 0, 0)).toEqual([]);
  });
});

describe('swapGroups', () => {
  const groups = [group('g1'), group('g2'), group('g3')];

  it('swaps two groups in the priority order and leaves the input alone', () => {
    expect(swapGroups(groups, 'g1', 'g3').map((g) => g.id)).toEqual(['g3', 'g2', 'g1']);
    expect(swapGroups(groups, 'g3', 'g2').map((g) => g.id)).toEqual(['g1', 'g3', 'g2']);
    expect(groups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
  });

  it('gives a copy unchanged for an unknown group or a group with itself', () => {
    for (const [a, b] of [
      ['g1', 'nope'],
      ['nope', 'g2'],
      ['g2', 'g2'],
    ] as const) {
      const out = swapGroups(groups, a, b);
      expect(out).toEqual(groups);
      expect(out).not.toBe(groups);
    }
  });
});

describe('playFromBody', () => {
  const body = validBody({
    model: 'lab',
    periodMinutes: 50,
    minutesPerStation: 20,
    transitionMinutes: 3,
    stations: [
      {
        id: 's1',
        name: 'Teacher table',
        kind: 'teacher',
        adult: 'teacher',
        capacity: 6,
        activities: { g1: { activity: 'Fractions', resources: '', evidence: '' } },
      },
      { id: 's2', name: 'Laptops', kind: 'online', adult: null, devices: 12, set: 'B', activities: {} },
    ],
    groups: [group('g1'), group('g2'), group('g3')],
    notes: 'Bring the cards',
  });

  it('keeps the set-up and leaves out ids, activities, groups, dates and notes', () => {
    expect(playFromBody(body, 'My lab', 'Two stations, long teacher time')).toEqual({
      name: 'My lab',
      description: 'Two stations, long teacher time',
      model: 'lab',
      stations: [
        { name: 'Teacher table', kind: 'teacher', adult: 'teacher', capacity: 6 },
        { name: 'Laptops', kind: 'online', adult: null, devices: 12, set: 'B' },
      ],
      minutesPerStation: 20,
      transitionMinutes: 3,
      periodMinutes: 50,
      suggestedGroups: 3,
    });
  });

  it('suggests as many groups as stations (at least one) when the plan has none, and leaves out an empty period', () => {
    const bare = playFromBody({ ...body, groups: [], periodMinutes: undefined }, 'p', '');
    expect(bare.suggestedGroups).toBe(2);
    expect(bare).not.toHaveProperty('periodMinutes');
    expect(playFromBody({ ...body, groups: [], stations: [] }, 'p', '').suggestedGroups).toBe(1);
  });

  it('gives back the same stations when a plan is started from the play', () => {
    const play = { ...playFromBody(body, 'My lab', ''), id: 'pl1' };
    const again = draftFromPlay('c1', play, ids('new'), '2026-03-03').body;
    expect(again.stations.map(({ id: _id, ...s }) => s)).toEqual(
      body.stations.map(({ id: _id, ...s }) => ({ ...s, activities: {} })),
    );
    expect([again.model, again.minutesPerStation, again.transitionMinutes, again.periodMinutes]).toEqual([
      'lab',
      20,
      3,
      50,
    ]);
  });
});

describe('saveProblems', () => {
  it('finds nothing wrong with a complete plan', () => {
    expect(saveProblems(draft())).toEqual([]);
    expect(
      saveProblems(draft({ transitionMinutes: 0, screenLimitPerDay: 0, periodMinutes: 45, start: '7:05' })),
    ).toEqual([]);
  });

  it('says in plain words what stops a save, one line per problem', () => {
    expect(saveProblems(draft({ dates: [] }))).toEqual(['Pick the date the plan is for.']);
    expect(saveProblems(draft({ dates: ['2026-03-03', '3/4/2026'] }))).toEqual([
      'Pick the date the plan is for.',
    ]);
    expect(saveProblems(draft({ start: '' }))).toEqual(['Choose a start time.']);
    expect(saveProblems(draft({ start: '9am' }))).toEqual(['Choose a start time.']);
    for (const minutesPerStation of [0, 12.5, Number.NaN]) {
      expect(saveProblems(draft({ minutesPerStation }))).toEqual([
        'Minutes per station must be a whole number above 0.',
      ]);
    }
    for (const transitionMinutes of [-1, 1.5]) {
      expect(saveProblems(draft({ transitionMinutes }))).toEqual([
        'Transition minutes must be a whole number, 0 or more.',
      ]);
    }
    for (const periodMinutes of [0, 47.5]) {
      expect(saveProblems(draft({ periodMinutes }))).toEqual([
        'The class period must be a whole number of minutes, or left empty.',
      ]);
    }
    expect(saveProblems(draft({ screenLimitPerDay: -5 }))).toEqual([
      'The screen time limit must be a whole number of minutes.',
    ]);
  });

  it('lists every problem at once, in the order of the form', () => {
    expect(
      saveProblems(
        draft({
          dates: [],
          start: '',
          minutesPerStation: 0,
          transitionMinutes: -1,
          periodMinutes: 0,
          screenLimitPerDay: 1.5,
        }),
      ),
    ).toEqual([
      'Pick the date the plan is for.',
      'Choose a start time.',
      'Minutes per station must be a whole number above 0.',
      'Transition minutes must be a whole number, 0 or more.',
      'The class period must be a whole number of minutes, or left empty.',
      'The screen time limit must be a whole number of minutes.',
    ]);
  });

  it('refuses a date that does not exist', () => {
    expect(saveProblems(draft({ dates: ['2026-13-45'] }))).toEqual(['Pick the date the plan is for.']);
  });

  it('refuses a time that does not exist', () => {
    expect(saveProblems(draft({ start: '25:99' }))).toEqual(['Choose a start time.']);
  });
});

describe('planTitle', () => {
  it('is the title the teacher wrote, trimmed', () => {
    expect(planTitle(draft({}, '  Four stations with collaboration '))).toBe(
      'Four stations with collaboration',
    );
  });

  it('names an untitled plan after its first day, or just "Rotation"', () => {
    expect(planTitle(draft({ dates: ['2026-03-03', '2026-03-04'] }, '   '))).toBe('Rotation Tue 3 Mar');
    expect(planTitle(draft({ dates: [] }))).toBe('Rotation');
    expect(planTitle(draft({ dates: ['someday'] }))).toBe('Rotation');
  });

  it('never throws on a date that does not exist', () => {
    expect(planTitle(draft({ dates: ['2026-13-45'] }))).toBe('Rotation');
  });
});

describe('models and sets', () => {
  const twoGroups = grouping([
    { name: 'Reds', color: '#f00', studentIds: ['s1', 's2'] },
    { name: 'Blues', color: '#00f', studentIds: ['s3'] },
  ]);
  const station = {
    id: 'st1',
    name: 'Teacher table',
    kind: 'teacher' as const,
    adult: 'teacher' as const,
    activities: {},
  };

  it('keeps activities with a group of the same name when the grouping changes', () => {
    const first = applyGrouping(draft({ stations: [station] }), twoGroups, ids('a'));
    const reds = first.body.groups.find((g) => g.name === 'Reds')!;
    const planned = {
      ...first,
      body: {
        ...first.body,
        stations: [
          {
            ...station,
            activities: { [reds.id]: { activity: 'Tape diagrams', resources: '', evidence: '' } },
          },
        ],
      },
    };
    const again = applyGrouping(planned, twoGroups, ids('b'));
    const newReds = again.body.groups.find((g) => g.name === 'Reds')!;
    expect(newReds.id).not.toBe(reds.id);
    expect(again.body.stations[0]!.activities[newReds.id]?.activity).toBe('Tape diagrams');
    expect(applyGrouping(planned, null, ids()).body.groups).toEqual([]);
  });

  it('puts everyone in one group for a whole-class block, and brings the grouping back after', () => {
    const grouped = applyGrouping(draft({ dates: ['2026-03-03', '2026-03-04'] }), twoGroups, ids('a'));
    const context = { classStudentIds: ['s1', 's2', 's3', 's4'], grouping: twoGroups, newId: ids('w') };
    const whole = withModel(grouped, 'whole_class', context);
    expect(whole.body.groups).toHaveLength(1);
    expect(whole.body.groups[0]).toMatchObject({
      name: WHOLE_CLASS_NAME,
      studentIds: ['s1', 's2', 's3', 's4'],
    });
    expect(whole.body.dates).toEqual(['2026-03-03']);
    expect(whole.groupingId).toBe('gr1');
    const back = withModel(whole, 'station', context);
    expect(back.body.groups.map((g) => g.name).sort()).toEqual(['Blues', 'Reds']);
    // A rotation over several days keeps its dates; other changes leave the groups alone.
    expect(withModel(grouped, 'multi_day', context).body.dates).toHaveLength(2);
    expect(withModel(grouped, 'lab', context).body.groups).toBe(grouped.body.groups);
  });

  it('mirrors stations into set B with an aide at the copied teacher table, and back to one set', () => {
    const mirrored = mirrorStations(
      [station, { ...station, id: 'st2', name: 'Online', kind: 'online', adult: null }],
      ids('m'),
    );
    expect(mirrored.map((s) => [s.name, s.set, s.adult])).toEqual([
      ['Teacher table', 'A', 'teacher'],
      ['Online', 'A', null],
      ['Teacher table B', 'B', 'aide'],
      ['Online B', 'B', null],
    ]);
    expect(new Set(mirrored.map((s) => s.id)).size).toBe(4);
    expect(unmirrorStations(mirrored).some((s) => 'set' in s)).toBe(false);
  });

  it('knows which dates exist', () => {
    expect(isRealDate('2026-02-28')).toBe(true);
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('3/3/2026')).toBe(false);
    expect(formatPlanDate('2026-03-03')).toBe('Tue 3 Mar 2026');
    expect(formatPlanDate('2026-02-30')).toBe('2026-02-30');
  });
});

describe('plays with a playlist', () => {
  it('keep an individual plan’s activities (for everyone) and give them back to a new plan', () => {
    const body = validBody({
      model: 'individual',
      stations: [{ id: 's1', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: {} }],
      playlist: [
        {
          id: 'p1',
          title: 'Ratio table warm-up',
          kind: 'independent',
          mustDo: true,
          minutes: 10,
          resources: 'p. 12',
          for: { who: 'groups', groupIds: ['g1'] },
        },
        {
          id: 'p2',
          title: 'Math game',
          kind: 'collaborative',
          mustDo: false,
          resources: '',
          for: { who: 'everyone' },
        },
      ],
    });
    const play = playFromBody(body, 'My must-dos', '');
    expect(play.playlist).toEqual([
      { title: 'Ratio table warm-up', kind: 'independent', mustDo: true, minutes: 10, resources: 'p. 12' },
      { title: 'Math game', kind: 'collaborative', mustDo: false, resources: '' },
    ]);
    const fresh = draftFromPlay('c1', { ...play, id: 'play-1' }, ids('n'), '2026-03-04');
    expect(fresh.body.playlist?.map((i) => [i.id, i.title, i.for.who])).toEqual([
      ['n-2', 'Ratio table warm-up', 'everyone'],
      ['n-3', 'Math game', 'everyone'],
    ]);
    // A station plan's play has no playlist.
    expect(playFromBody(validBody(), 'Plain', '').playlist).toBeUndefined();
  });
});
