// The plan parts the classroom displays and the plan's health read: activities typed once for
// every group, the short names on the boards, the period split, each warning once.
import { describe, expect, it } from 'vitest';
import {
  boardNames,
  DEFAULT_SCALE,
  groupActivity,
  groupNames,
  overridesEveryGroup,
  periodChecks,
  planSchedule,
  storedPlanBodySchema,
  withoutOverride,
  type PlanBody,
  type PlanGroup,
  type PlanStation,
} from '../../../shared';
import { planView } from '../../../renderer/rotations/planView';
import { scoreWords } from '../../../renderer/rotations/pdf/planPdfData';
import { datedAnotherDay, dayRounds, roundsFrom } from '../../../renderer/rotations/live/timeline';

const station = (id: string, kind: PlanStation['kind'], more: Partial<PlanStation> = {}): PlanStation => ({
  id,
  name: id,
  kind,
  adult: kind === 'teacher' ? 'teacher' : null,
  activities: {},
  ...more,
});
const group = (id: string, studentIds: string[], more: Partial<PlanGroup> = {}): PlanGroup => ({
  id,
  name: id,
  color: '#123456',
  studentIds,
  ...more,
});
const body = (over: Partial<PlanBody> = {}): PlanBody => ({
  model: 'station',
  dates: ['2026-11-24'],
  start: '09:00',
  minutesPerStation: 15,
  transitionMinutes: 2,
  stations: [
    station('Teacher', 'teacher'),
    station('Online', 'online'),
    station('Talk', 'collaborative'),
    station('Solo', 'independent'),
  ],
  groups: [
    group('G1', ['a', 'b', 'c']),
    group('G2', ['d', 'e', 'f']),
    group('G3', ['g', 'h', 'i']),
    group('G4', ['j', 'k', 'l']),
  ],
  screenLimitPerDay: 40,
  notes: '',
  ...over,
});

describe('activities for every group', () => {
  const s = station('Talk', 'collaborative', {
    everyGroup: { activity: 'Ratio tables in pairs', resources: 'Counters', evidence: 'Exit ticket' },
    activities: { G2: { activity: 'Reteach with a tape diagram', resources: '', evidence: '' } },
  });

  it('gives every group the shared activity, and a group its own text field by field', () => {
    expect(groupActivity(s, 'G1')).toEqual({
      activity: 'Ratio tables in pairs',
      resources: 'Counters',
      evidence: 'Exit ticket',
    });
    expect(groupActivity(s, 'G2')).toEqual({
      activity: 'Reteach with a tape diagram',
      resources: 'Counters',
      evidence: 'Exit ticket',
    });
    expect(overridesEveryGroup(s, 'G2')).toBe(true);
    expect(overridesEveryGroup(s, 'G1')).toBe(false);
    expect(groupActivity(withoutOverride(s, 'G2'), 'G2').activity).toBe('Ratio tables in pairs');
  });

  it('reads an older plan (no shared activity, no names setting) exactly as before', () => {
    const old = storedPlanBodySchema.parse({
      stations: [{ id: 's', kind: 'online', activities: { g: { activity: 'Khan' } } }],
    });
    expect(old.stations[0]!.everyGroup).toBeUndefined();
    expect(old.showNames).toBeUndefined();
    expect(groupActivity(old.stations[0], 'g')).toEqual({ activity: 'Khan', resources: '', evidence: '' });
    expect(groupActivity(old.stations[0], 'other')).toEqual({ activity: '', resources: '', evidence: '' });
  });
});

describe('names on the classroom displays', () => {
  it('uses the first name a student goes by, with the family initial only where first names clash', () => {
    const names = boardNames([
      { id: '1', givenName: 'Amara', familyName: 'Okafor' },
      { id: '2', givenName: 'Samuel', familyName: 'Diaz', preferredName: 'Sam' },
      { id: '3', givenName: 'Sam', familyName: 'Lee' },
      { id: '4', givenName: 'Leo', familyName: 'Park' },
      { id: '5', givenName: 'Leo', familyName: 'Pérez' },
    ]);
    expect(names).toEqual({ '1': 'Amara', '2': 'Sam D.', '3': 'Sam L.', '4': 'Leo Park', '5': 'Leo Pérez' });
    expect(groupNames(['4', '1', 'gone'], names)).toEqual(['Amara', 'Leo Park']);
  });
});

describe('rounds that do not fit the class period', () => {
  it('warns in plan health, with the split and what would fit', () => {
    const view = planView(body({ periodMinutes: 45 }));
    expect(view.days).toBe(2);
    const period = view.health.filter((c) => c.message.includes('class period'));
    expect(period).toEqual([
      {
        level: 'warning',
        message:
          'The 4 rounds take 66 minutes, longer than the 45-minute class period, so the plan runs over 2 days: ' +
          'rounds 1–2 on day 1 (Tue 24 Nov) and rounds 3–4 on day 2 (no date yet). To fit one period, shorten the ' +
          'stations to 9 minutes (or the moves) or lengthen the period; to run it over several days, choose ' +
          '“Rotation over several days” as the model and give each day its date.',
      },
    ]);
  });

  it('only states the split for a rotation over several days with a date for each day', () => {
    const { slots } = planSchedule(body({ periodMinutes: 45 }));
    expect(
      periodChecks(
        body({ model: 'multi_day', periodMinutes: 45, dates: ['2026-11-24', '2026-11-25'] }),
        slots,
      ),
    ).toEqual([
      {
        level: 'info',
        message:
          'The rotation runs over 2 days, 2 rounds a day: rounds 1–2 on day 1 (Tue 24 Nov) and rounds 3–4 on day 2 (Wed 25 Nov).',
      },
    ]);
    expect(periodChecks(body({ model: 'multi_day', periodMinutes: 45 }), slots)[0]!.level).toBe('warning');
    expect(
      periodChecks(body({ periodMinutes: 70 }), planSchedule(body({ periodMinutes: 70 })).slots),
    ).toEqual([]);
  });
});

describe('each warning once', () => {
  it('says a group has more students than the devices once, not once per check', () => {
    const view = planView(
      body({ stations: [station('Teacher', 'teacher'), station('Online', 'online', { devices: 2 })] }),
    );
    expect(view.health.filter((c) => c.message.includes('devices at Online'))).toHaveLength(1);
  });

  it('says once a problem both mirrored sets share', () => {
    const mirrored = body({
      start: '23:30',
      stations: [
        station('Teacher', 'teacher', { set: 'A' }),
        station('Online', 'online', { set: 'A' }),
        station('Aide', 'teacher', { set: 'B', adult: 'aide' }),
        station('Online B', 'online', { set: 'B' }),
      ],
    });
    const { warnings } = planSchedule(mirrored);
    expect(warnings.filter((w) => w.includes('past midnight'))).toEqual([
      'The rotation runs past midnight from a start of 23:30: check the start time.',
    ]);
  });
});

describe('the plan PDF’s scores', () => {
  it('writes the level of the number as written: a mean of 2.9986 is 3 Meets', () => {
    expect(scoreWords(2.9986, DEFAULT_SCALE)).toBe('3 Meets');
    expect(scoreWords(2.994, DEFAULT_SCALE)).toBe('2.99 Approaching');
  });
});

describe('the live board started by hand', () => {
  it('moves every round so round 1 starts now, and knows a plan dated another day', () => {
    const { slots } = planSchedule(body());
    const day = new Date('2026-11-23T12:00:00').getTime();
    const rounds = dayRounds(slots, 0, day);
    const now = new Date('2026-11-23T13:40:00').getTime();
    const moved = roundsFrom(rounds, now);
    expect(moved.map((r) => `${r.startClock}–${r.endClock}`)).toEqual([
      '13:40–13:55',
      '13:57–14:12',
      '14:14–14:29',
      '14:31–14:46',
    ]);
    expect(datedAnotherDay({ dates: ['2026-11-24'] }, now)).toBe(true);
    expect(datedAnotherDay({ dates: ['2026-11-23'] }, now)).toBe(false);
    expect(datedAnotherDay({ dates: [] }, now)).toBe(false);
  });
});
