// buildRotation: a cyclic (Latin-square) schedule of groups through stations. DESIGN.md
// ("Domain contracts -> Rotations") fixes the names and meanings.

import { clockAfter, readClock } from './clock';
import type { RotationNames, RotationRequest, RotationResult, RotationSlot, RotationStation } from './types';
import { requestProblems } from './validate';
import { listWords, plural } from './words';

/**
 * Where group `group` is in round `round` of a rotation with `rounds` rounds: a station position
 * (0 is the first teacher station), or a position at or past the station count when it sits out.
 * Group g reaches position 0 in round g and then moves one position on each round, so over
 * `rounds` rounds it meets every position once, and in one round no two groups share a position.
 */
export function cyclicPosition(round: number, group: number, rounds: number): number {
  return (((round - group) % rounds) + rounds) % rounds;
}

/**
 * The stations in rotation order: the first teacher station first, then the ones after it in the
 * request's order, wrapping round (with no teacher station, the request's order).
 */
export function rotationOrder<T extends { kind: string }>(stations: readonly T[]): T[] {
  const first = Math.max(
    0,
    stations.findIndex((s) => s.kind === 'teacher'),
  );
  return [...stations.slice(first), ...stations.slice(0, first)];
}

/**
 * How many rounds fit in one day: those that end within `periodMinutes` of the start. Without a
 * period, all of them; a period shorter than one round still holds one (and buildRotation warns).
 */
export function roundsPerDay(
  rounds: number,
  minutesPerStation: number,
  transitionMinutes: number,
  periodMinutes?: number,
): number {
  if (periodMinutes === undefined || periodMinutes === null) return Math.max(1, rounds);
  if (periodMinutes < minutesPerStation) return 1;
  return Math.floor((periodMinutes - minutesPerStation) / (minutesPerStation + transitionMinutes)) + 1;
}

/**
 * The rotation of `req.groups` through `req.stations`. Every group visits every station exactly
 * once; rounds = max(groups, stations); in round r group g is at station position (r - g) mod
 * rounds of rotationOrder() when that is a real station, so group 1 meets the teacher in round 0,
 * group 2 in round 1, and so on. Slots come in round order, then station order.
 *
 * Invalid input gives no slots and warnings saying what to fix; it never throws. `names` maps
 * station and group ids to the names used in warnings.
 */
export function buildRotation(req: RotationRequest, names: RotationNames = {}): RotationResult {
  const problems = requestProblems(req, names);
  if (problems.length > 0) return { slots: [], warnings: problems };

  const start = readClock(req.start)!;
  const { minutesPerStation: minutes, transitionMinutes: transition, groups } = req;
  const period = req.periodMinutes ?? undefined;
  const stations = rotationOrder(req.stations);
  const rounds = Math.max(groups.length, stations.length);
  const perDay = roundsPerDay(rounds, minutes, transition, period);
  const name = (id: string) => names[id] ?? id;

  const slots: RotationSlot[] = [];
  let pastMidnight = false;
  for (let round = 0; round < rounds; round++) {
    const day = Math.floor(round / perDay);
    const offset = (round % perDay) * (minutes + transition);
    const from = clockAfter(start, offset);
    const to = clockAfter(start, offset + minutes);
    pastMidnight ||= to.pastMidnight;
    const here: (string | undefined)[] = new Array<string | undefined>(stations.length);
    groups.forEach((group, g) => {
      const position = cyclicPosition(round, g, rounds);
      if (position < stations.length) here[position] = group.id;
    });
    stations.forEach((station, position) => {
      const groupId = here[position];
      if (groupId !== undefined)
        slots.push({ day, round, start: from.clock, end: to.clock, stationId: station.id, groupId });
    });
  }

  const warnings: string[] = [];
  if (!stations.some((s) => s.kind === 'teacher')) {
    warnings.push(
      'No station is led by the teacher: add a teacher station so every group gets time at the teacher table.',
    );
  }
  if (groups.length > stations.length) {
    const waits = groups.length - stations.length;
    warnings.push(
      `There are ${groups.length} groups but only ${plural(stations.length, 'station')}, so each group waits ` +
        `${waits} of the ${rounds} rounds without a station. Add a station or combine groups to keep everyone working.`,
    );
  }
  for (const station of req.stations) warnings.push(...seatWarnings(station, groups, name));
  if (period !== undefined && period < minutes) {
    warnings.push(
      `A ${minutes}-minute station does not fit in the ${period}-minute period, so each day holds one round that runs ` +
        `${minutes - period} minutes past the end. Shorten the station time to ${period} minutes or less, or lengthen the period.`,
    );
  }
  if (pastMidnight)
    warnings.push(`The rotation runs past midnight from a start of ${req.start}: check the start time.`);
  return { slots, warnings };
}

/** One warning per station for the groups larger than its capacity, and one for its devices (online stations). */
function seatWarnings(
  station: RotationStation,
  groups: RotationRequest['groups'],
  name: (id: string) => string,
): string[] {
  const out: string[] = [];
  const tooBig = (limit: number) =>
    groups.filter((g) => g.size > limit).map((g) => `${name(g.id)} (${plural(g.size, 'student')})`);
  if (station.capacity !== undefined && station.capacity !== null) {
    const big = tooBig(station.capacity);
    if (big.length > 0) {
      out.push(
        `${listWords(big)} ${big.length === 1 ? 'is' : 'are'} larger than ${name(station.id)}, which has room for ` +
          `${plural(station.capacity, 'student')}.`,
      );
    }
  }
  if (station.kind === 'online' && station.devices !== undefined && station.devices !== null) {
    const big = tooBig(station.devices);
    if (big.length > 0) {
      out.push(
        `${listWords(big)} ${big.length === 1 ? 'has' : 'have'} more students than the ${plural(station.devices, 'device')} ` +
          `at ${name(station.id)}: some students will have to share or wait.`,
      );
    }
  }
  return out;
}
