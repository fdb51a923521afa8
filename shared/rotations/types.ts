// The rotation contract of DESIGN.md ("Domain contracts -> Rotations"): names and meanings are fixed.

export type StationKind = 'teacher' | 'online' | 'collaborative' | 'independent' | 'offline';

/** Every station kind, in the order the app lists them. */
export const STATION_KINDS: readonly StationKind[] = [
  'teacher',
  'online',
  'collaborative',
  'independent',
  'offline',
];

export type RotationStation = { id: string; kind: StationKind; capacity?: number; devices?: number };
export type RotationGroup = { id: string; size: number };

export type RotationRequest = {
  /** 'HH:mm', 24-hour */
  start: string;
  minutesPerStation: number;
  transitionMinutes: number;
  /** when set, rounds that do not fit continue on the next day */
  periodMinutes?: number;
  stations: RotationStation[];
  /** in priority order: group 1 meets the teacher first */
  groups: RotationGroup[];
};

export type RotationSlot = {
  day: number;
  round: number;
  start: string;
  end: string;
  stationId: string;
  groupId: string;
};

export type RotationResult = { slots: RotationSlot[]; warnings: string[] };

/** Station and group names by id, for warnings a teacher can read; an id without a name is shown as it is. */
export type RotationNames = Record<string, string>;
