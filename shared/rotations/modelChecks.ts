// Checks that belong to a plan's model rather than to its schedule. A lab rotation moves students
// between rooms, so it needs stations in more than one room and an adult in each room in use.

import type { PlanBody } from '../planModel';
import type { PlanCheck } from './checks';

const roomOf = (s: { room?: string }) => s.room?.trim() ?? '';

export function modelChecks(body: Pick<PlanBody, 'model' | 'stations'>): PlanCheck[] {
  if (body.model !== 'lab') return [];
  const out: PlanCheck[] = [];
  const rooms = [...new Set(body.stations.map(roomOf).filter(Boolean))];
  if (rooms.length < 2) {
    out.push({
      level: 'warning',
      message:
        'A lab rotation moves students between rooms, but the stations are not in two rooms yet: give each station ' +
        'its room (for example “Classroom” and “Computer lab”).',
    });
    return out;
  }
  for (const room of rooms) {
    if (!body.stations.some((s) => roomOf(s) === room && s.adult)) {
      out.push({
        level: 'warning',
        message: `No adult runs a station in ${room}, so the students there are on their own: give one of its stations an adult.`,
      });
    }
  }
  return out;
}
