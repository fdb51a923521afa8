// The schedule of a saved plan, derived from its body every time (it is never stored, so it can
// never disagree with the plan). A plain station rotation is one buildRotation call; mirrored
// stations run two rotations side by side; a whole-class block walks the stations in order.

import type { PlanBody, PlanGroup, PlanStation } from '../planModel';
import { buildRotation, roundsPerDay } from './build';
import { clockAfter, readClock } from './clock';
import type { RotationNames, RotationRequest, RotationResult, RotationSlot } from './types';

export type StationSet = 'A' | 'B';

/** Whether the plan runs two mirrored sets of stations (a station says which set it is in). */
export function isMirrored(body: Pick<PlanBody, 'stations'>): boolean {
  return body.stations.some((s) => s.set === 'B') && body.stations.some((s) => s.set !== 'B');
}

/** A station's set: stations that name none belong to set A. */
export function stationSet(station: Pick<PlanStation, 'set'>): StationSet {
  return station.set === 'B' ? 'B' : 'A';
}

/**
 * Which set each group rotates through. A group may name its set; the others alternate A, B, A, …
 * in priority order, so both sets get groups with the most need early on.
 */
export function groupSets(groups: readonly Pick<PlanGroup, 'id' | 'set'>[]): Record<string, StationSet> {
  const out: Record<string, StationSet> = {};
  let next = 0;
  for (const g of groups) {
    if (g.set === 'A' || g.set === 'B') out[g.id] = g.set;
    else out[g.id] = next++ % 2 === 0 ? 'A' : 'B';
  }
  return out;
}

function namesOf(body: PlanBody): RotationNames {
  return Object.fromEntries([...body.stations.map((s) => [s.id, s.name]), ...body.groups.map((g) => [g.id, g.name])]);
}

function requestOf(body: PlanBody, stations: PlanStation[], groups: PlanGroup[]): RotationRequest {
  return {
    start: body.start,
    minutesPerStation: body.minutesPerStation,
    transitionMinutes: body.transitionMinutes,
    ...(body.periodMinutes ? { periodMinutes: body.periodMinutes } : {}),
    stations: stations.map((s) => ({
      id: s.id,
      kind: s.kind,
      ...(s.capacity ? { capacity: s.capacity } : {}),
      ...(s.devices !== undefined ? { devices: s.devices } : {}),
    })),
    groups: groups.map((g) => ({ id: g.id, size: g.studentIds.length })),
  };
}

/**
 * The plan's slots and warnings. Slots come in round order, then in the order of the plan's
 * stations, so every screen lists them the same way.
 */
export function planSchedule(body: PlanBody): RotationResult {
  if (body.model === 'whole_class') return wholeClassSchedule(body);
  if (!isMirrored(body)) return buildRotation(requestOf(body, body.stations, body.groups), namesOf(body));

  const sets = groupSets(body.groups);
  const slots: RotationSlot[] = [];
  const warnings: string[] = [];
  const bySet: Record<StationSet, string[]> = { A: [], B: [] };
  for (const set of ['A', 'B'] as const) {
    const stations = body.stations.filter((s) => stationSet(s) === set);
    const groups = body.groups.filter((g) => sets[g.id] === set);
    if (groups.length === 0) {
      warnings.push(`No group rotates through set ${set}: its stations stand empty. Add a group or move one to set ${set}.`);
      continue;
    }
    const built = buildRotation(requestOf(body, stations, groups), namesOf(body));
    slots.push(...built.slots);
    bySet[set] = built.warnings;
  }
  // A problem both sets share (the start time, a station longer than the period) is said once.
  const both = new Set(bySet.A.filter((w) => bySet.B.includes(w)));
  warnings.push(...both);
  for (const set of ['A', 'B'] as const) for (const w of bySet[set]) if (!both.has(w)) warnings.push(`Set ${set}: ${w}`);
  const order = new Map(body.stations.map((s, i) => [s.id, i]));
  slots.sort((a, b) => a.round - b.round || order.get(a.stationId)! - order.get(b.stationId)!);
  return { slots, warnings };
}

/**
 * A whole-class block: everyone together at one station after another, in the order the
 * teacher listed them (a mini-lesson, then practice, then an exit ticket). Days split as in
 * buildRotation when the plan has a period.
 */
function wholeClassSchedule(body: PlanBody): RotationResult {
  // One group through the stations gives buildRotation's checks of times, seats and devices.
  const everyone = body.groups.slice(0, 1);
  const check = buildRotation(requestOf(body, body.stations, everyone), namesOf(body));
  if (check.slots.length === 0) return check;
  const warnings = [...check.warnings];
  if (body.groups.length > 1)
    warnings.push(
      `A whole-class block keeps everyone together, but the plan has ${body.groups.length} groups: ` +
        'they are all at the same station each round. Choose “Whole class” as the grouping, or change the model to a station rotation.',
    );
  const start = readClock(body.start)!;
  const step = body.minutesPerStation + body.transitionMinutes;
  const perDay = roundsPerDay(body.stations.length, body.minutesPerStation, body.transitionMinutes, body.periodMinutes);
  const slots: RotationSlot[] = [];
  body.stations.forEach((station, round) => {
    const offset = (round % perDay) * step;
    const from = clockAfter(start, offset).clock;
    const to = clockAfter(start, offset + body.minutesPerStation).clock;
    for (const group of body.groups)
      slots.push({ day: Math.floor(round / perDay), round, start: from, end: to, stationId: station.id, groupId: group.id });
  });
  return { slots, warnings };
}
