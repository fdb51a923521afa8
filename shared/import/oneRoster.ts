// OneRoster CSV import (1.0, 1.1, 1.2): see ./oneRoster/parse.ts.
export { parseOneRoster } from './oneRoster/parse';
export type {
  OneRosterClass,
  OneRosterEnrollment,
  OneRosterMode,
  OneRosterPerson,
  OneRosterSession,
  RosterFormat,
  OneRosterStatus,
  OneRosterVersion,
  RosterImport,
} from './oneRoster/types';
