// What is wrong with a rotation request, in words that say what to fix. A request with any of
// these problems gets no slots. Internal to shared/rotations.

import { readClock } from './clock';
import { STATION_KINDS } from './types';
import type { RotationNames } from './types';
import { isWhole, shown } from './words';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The problems of a request that cannot be scheduled; empty when it can. It never trusts the
 * shape: a plan body read back from storage or a file may hold anything.
 */
export function requestProblems(req: unknown, names: RotationNames = {}): string[] {
  if (!isRecord(req))
    return [
      'The rotation has no settings: choose a start time, the minutes per station, the stations and the groups.',
    ];
  const problems: string[] = [];
  const label = (id: unknown, fallback: string) =>
    typeof id === 'string' && id !== '' ? (names[id] ?? id) : fallback;

  if (!readClock(req.start)) {
    problems.push(
      `The start time ${shown(req.start)} is not a time like 09:00: use the 24-hour clock, hours and minutes.`,
    );
  }
  if (!isWhole(req.minutesPerStation, 1)) {
    problems.push(
      `Minutes per station must be a whole number above 0 (it is ${shown(req.minutesPerStation)}).`,
    );
  }
  if (!isWhole(req.transitionMinutes, 0)) {
    problems.push(
      `Transition minutes must be a whole number, 0 or more (it is ${shown(req.transitionMinutes)}).`,
    );
  }
  if (req.periodMinutes !== undefined && req.periodMinutes !== null && !isWhole(req.periodMinutes, 1)) {
    problems.push(
      `The period length must be a whole number of minutes above 0 (it is ${shown(req.periodMinutes)}), or left empty.`,
    );
  }

  if (!Array.isArray(req.stations) || req.stations.length === 0) {
    problems.push('Add at least one station.');
  } else {
    const seen = new Set<string>();
    req.stations.forEach((station: unknown, i) => {
      const where = `Station ${i + 1}`;
      if (!isRecord(station) || typeof station.id !== 'string' || station.id === '') {
        problems.push(`${where} has no id: every station needs one.`);
        return;
      }
      const name = label(station.id, where);
      if (seen.has(station.id))
        problems.push(`Two stations share the id ${shown(station.id)}: give each station its own.`);
      seen.add(station.id);
      if (typeof station.kind !== 'string' || !(STATION_KINDS as readonly string[]).includes(station.kind)) {
        problems.push(
          `${name} has no kind we know (${shown(station.kind)}): choose ${STATION_KINDS.join(', ')}.`,
        );
      }
      if (station.capacity !== undefined && station.capacity !== null && !isWhole(station.capacity, 0)) {
        problems.push(
          `${name}'s capacity must be a whole number of students (it is ${shown(station.capacity)}), or left empty.`,
        );
      }
      if (station.devices !== undefined && station.devices !== null && !isWhole(station.devices, 0)) {
        problems.push(
          `${name}'s devices must be a whole number (it is ${shown(station.devices)}), or left empty.`,
        );
      }
    });
  }

  if (!Array.isArray(req.groups) || req.groups.length === 0) {
    problems.push('Add at least one group.');
  } else {
    const seen = new Set<string>();
    req.groups.forEach((group: unknown, i) => {
      const where = `Group ${i + 1}`;
      if (!isRecord(group) || typeof group.id !== 'string' || group.id === '') {
        problems.push(`${where} has no id: every group needs one.`);
        return;
      }
      if (seen.has(group.id))
        problems.push(`Two groups share the id ${shown(group.id)}: give each group its own.`);
      seen.add(group.id);
      if (!isWhole(group.size, 0)) {
        problems.push(
          `${label(group.id, where)}'s size must be a whole number of students (it is ${shown(group.size)}).`,
        );
      }
    });
  }
  return problems;
}
