import type { ImportProblem } from '../problems';

export type OneRosterVersion = '1.0' | '1.1' | '1.2';
export type OneRosterMode = 'bulk' | 'delta';
/** `inactive` is OneRoster 1.0 vocabulary; 1.1 and 1.2 know only active and tobedeleted. */
export type OneRosterStatus = 'active' | 'tobedeleted' | 'inactive';

/** A student or a teacher from users.csv. Text fields the file leaves blank are ''. */
export type OneRosterPerson = {
  sourcedId: string;
  givenName: string;
  familyName: string;
  middleName: string;
  /** preferredGivenName (1.2) */
  preferredFirstName: string;
  email: string;
  username: string;
  /** the school's own id for the person, e.g. the student number */
  identifier: string;
  /** blank in a bulk file is undefined; every record of a delta file has one */
  status?: OneRosterStatus;
  enabledUser: boolean;
  orgSourcedIds: string[];
  grades: string[];
};

export type OneRosterClass = {
  sourcedId: string;
  title: string;
  classCode: string;
  classType: string;
  courseSourcedId: string;
  schoolSourcedId: string;
  termSourcedIds: string[];
  subjects: string[];
  grades: string[];
  periods: string[];
  status?: OneRosterStatus;
};

export type OneRosterEnrollment = {
  /** may be '' (some exports leave it out); a delta import deletes by it */
  sourcedId: string;
  classSourcedId: string;
  userSourcedId: string;
  /** OneRoster role in its spec spelling ('student', 'teacher', 'administrator', …), or as written */
  role: string;
  primary: boolean;
  /** YYYY-MM-DD or '' */
  beginDate: string;
  endDate: string;
  status?: OneRosterStatus;
};

/** An academicSessions.csv row: a term, semester, grading period or school year. */
export type OneRosterSession = {
  sourcedId: string;
  title: string;
  /** term | semester | schoolYear | gradingPeriod, or as written */
  type: string;
  /** YYYY-MM-DD or '' */
  startDate: string;
  endDate: string;
  parentSourcedId: string;
  schoolYear: string;
};

/** OneRoster itself, or Microsoft School Data Sync v2.1 (modelled on it, with its own columns and no manifest). */
export type RosterFormat = 'oneroster' | 'sds';

export type RosterImport = {
  /** 'oneroster' unless said; an SDS export reads through the same plan */
  format?: RosterFormat;
  /** for an SDS export: '1.0' (it has no manifest); see `format` */
  version: OneRosterVersion;
  mode: OneRosterMode;
  classes: OneRosterClass[];
  students: OneRosterPerson[];
  teachers: OneRosterPerson[];
  enrollments: OneRosterEnrollment[];
  /** academicSessions.csv, when the export holds it */
  sessions?: OneRosterSession[];
  problems: ImportProblem[];
};
