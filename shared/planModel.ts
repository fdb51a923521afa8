// What a saved rotation plan holds (PlanRecord.body) and what a saved play holds. The schedule
// itself is never stored: buildRotation derives it from these, so it can never disagree with them.
import type { PlayAdult, PlayModel } from './rotations/plays';
import type { PlaylistItem } from './rotations/playlists';
import type { StationKind } from './rotations/types';

export type PlanStation = {
  id: string;
  name: string;
  kind: StationKind;
  adult: PlayAdult;
  capacity?: number;
  devices?: number;
  /** mirrored plans: the set of stations it belongs to (none means set A) */
  set?: 'A' | 'B';
  /** where it is, for a lab rotation: 'Classroom', 'Computer lab' */
  room?: string;
  /** group id -> what that group does here */
  activities: Record<string, { activity: string; resources: string; evidence: string }>;
};

export type PlanGroup = {
  id: string;
  name: string;
  color: string;
  studentIds: string[];
  need?: number | null;
  /** mirrored plans: the set of stations it rotates through (none means it alternates with the others) */
  set?: 'A' | 'B';
};

export type PlanBody = {
  model: PlayModel;
  /** the days it runs on, in order (one for most plans; several for a rotation spread over days) */
  dates: string[];
  start: string;
  minutesPerStation: number;
  transitionMinutes: number;
  periodMinutes?: number;
  stations: PlanStation[];
  /** in priority order: the first meets the teacher first */
  groups: PlanGroup[];
  screenLimitPerDay: number;
  notes: string;
  /** the play it started from, if any */
  playId?: string;
  /** individual rotation: the activities each student's must-do and may-do list is made of */
  playlist?: PlaylistItem[];
};

export type PlayRecord = {
  id: string;
  name: string;
  description: string;
  model: PlayModel;
  stations: Omit<PlanStation, 'id' | 'activities'>[];
  minutesPerStation: number;
  transitionMinutes: number;
  periodMinutes?: number;
  suggestedGroups: number;
  /**
   * Individual plays: the playlist's activities, for everyone (groups and students belong to a
   * plan, not to a play).
   */
  playlist?: Omit<PlaylistItem, 'id' | 'for'>[];
  createdAt: string;
};

/** An adult who can run a station in a class. */
export type ClassAdult = { id: string; name: string; role: 'teacher' | 'co-teacher' | 'aide' };
