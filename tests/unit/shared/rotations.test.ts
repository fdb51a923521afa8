import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BUILT_IN_PLAYS,
  STATION_KINDS,
  buildRotation,
  minutesByStudent,
  planChecks,
  planMinutesByStudent,
} from '../../../shared';
import type { PlanChecksInput, RotationRequest, RotationSlot, StationKind } from '../../../shared';

const station = (id: string, kind: StationKind, more: { capacity?: number; devices?: number } = {}) => ({
  id,
  kind,
  ...more,
});
const groups = (count: number, size = 5) =>
  Array.from({ length: count }, (_, i) => ({ id: `g${i + 1}`, size }));
const request = (over: Partial<RotationRequest> = {}): RotationRequest => ({
  start: '09:00',
  minutesPerStation: 15,
  transitionMinutes: 2,
  stations: [station('T', 'teacher'), station('O', 'online'), station('I', 'independent')],
  groups: groups(3),
  ...over,
});
/** 'round: station=group ...' lines, to compare a schedule with one worked out by hand. */
const chart = (slots: RotationSlot[]) => {
  const rounds = new Map<number, string[]>();
  for (const s of slots) rounds.set(s.round, [...(rounds.get(s.round) ?? []), `${s.stationId}=${s.groupId}`]);
  return [...rounds].map(([round, cells]) => `${round}: ${cells.join(' ')}`);
};
const times = (slots: RotationSlot[]) => [
  ...new Set(slots.map((s) => `d${s.day} r${s.round} ${s.start}-${s.end}`)),
];

describe('buildRotation: hand-checked schedules', () => {
  it('3 stations x 3 groups from 09:00, 15 + 2 minutes: rounds at 09:00, 09:17, 09:34', () => {
    const { slots, warnings } = buildRotation(request());
    expect(warnings).toEqual([]);
    expect(times(slots)).toEqual(['d0 r0 09:00-09:15', 'd0 r1 09:17-09:32', 'd0 r2 09:34-09:49']);
    // Each group moves T -> O -> I from the round it meets the teacher.
    expect(chart(slots)).toEqual(['0: T=g1 O=g3 I=g2', '1: T=g2 O=g1 I=g3', '2: T=g3 O=g2 I=g1']);
    expect(slots[0]).toEqual({
      day: 0,
      round: 0,
      start: '09:00',
      end: '09:15',
      stationId: 'T',
      groupId: 'g1',
    });
  });

  it('puts group 1 at the teacher in round 0 and group 2 in round 1 wherever the teacher station is listed', () => {
    const { slots } = buildRotation(
      request({ stations: [station('O', 'online'), station('C', 'collaborative'), station('T', 'teacher')] }),
    );
    const atTeacher = slots.filter((s) => s.stationId === 'T').map((s) => [s.round, s.groupId]);
    expect(atTeacher).toEqual([
      [0, 'g1'],
      [1, 'g2'],
      [2, 'g3'],
    ]);
    // Rotation order starts at the teacher and wraps: T, O, C.
    expect(chart(slots)).toEqual(['0: T=g1 O=g3 C=g2', '1: T=g2 O=g1 C=g3', '2: T=g3 O=g2 C=g1']);
  });

  it('with two teacher stations, group order follows the first one', () => {
    const { slots, warnings } = buildRotation(
      request({
        stations: [
          station('O', 'online'),
          station('T1', 'teacher'),
          station('T2', 'teacher'),
          station('I', 'independent'),
        ],
        groups: groups(4),
      }),
    );
    expect(warnings).toEqual([]);
    expect(slots.filter((s) => s.stationId === 'T1').map((s) => s.groupId)).toEqual(['g1', 'g2', 'g3', 'g4']);
    expect(chart(slots)[0]).toBe('0: T1=g1 T2=g4 I=g3 O=g2');
  });

  it('more groups than stations: some groups sit out, and the warning says how many rounds each waits', () => {
    const { slots, warnings } = buildRotation(request({ groups: groups(5) }));
    expect(new Set(slots.map((s) => s.round))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(chart(slots)).toEqual([
      '0: T=g1 O=g5 I=g4',
      '1: T=g2 O=g1 I=g5',
      '2: T=g3 O=g2 I=g1',
      '3: T=g4 O=g3 I=g2',
      '4: T=g5 O=g4 I=g3',
    ]);
    for (const g of ['g1', 'g2', 'g3', 'g4', 'g5'])
      expect(slots.filter((s) => s.groupId === g)).toHaveLength(3);
    expect(warnings).toEqual([
      'There are 5 groups but only 3 stations, so each group waits 2 of the 5 rounds without a station. Add a station or combine groups to keep everyone working.',
    ]);
  });

  it('more stations than groups: stations sit empty some rounds, every group still visits all', () => {
    const { slots, warnings } = buildRotation(
      request({
        stations: [
          station('T', 'teacher'),
          station('O', 'online'),
          station('C', 'collaborative'),
          station('I', 'independent'),
        ],
        groups: groups(2),
      }),
    );
    expect(warnings).toEqual([]);
    expect(chart(slots)).toEqual(['0: T=g1 I=g2', '1: T=g2 O=g1', '2: O=g2 C=g1', '3: C=g2 I=g1']);
    expect(times(slots).at(-1)).toBe('d0 r3 09:51-10:06');
  });

  it('periodMinutes splits across days: 4 rounds of 20 + 3 in a 50-minute period go 2 a day, day 1 from the start', () => {
    const { slots, warnings } = buildRotation(
      request({
        start: '13:10',
        minutesPerStation: 20,
        transitionMinutes: 3,
        periodMinutes: 50,
        stations: [
          station('T', 'teacher'),
          station('O', 'online'),
          station('C', 'collaborative'),
          station('I', 'independent'),
        ],
        groups: groups(4),
      }),
    );
    expect(warnings).toEqual([]);
    expect(times(slots)).toEqual([
      'd0 r0 13:10-13:30',
      'd0 r1 13:33-13:53',
      'd1 r2 13:10-13:30',
      'd1 r3 13:33-13:53',
    ]);
  });

  it('a round fits when it ends exactly at the end of the period', () => {
    // 20 + 3 + 20 = 43: two rounds fit in 43 minutes, not in 42.
    const at = (periodMinutes: number) =>
      times(buildRotation(request({ minutesPerStation: 20, transitionMinutes: 3, periodMinutes })).slots);
    expect(at(43)).toEqual(['d0 r0 09:00-09:20', 'd0 r1 09:23-09:43', 'd1 r2 09:00-09:20']);
    expect(at(42)).toEqual(['d0 r0 09:00-09:20', 'd1 r1 09:00-09:20', 'd2 r2 09:00-09:20']);
  });

  it('without a period, everything is on day 0', () => {
    const { slots } = buildRotation(request({ groups: groups(8) }));
    expect(new Set(slots.map((s) => s.day))).toEqual(new Set([0]));
    expect(times(slots).at(-1)).toBe('d0 r7 10:59-11:14');
  });

  it('reads a one-digit hour and writes HH:mm', () => {
    expect(buildRotation(request({ start: '8:05' })).slots[0]).toMatchObject({
      start: '08:05',
      end: '08:20',
    });
  });
});

describe('buildRotation: warnings', () => {
  it('no teacher station', () => {
    const { slots, warnings } = buildRotation(
      request({ stations: [station('O', 'online'), station('I', 'independent')] }),
    );
    expect(slots).toHaveLength(6);
    expect(chart(slots)[0]).toBe('0: O=g1 I=g3');
    expect(warnings).toEqual([
      'No station is led by the teacher: add a teacher station so every group gets time at the teacher table.',
      'There are 3 groups but only 2 stations, so each group waits 1 of the 3 rounds without a station. Add a station or combine groups to keep everyone working.',
    ]);
  });

  it('groups larger than a station, one warning per station, naming groups and station', () => {
    const names = { T: 'Teacher table', C: 'Carpet', g1: 'Foxes', g2: 'Owls', g3: 'Bears' };
    const { slots, warnings } = buildRotation(
      request({
        stations: [station('T', 'teacher', { capacity: 6 }), station('C', 'collaborative', { capacity: 4 })],
        groups: [
          { id: 'g1', size: 7 },
          { id: 'g2', size: 4 },
          { id: 'g3', size: 5 },
        ],
      }),
      names,
    );
    expect(slots.length).toBe(6);
    expect(warnings).toContain(
      'Foxes (7 students) is larger than Teacher table, which has room for 6 students.',
    );
    expect(warnings).toContain(
      'Foxes (7 students) and Bears (5 students) are larger than Carpet, which has room for 4 students.',
    );
  });

  it('groups larger than the devices at an online station (and only online stations)', () => {
    const { warnings } = buildRotation(
      request({
        stations: [
          station('T', 'teacher', { devices: 1 }),
          station('O', 'online', { devices: 5 }),
          station('I', 'independent', { devices: 0 }),
        ],
        groups: [
          { id: 'g1', size: 6 },
          { id: 'g2', size: 5 },
          { id: 'g3', size: 4 },
        ],
      }),
      { O: 'Chromebooks', g1: 'Group 1' },
    );
    expect(warnings).toEqual([
      'Group 1 (6 students) has more students than the 5 devices at Chromebooks: some students will have to share or wait.',
    ]);
  });

  it('a round that cannot fit in the period: one round a day, and a warning', () => {
    const { slots, warnings } = buildRotation(request({ minutesPerStation: 60, periodMinutes: 50 }));
    expect(times(slots)).toEqual(['d0 r0 09:00-10:00', 'd1 r1 09:00-10:00', 'd2 r2 09:00-10:00']);
    expect(warnings).toEqual([
      'A 60-minute station does not fit in the 50-minute period, so each day holds one round that runs 10 minutes past the end. Shorten the station time to 50 minutes or less, or lengthen the period.',
    ]);
  });

  it('a rotation that runs past midnight', () => {
    const { slots, warnings } = buildRotation(request({ start: '23:30' }));
    expect(times(slots)).toEqual(['d0 r0 23:30-23:45', 'd0 r1 23:47-00:02', 'd0 r2 00:04-00:19']);
    expect(warnings).toEqual([
      'The rotation runs past midnight from a start of 23:30: check the start time.',
    ]);
  });

  it('ids stand in for names that were not given', () => {
    const { warnings } = buildRotation(
      request({ stations: [station('T', 'teacher', { capacity: 2 })], groups: groups(1, 3) }),
    );
    expect(warnings).toEqual(['g1 (3 students) is larger than T, which has room for 2 students.']);
  });
});

describe('buildRotation: invalid input gives no slots and says what to fix', () => {
  const invalid = (over: Record<string, unknown>) =>
    buildRotation({ ...request(), ...over } as RotationRequest);

  it.each([
    [{ stations: [] }, 'Add at least one station.'],
    [{ groups: [] }, 'Add at least one group.'],
    [
      { start: '9am' },
      'The start time "9am" is not a time like 09:00: use the 24-hour clock, hours and minutes.',
    ],
    [
      { start: '24:00' },
      'The start time "24:00" is not a time like 09:00: use the 24-hour clock, hours and minutes.',
    ],
    [
      { start: '12:60' },
      'The start time "12:60" is not a time like 09:00: use the 24-hour clock, hours and minutes.',
    ],
    [
      { start: undefined },
      'The start time missing is not a time like 09:00: use the 24-hour clock, hours and minutes.',
    ],
    [{ minutesPerStation: 0 }, 'Minutes per station must be a whole number above 0 (it is 0).'],
    [{ minutesPerStation: -15 }, 'Minutes per station must be a whole number above 0 (it is -15).'],
    [{ minutesPerStation: 12.5 }, 'Minutes per station must be a whole number above 0 (it is 12.5).'],
    [{ minutesPerStation: Number.NaN }, 'Minutes per station must be a whole number above 0 (it is NaN).'],
    [{ transitionMinutes: -1 }, 'Transition minutes must be a whole number, 0 or more (it is -1).'],
    [
      { periodMinutes: 0 },
      'The period length must be a whole number of minutes above 0 (it is 0), or left empty.',
    ],
    [
      { stations: [station('T', 'teacher'), station('T', 'online')] },
      'Two stations share the id "T": give each station its own.',
    ],
    [
      {
        groups: [
          { id: 'g1', size: 4 },
          { id: 'g1', size: 5 },
        ],
      },
      'Two groups share the id "g1": give each group its own.',
    ],
    [{ groups: [{ id: 'g1', size: -2 }] }, "g1's size must be a whole number of students (it is -2)."],
    [
      { stations: [{ id: 'L', kind: 'lab' }] },
      'L has no kind we know ("lab"): choose teacher, online, collaborative, independent, offline.',
    ],
    [{ stations: [{ id: '', kind: 'teacher' }] }, 'Station 1 has no id: every station needs one.'],
    [
      { stations: [station('T', 'teacher', { capacity: -1 })] },
      "T's capacity must be a whole number of students (it is -1), or left empty.",
    ],
  ])('%j', (over, message) => {
    const { slots, warnings } = invalid(over);
    expect(slots).toEqual([]);
    expect(warnings).toEqual([message]);
  });

  it('names every problem at once, using names where given', () => {
    const { slots, warnings } = buildRotation(
      { ...request(), start: '', minutesPerStation: 0, groups: [{ id: 'g1', size: 1.5 }] },
      { g1: 'Foxes' },
    );
    expect(slots).toEqual([]);
    expect(warnings).toEqual([
      'The start time "" is not a time like 09:00: use the 24-hour clock, hours and minutes.',
      'Minutes per station must be a whole number above 0 (it is 0).',
      "Foxes's size must be a whole number of students (it is 1.5).",
    ]);
  });

  it('never throws, whatever it is given', () => {
    expect(buildRotation(null as unknown as RotationRequest)).toEqual({
      slots: [],
      warnings: [
        'The rotation has no settings: choose a start time, the minutes per station, the stations and the groups.',
      ],
    });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        for (const req of [
          a,
          { ...request(), stations: b },
          { ...request(), groups: c },
          { ...request(), start: a },
        ]) {
          const result = buildRotation(req as RotationRequest);
          expect(Array.isArray(result.slots)).toBe(true);
          expect(result.warnings.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('buildRotation: properties', () => {
  it('every group visits every station once, no clashes, max(G, S) rounds, group i meets the teacher in round i', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STATION_KINDS), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 5 }),
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
        (kinds, groupCount, minutes, transition, period) => {
          const stations = kinds.map((kind, i) => station(`s${i}`, kind));
          const req = request({
            stations,
            groups: groups(groupCount),
            minutesPerStation: minutes,
            transitionMinutes: transition,
            periodMinutes: period,
          });
          const { slots } = buildRotation(req);
          const rounds = Math.max(groupCount, stations.length);
          expect(slots).toHaveLength(groupCount * stations.length);
          expect(new Set(slots.map((s) => s.round))).toEqual(
            new Set(Array.from({ length: rounds }, (_, r) => r)),
          );
          for (const g of req.groups) {
            const visits = slots.filter((s) => s.groupId === g.id).map((s) => s.stationId);
            expect([...visits].sort()).toEqual(stations.map((s) => s.id).sort());
          }
          const seen = new Set<string>();
          for (const s of slots) {
            for (const key of [`station ${s.round} ${s.stationId}`, `group ${s.round} ${s.groupId}`]) {
              expect(seen.has(key)).toBe(false);
              seen.add(key);
            }
          }
          const teacher = stations.find((s) => s.kind === 'teacher');
          if (teacher) {
            req.groups.forEach((g, i) =>
              expect(slots.find((s) => s.stationId === teacher.id && s.round === i)?.groupId).toBe(g.id),
            );
          }
          // Days: rounds fill a day in order; the first round of each day starts at the start.
          const perRound = new Map(slots.map((s) => [s.round, s]));
          let previous: RotationSlot | undefined;
          for (let r = 0; r < rounds; r++) {
            const s = perRound.get(r)!;
            if (period === undefined) expect(s.day).toBe(0);
            if (!previous || s.day !== previous.day) expect(s.start).toBe('09:00');
            if (previous) expect([previous.day, previous.day + 1]).toContain(s.day);
            previous = s;
          }
        },
      ),
    );
  });
});

describe('minutesByStudent', () => {
  const stations = [station('T', 'teacher'), station('O', 'online'), station('C', 'collaborative')];
  const planGroups = [
    { id: 'g1', studentIds: ['a', 'b'] },
    { id: 'g2', studentIds: ['c'] },
  ];

  it('gives each student minutesPerStation at each slot, by day and for the whole plan', () => {
    const { slots } = buildRotation(
      request({
        stations,
        groups: groups(2),
        minutesPerStation: 20,
        transitionMinutes: 0,
        periodMinutes: 40,
      }),
    );
    const minutes = minutesByStudent({ slots, stations, groups: planGroups, minutesPerStation: 20 });
    expect(Object.keys(minutes).sort()).toEqual(['a', 'b', 'c']);
    // Rounds: 0 T=g1 C=g2, 1 T=g2 O=g1 (day 0), 2 O=g2 C=g1 (day 1).
    expect(minutes.a).toEqual({
      byDay: {
        0: { teacher: 20, online: 20, collaborative: 0, independent: 0, offline: 0 },
        1: { teacher: 0, online: 0, collaborative: 20, independent: 0, offline: 0 },
      },
      week: { teacher: 20, online: 20, collaborative: 20, independent: 0, offline: 0 },
    });
    expect(minutes.b).toEqual(minutes.a);
    expect(minutes.c!.byDay[1]).toEqual({
      teacher: 0,
      online: 20,
      collaborative: 0,
      independent: 0,
      offline: 0,
    });
    expect(planMinutesByStudent({ slots, stations, groups: planGroups, minutesPerStation: 20 }).c).toEqual({
      teacher: 20,
      online: 20,
      collaborative: 20,
      independent: 0,
      offline: 0,
    });
  });

  it('sums to stations x minutes for every student, over random plans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STATION_KINDS), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (kinds, groupCount, minutes) => {
          const st = kinds.map((kind, i) => station(`s${i}`, kind));
          const gs = Array.from({ length: groupCount }, (_, i) => ({
            id: `g${i + 1}`,
            studentIds: [`st${i}a`, `st${i}b`],
          }));
          const { slots } = buildRotation(
            request({ stations: st, groups: groups(groupCount), minutesPerStation: minutes }),
          );
          const result = minutesByStudent({ slots, stations: st, groups: gs, minutesPerStation: minutes });
          for (const m of Object.values(result)) {
            for (const kind of STATION_KINDS)
              expect(m.week[kind]).toBe(kinds.filter((k) => k === kind).length * minutes);
          }
        },
      ),
    );
  });

  it('ignores slots for unknown stations or groups', () => {
    const slots: RotationSlot[] = [
      { day: 0, round: 0, start: '09:00', end: '09:10', stationId: 'X', groupId: 'g1' },
      { day: 0, round: 0, start: '09:00', end: '09:10', stationId: 'T', groupId: 'nobody' },
    ];
    expect(
      minutesByStudent({ slots, stations, groups: planGroups, minutesPerStation: 10 }).a!.week.teacher,
    ).toBe(0);
  });
});

describe('planChecks', () => {
  const stations: PlanChecksInput['stations'] = [
    { id: 'T', name: 'Teacher table', kind: 'teacher' },
    { id: 'O', name: 'Laptops', kind: 'online', devices: 5 },
    { id: 'C', name: 'Table talk', kind: 'collaborative' },
  ];
  const planGroups: PlanChecksInput['groups'] = [
    { id: 'g1', name: 'Group 1', studentIds: ['a', 'b', 'c', 'd'], need: 1.5 },
    { id: 'g2', name: 'Group 2', studentIds: ['e', 'f', 'g'], need: 2.5 },
    { id: 'g3', name: 'Group 3', studentIds: ['h', 'i', 'j', 'k', 'l'], need: 3.25 },
  ];
  const plan = (over: Partial<PlanChecksInput> = {}): PlanChecksInput => ({
    slots: buildRotation(request({ stations, groups: groups(3) })).slots,
    stations,
    groups: planGroups,
    minutesPerStation: 15,
    ...over,
  });

  it('a healthy plan has nothing to say', () => {
    expect(planChecks(plan())).toEqual([]);
  });

  it('screen time above the class limit, once per group and day', () => {
    const screen = (minutesPerStation: number, screenLimitPerDay?: number) =>
      planChecks(plan({ minutesPerStation, screenLimitPerDay })).map((c) => c.message);
    expect(screen(45)).toEqual([
      'Group 1 gets 45 minutes of screen time on day 1, above the class limit of 40.',
      'Group 2 gets 45 minutes of screen time on day 1, above the class limit of 40.',
      'Group 3 gets 45 minutes of screen time on day 1, above the class limit of 40.',
    ]);
    expect(screen(45, 45)).toEqual([]);
    expect(screen(40)).toEqual([]);
    // Two online stations on day 2 only.
    const slots: RotationSlot[] = [
      { day: 0, round: 0, start: '09:00', end: '09:25', stationId: 'O', groupId: 'g2' },
      { day: 1, round: 1, start: '09:00', end: '09:25', stationId: 'O', groupId: 'g2' },
      { day: 1, round: 2, start: '09:27', end: '09:52', stationId: 'O2', groupId: 'g2' },
      { day: 1, round: 1, start: '09:00', end: '09:25', stationId: 'T', groupId: 'g1' },
      { day: 1, round: 1, start: '09:00', end: '09:25', stationId: 'T', groupId: 'g3' },
    ];
    const checks = planChecks({
      slots,
      stations: [...stations, { id: 'O2', name: 'Tablets', kind: 'online' }],
      groups: planGroups.map(({ need: _, ...g }) => g),
      minutesPerStation: 25,
    });
    expect(checks).toEqual([
      {
        level: 'warning',
        message: 'Group 2 gets 50 minutes of screen time on day 2, above the class limit of 40.',
      },
      { level: 'warning', message: 'Group 2 never meets the teacher in this rotation.' },
    ]);
  });

  it('collaborative groups too small to talk, and more students than devices, one message per station', () => {
    const small = [
      { id: 'g1', name: 'Group 1', studentIds: ['a', 'b'] },
      { id: 'g2', name: 'Group 2', studentIds: ['c'] },
      { id: 'g3', name: 'Group 3', studentIds: ['d', 'e', 'f', 'g', 'h', 'i', 'j'] },
    ];
    expect(planChecks(plan({ groups: small }))).toEqual([
      {
        level: 'warning',
        message: 'Group 3 (7 students) has more students than the 5 devices at Laptops.',
      },
      {
        level: 'warning',
        message:
          'Group 1 (2 students) and Group 2 (1 student) are too small for Table talk: a collaborative station needs at least 3 students to talk a task through.',
      },
    ]);
  });

  it('a group that never meets the teacher', () => {
    const slots = plan().slots.filter((s) => !(s.stationId === 'T' && s.groupId === 'g3'));
    expect(planChecks(plan({ slots }))).toEqual([
      { level: 'warning', message: 'Group 3 never meets the teacher in this rotation.' },
    ]);
  });

  it('no teacher station at all: one message, not one per group', () => {
    const noTeacher = stations.filter((s) => s.kind !== 'teacher');
    const slots = buildRotation(request({ stations: noTeacher, groups: groups(3) })).slots;
    expect(planChecks(plan({ slots, stations: noTeacher }))).toEqual([
      {
        level: 'warning',
        message: 'No station is led by the teacher, so no group meets the teacher in this plan.',
      },
    ]);
  });

  it('teacher time not going where the need is names the group', () => {
    const slots = plan().slots.filter((s) => !(s.stationId === 'T' && s.groupId === 'g1'));
    expect(planChecks(plan({ slots }))).toEqual([
      { level: 'warning', message: 'Group 1 never meets the teacher in this rotation.' },
      {
        level: 'warning',
        message:
          'Group 1 has the most need (mean score 1.5) but gets 0 minutes with the teacher, while Group 2 gets 15. Give Group 1 at least as much teacher time.',
      },
    ]);
  });

  it('notes when the group with the most need is not the first to meet the teacher', () => {
    const reversed = planGroups.map((g, i) => ({ ...g, need: [3, 2, 1.2][i] }));
    expect(planChecks(plan({ groups: reversed }))).toEqual([
      {
        level: 'info',
        message:
          'Group 3 has the most need but meets the teacher in round 3, after Group 1 and Group 2. Putting it first in the group order gives it the teacher first.',
      },
    ]);
  });
});

describe('BUILT_IN_PLAYS', () => {
  it('are the six plays the issue names and a lab rotation, with plain descriptions', () => {
    expect(BUILT_IN_PLAYS.map((p) => p.id)).toEqual([
      'three-stations',
      'four-stations',
      'flip-flop',
      'lab-rotation',
      'must-do-may-do',
      'mirror-stations',
      'co-teaching',
    ]);
    for (const play of BUILT_IN_PLAYS) {
      expect(play.description.length).toBeGreaterThan(60);
      expect(play.stations.some((s) => s.kind === 'teacher')).toBe(true);
      expect(play.minutesPerStation).toBeGreaterThan(0);
    }
  });

  it('have the stations their names promise', () => {
    const kinds = (id: string) => BUILT_IN_PLAYS.find((p) => p.id === id)!.stations.map((s) => s.kind);
    expect(kinds('three-stations')).toEqual(['teacher', 'online', 'independent']);
    expect(kinds('four-stations')).toEqual(['teacher', 'online', 'collaborative', 'independent']);
    expect(kinds('flip-flop')).toEqual(['teacher', 'online']);
    expect(BUILT_IN_PLAYS.find((p) => p.id === 'flip-flop')!.suggestedGroups).toBe(2);
    expect(kinds('co-teaching').filter((k) => k === 'teacher')).toHaveLength(2);
    const mirror = BUILT_IN_PLAYS.find((p) => p.id === 'mirror-stations')!;
    for (const kind of new Set(mirror.stations.map((s) => s.kind))) {
      expect(mirror.stations.filter((s) => s.kind === kind).map((s) => s.set)).toEqual(['A', 'B']);
    }
  });

  it('each builds a rotation without warnings for its suggested groups', () => {
    for (const play of BUILT_IN_PLAYS) {
      const sets = play.id === 'mirror-stations' ? (['A', 'B'] as const) : [undefined];
      for (const set of sets) {
        const stations = play.stations
          .filter((s) => s.set === set)
          .map((s, i) => ({ id: `s${i}`, kind: s.kind, capacity: s.capacity, devices: s.devices }));
        const count = set ? play.suggestedGroups / 2 : play.suggestedGroups;
        const { slots, warnings } = buildRotation({
          start: '09:00',
          minutesPerStation: play.minutesPerStation,
          transitionMinutes: play.transitionMinutes,
          stations,
          groups: groups(count, 4),
        });
        expect(warnings, play.id).toEqual([]);
        expect(slots).toHaveLength(count * stations.length);
      }
    }
  });
});
