// The built-in plays: rotation set-ups a teacher starts from and adapts (DESIGN.md: "plans are
// plays a teacher reuses and adapts"). Data only; the app copies one into a plan and the teacher
// changes what they like.

import type { StationKind } from './types';

export type PlayModel = 'station' | 'lab' | 'individual' | 'whole_class' | 'multi_day';
/** Who runs a station; null for a station students run themselves. */
export type PlayAdult = 'teacher' | 'co-teacher' | 'aide' | null;

export type PlayStation = {
  name: string;
  kind: StationKind;
  adult?: PlayAdult;
  capacity?: number;
  devices?: number;
  /**
   * Mirror plays only: the set the station belongs to. Each set is its own rotation, run side by
   * side with about half the groups each, so a group visits one station of each pair, not both.
   */
  set?: 'A' | 'B';
  /** Lab plays: where the station is ('Classroom', 'Computer lab'). */
  room?: string;
};

export type Play = {
  id: string;
  name: string;
  description: string;
  model: PlayModel;
  stations: PlayStation[];
  minutesPerStation: number;
  transitionMinutes: number;
  suggestedGroups: number;
};

export const BUILT_IN_PLAYS: readonly Play[] = [
  {
    id: 'three-stations',
    name: 'Classic three stations',
    description:
      'The everyday rotation: one group works with you at the small-group table, one practises online and one ' +
      'works on its own. Every group sees you once, and three rounds of 20 minutes fit a 65-minute lesson.',
    model: 'station',
    stations: [
      { name: 'Teacher table', kind: 'teacher', adult: 'teacher' },
      { name: 'Online practice', kind: 'online', adult: null },
      { name: 'Independent practice', kind: 'independent', adult: null },
    ],
    minutesPerStation: 20,
    transitionMinutes: 2,
    suggestedGroups: 3,
  },
  {
    id: 'four-stations',
    name: 'Four stations with collaboration',
    description:
      'Adds a collaborative table, so students talk the work through with each other instead of only clicking ' +
      'through it. Four smaller groups also keep your table small; plan a task that needs every voice.',
    model: 'station',
    stations: [
      { name: 'Teacher table', kind: 'teacher', adult: 'teacher' },
      { name: 'Online practice', kind: 'online', adult: null },
      { name: 'Collaborative task', kind: 'collaborative', adult: null },
      { name: 'Independent practice', kind: 'independent', adult: null },
    ],
    minutesPerStation: 15,
    transitionMinutes: 2,
    suggestedGroups: 4,
  },
  {
    id: 'flip-flop',
    name: 'Flip-flop',
    description:
      'Half the class works with you while the other half practises online, then the halves swap. A good first ' +
      'rotation, and it needs devices for only half the class.',
    model: 'station',
    stations: [
      { name: 'With the teacher', kind: 'teacher', adult: 'teacher' },
      { name: 'Online practice', kind: 'online', adult: null },
    ],
    minutesPerStation: 25,
    transitionMinutes: 3,
    suggestedGroups: 2,
  },
  {
    id: 'lab-rotation',
    name: 'Lab rotation',
    description:
      'Part of the class goes to the computer lab for online practice with an aide while the rest stays in the ' +
      'classroom with you and at an independent task; then they swap rooms. Good when the classroom has few devices.',
    model: 'lab',
    stations: [
      { name: 'Teacher table', kind: 'teacher', adult: 'teacher', room: 'Classroom' },
      { name: 'Computer lab', kind: 'online', adult: 'aide', room: 'Computer lab' },
      { name: 'Independent practice', kind: 'independent', adult: null, room: 'Classroom' },
    ],
    minutesPerStation: 20,
    transitionMinutes: 4,
    suggestedGroups: 3,
  },
  {
    id: 'must-do-may-do',
    name: 'Must-do and may-do',
    description:
      'Everyone has a list of must-dos to finish, including time at your table; whoever finishes early picks from ' +
      'the may-dos (a game, a book, an extension task). The schedule is a guide: students who are done move on.',
    model: 'individual',
    stations: [
      { name: 'Teacher table (must do)', kind: 'teacher', adult: 'teacher' },
      { name: 'Online practice (must do)', kind: 'online', adult: null },
      { name: 'Practice task (must do)', kind: 'independent', adult: null },
      { name: 'May-do choices', kind: 'offline', adult: null },
    ],
    minutesPerStation: 15,
    transitionMinutes: 2,
    suggestedGroups: 4,
  },
  {
    id: 'mirror-stations',
    name: 'Mirror stations for large classes',
    description:
      'For a big class: the room holds two copies of each station, so eight groups of four stay small enough to ' +
      'work and talk. Half the groups rotate through set A, half through set B, at the same times. The second ' +
      'small-group table needs another adult, such as an aide.',
    model: 'station',
    stations: [
      { name: 'Teacher table', kind: 'teacher', adult: 'teacher', set: 'A' },
      { name: 'Online practice A', kind: 'online', adult: null, set: 'A' },
      { name: 'Collaborative task A', kind: 'collaborative', adult: null, set: 'A' },
      { name: 'Independent practice A', kind: 'independent', adult: null, set: 'A' },
      { name: 'Aide table', kind: 'teacher', adult: 'aide', set: 'B' },
      { name: 'Online practice B', kind: 'online', adult: null, set: 'B' },
      { name: 'Collaborative task B', kind: 'collaborative', adult: null, set: 'B' },
      { name: 'Independent practice B', kind: 'independent', adult: null, set: 'B' },
    ],
    minutesPerStation: 15,
    transitionMinutes: 2,
    suggestedGroups: 8,
  },
  {
    id: 'co-teaching',
    name: 'Co-teaching: two teacher tables',
    description:
      'Two small-group tables, one for each teacher, so every group gets two doses of adult time: one to reteach ' +
      'and one to stretch, or the specialist working with the students on their caseload.',
    model: 'station',
    stations: [
      { name: 'Teacher table', kind: 'teacher', adult: 'teacher' },
      { name: 'Co-teacher table', kind: 'teacher', adult: 'co-teacher' },
      { name: 'Online practice', kind: 'online', adult: null },
      { name: 'Independent practice', kind: 'independent', adult: null },
    ],
    minutesPerStation: 15,
    transitionMinutes: 2,
    suggestedGroups: 4,
  },
];
