import { describe, expect, it } from 'vitest';
import { BUILT_IN_PLAYS, buildRotation, groupSets, isMirrored, modelChecks, planSchedule } from '../../../shared';
import type { PlanBody, PlanGroup, PlanStation, RotationSlot } from '../../../shared';

const station = (id: string, kind: PlanStation['kind'], more: Partial<PlanStation> = {}): PlanStation => ({
  id,
  name: `Station ${id}`,
  kind,
  adult: kind === 'teacher' ? 'teacher' : null,
  activities: {},
  ...more,
});
const group = (id: string, size = 4, more: Partial<PlanGroup> = {}): PlanGroup => ({
  id,
  name: `Group ${id}`,
  color: '#336699',
  studentIds: Array.from({ length: size }, (_, i) => `${id}-s${i}`),
  ...more,
});
const body = (over: Partial<PlanBody>): PlanBody => ({
  model: 'station',
  dates: ['2026-11-24'],
  start: '09:00',
  minutesPerStation: 15,
  transitionMinutes: 2,
  stations: [station('T', 'teacher'), station('O', 'online'), station('I', 'independent')],
  groups: [group('g1'), group('g2'), group('g3')],
  screenLimitPerDay: 40,
  notes: '',
  ...over,
});

const mirrorPlay = BUILT_IN_PLAYS.find((p) => p.id === 'mirror-stations')!;
const mirrorStations = (): PlanStation[] =>
  mirrorPlay.stations.map((s, i) => station(`m${i}`, s.kind, { name: s.name, ...(s.set ? { set: s.set } : {}) }));

function visits(slots: RotationSlot[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of slots) out.set(s.groupId, [...(out.get(s.groupId) ?? []), s.stationId]);
  return out;
}

describe('planSchedule', () => {
  it('is exactly buildRotation for a plain station rotation', () => {
    const b = body({});
    const plain = buildRotation({
      start: '09:00',
      minutesPerStation: 15,
      transitionMinutes: 2,
      stations: b.stations.map((s) => ({ id: s.id, kind: s.kind })),
      groups: b.groups.map((g) => ({ id: g.id, size: g.studentIds.length })),
    });
    expect(planSchedule(b).slots).toEqual(plain.slots);
  });

  it('runs mirrored sets side by side: four rounds, each group through its own set once', () => {
    const b = body({ stations: mirrorStations(), groups: Array.from({ length: 8 }, (_, i) => group(`g${i + 1}`)) });
    expect(isMirrored(b)).toBe(true);
    const { slots, warnings } = planSchedule(b);
    expect(warnings).toEqual([]);
    expect(new Set(slots.map((s) => s.round))).toEqual(new Set([0, 1, 2, 3]));
    const setOf = new Map(b.stations.map((s) => [s.id, s.set]));
    const sets = groupSets(b.groups);
    for (const [groupId, stations] of visits(slots)) {
      expect(stations).toHaveLength(4);
      expect(new Set(stations).size).toBe(4);
      expect(stations.every((id) => setOf.get(id) === sets[groupId])).toBe(true);
    }
    // No station holds two groups in one round.
    const seats = slots.map((s) => `${s.round}/${s.stationId}`);
    expect(new Set(seats).size).toBe(seats.length);
    // Both sets keep the same clock: round 1 starts at 09:17 at every station.
    expect(new Set(slots.filter((s) => s.round === 1).map((s) => s.start))).toEqual(new Set(['09:17']));
    // The first group of each set meets its adult first.
    expect(slots.filter((s) => s.round === 0 && b.stations.find((x) => x.id === s.stationId)!.kind === 'teacher').map((s) => s.groupId).sort()).toEqual(['g1', 'g2']);
  });

  it('alternates groups between the sets by priority unless a group names its set', () => {
    expect(groupSets([{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }])).toEqual({ a: 'A', b: 'B', c: 'A', d: 'B' });
    expect(groupSets([{ id: 'a', set: 'B' }, { id: 'b' }, { id: 'c' }])).toEqual({ a: 'B', b: 'A', c: 'B' });
  });

  it('says when a set has no group, and still schedules the other', () => {
    const b = body({ stations: mirrorStations(), groups: [group('g1', 4, { set: 'A' }), group('g2', 4, { set: 'A' })] });
    const { slots, warnings } = planSchedule(b);
    expect(warnings.some((w) => w.startsWith('No group rotates through set B'))).toBe(true);
    expect(visits(slots).get('g1')).toHaveLength(4);
  });

  it('names the set in the warnings of a mirrored plan', () => {
    const stations = mirrorStations().map((s) => (s.kind === 'online' && s.set === 'B' ? { ...s, devices: 2 } : s));
    const { warnings } = planSchedule(body({ stations, groups: [group('g1'), group('g2')] }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Set B: Group g2 \(4 students\) has more students than the 2 devices at Online practice B/);
  });

  it('walks a whole-class block through the stations in the order listed, everyone together', () => {
    const stations = [station('L', 'teacher', { name: 'Mini-lesson' }), station('P', 'online'), station('X', 'independent', { name: 'Exit ticket' })];
    const b = body({ model: 'whole_class', stations: [stations[1]!, stations[0]!, stations[2]!], groups: [group('all', 28)], minutesPerStation: 10, transitionMinutes: 1 });
    const { slots, warnings } = planSchedule(b);
    expect(warnings).toEqual([]);
    expect(slots.map((s) => [s.round, s.stationId, s.start, s.end])).toEqual([
      [0, 'P', '09:00', '09:10'],
      [1, 'L', '09:11', '09:21'],
      [2, 'X', '09:22', '09:32'],
    ]);
  });

  it('splits a whole-class block over days when the period is short, and warns about several groups', () => {
    const b = body({ model: 'whole_class', periodMinutes: 35, groups: [group('g1'), group('g2')] });
    const { slots, warnings } = planSchedule(b);
    expect(slots.filter((s) => s.groupId === 'g1').map((s) => [s.day, s.start])).toEqual([
      [0, '09:00'],
      [0, '09:17'],
      [1, '09:00'],
    ]);
    expect(warnings.some((w) => w.includes('whole-class block keeps everyone together'))).toBe(true);
  });

  it('gives no slots and says what to fix when a whole-class block has no stations', () => {
    const { slots, warnings } = planSchedule(body({ model: 'whole_class', stations: [] }));
    expect(slots).toEqual([]);
    expect(warnings).toContain('Add at least one station.');
  });
});

describe('modelChecks', () => {
  const lab = (stations: PlanStation[]) => modelChecks({ model: 'lab', stations });
  it('asks a lab rotation for stations in two rooms', () => {
    expect(lab([station('T', 'teacher'), station('O', 'online')])[0]?.message).toMatch(/not in two rooms yet/);
    expect(modelChecks({ model: 'station', stations: [station('T', 'teacher')] })).toEqual([]);
  });
  it('says which room has no adult', () => {
    const stations = [
      station('T', 'teacher', { room: 'Classroom' }),
      station('O', 'online', { room: 'Computer lab' }),
      station('I', 'independent', { room: 'Classroom' }),
    ];
    expect(lab(stations).map((c) => c.message)).toEqual([
      'No adult runs a station in Computer lab, so the students there are on their own: give one of its stations an adult.',
    ]);
    expect(lab(stations.map((s) => (s.id === 'O' ? { ...s, adult: 'aide' as const } : s)))).toEqual([]);
  });
  it('is satisfied by the built-in lab play', () => {
    const play = BUILT_IN_PLAYS.find((p) => p.model === 'lab')!;
    expect(lab(play.stations.map((s, i) => station(`s${i}`, s.kind, { name: s.name, adult: s.adult ?? null, ...(s.room ? { room: s.room } : {}) })))).toEqual([]);
  });
});
