// Which column of a results file holds what: detected from the headers, corrected by the teacher.
import { detectColumns, tidy } from './headers';

export type ResultsField =
  | 'studentId'
  | 'studentName'
  | 'givenName'
  | 'familyName'
  | 'skillCode'
  | 'score'
  | 'percent'
  | 'points'
  | 'pointsPossible'
  | 'date'
  | 'source'
  | 'note'
  | 'grade'
  | 'ref';

export const RESULTS_FIELDS: { field: ResultsField; label: string }[] = [
  { field: 'studentId', label: 'Student ID' },
  { field: 'studentName', label: 'Student name' },
  { field: 'givenName', label: 'First name' },
  { field: 'familyName', label: 'Last name' },
  { field: 'skillCode', label: 'Skill code' },
  { field: 'score', label: 'Score on the scale' },
  { field: 'percent', label: 'Percent' },
  { field: 'points', label: 'Points earned' },
  { field: 'pointsPossible', label: 'Points possible' },
  { field: 'date', label: 'Date' },
  { field: 'source', label: 'Source' },
  { field: 'note', label: 'Note' },
  { field: 'grade', label: 'Student grade' },
  { field: 'ref', label: 'Test ID' },
];

/** The fields that say which score a row holds: not used in a wide file, where each skill has its column. */
export const LONG_ONLY_FIELDS: ResultsField[] = ['skillCode', 'score', 'percent', 'points', 'pointsPossible'];

/**
 * Field -> column index. `skillColumns`: in a wide file, the columns that each hold one skill's
 * scores (their headers are the skill codes); undefined lets the preview find them, [] means none.
 * `wideValues`: what a plain number in those columns is (a score on the scale unless told).
 */
export type ResultsMapping = Partial<Record<ResultsField, number>> & {
  skillColumns?: number[];
  wideValues?: 'score' | 'percent';
  /**
   * Never chosen by the teacher nor stored: the column of a profile's long table holding each
   * score's text as the file wrote it ("Mid 7", "185"), kept as the evidence's raw value.
   */
  rawColumn?: number;
};

// Compared after headerKey(), so case, spaces and punctuation do not matter ("%" reads as "percent").
const HEADER_NAMES: Record<ResultsField, string[]> = {
  studentId: [
    'Student ID',
    'ID',
    'Student number',
    'SIS ID',
    'SIS User ID',
    'sourcedId',
    'Local ID',
    'Student no',
    'ID number',
    'User ID',
  ],
  studentName: ['Student name', 'Name', 'Student', 'Full name', 'Last, First', 'Learner', 'Pupil'],
  givenName: ['First name', 'First', 'Given name', 'Forename'],
  familyName: ['Last name', 'Surname', 'Family name', 'Last'],
  skillCode: [
    'Skill code',
    'Skill',
    'Standard',
    'Code',
    'Standard code',
    'Outcome',
    'Learning outcome',
    'Objective',
    'Learning target',
    'Competency',
  ],
  score: [
    'Score',
    'Score on the scale',
    'Level',
    'Mastery',
    'Mastery level',
    'Mastery score',
    'Rating',
    'Proficiency',
    'Result',
  ],
  percent: ['Percent', 'Percentage', 'Score percent', 'Percent score', 'Percent correct', 'Pct'],
  points: ['Points earned', 'Points', 'Raw score', 'Points scored', 'Marks', 'Pts', 'Earned'],
  pointsPossible: [
    'Points possible',
    'Possible',
    'Out of',
    'Max',
    'Max points',
    'Maximum',
    'Possible points',
    'Total points',
    'Max score',
  ],
  date: [
    'Date',
    'Assessed on',
    'Assessment date',
    'Date assessed',
    'Assessed',
    'Due date',
    'Submitted',
    'Submitted at',
    'Graded at',
    'Day',
  ],
  source: [
    'Source',
    'Assessment',
    'Assignment',
    'Activity',
    'Task',
    'Assessment name',
    'Assignment name',
    'Quiz',
    'Test',
    'Evidence',
  ],
  note: ['Note', 'Notes', 'Comment', 'Comments', 'Feedback', 'Teacher note', 'Teacher comment'],
  // Never plain "Grade": in a gradebook that is the mark, not the year the student is in.
  grade: ['Student grade', 'Grade level', 'Student grade level', 'Enrolled grade', 'Grade at test'],
  ref: ['Test ID', 'Activity ID', 'Test event ID', 'Diagnostic ID', 'Attempt ID'],
};

const codeKey = (code: string) => tidy(code).toLowerCase();

/** Finds a tracked skill by code, case-insensitively; "CCSS.Math.Content.6.RP.A.1" finds 6.RP.A.1. */
export function skillFinder<S extends { code: string }>(skills: S[]): (code: string) => S | null {
  const byCode = new Map<string, S>();
  for (const s of skills) if (codeKey(s.code) && !byCode.has(codeKey(s.code))) byCode.set(codeKey(s.code), s);
  return (code) => {
    const key = codeKey(code);
    if (!key) return null;
    const exact = byCode.get(key);
    if (exact) return exact;
    const ends = [...byCode].filter(([k]) => key.endsWith(`.${k}`));
    return ends.length === 1 ? ends[0]![1] : null;
  };
}

/** A header names a skill when it is the code, or starts with it ("6.RP.A.1 (unit rate)"). */
export function headerSkill<S extends { code: string }>(
  find: (code: string) => S | null,
  header: string,
): S | null {
  return find(header) ?? find(tidy(header).split(/[\s(:]/)[0] ?? '');
}

export function wideColumns(
  headers: string[],
  skills: { code: string }[],
  mapping: ResultsMapping,
): number[] {
  const find = skillFinder(skills);
  const used = new Set(Object.values(mapping).filter((v) => typeof v === 'number'));
  return headers.flatMap((h, i) => (!used.has(i) && headerSkill(find, h) ? [i] : []));
}

/** `skillCodes`: the class's tracked codes, so a header that is one makes the file wide. */
export function detectResultsMapping(headers: string[], skillCodes: string[] = []): ResultsMapping {
  const mapping: ResultsMapping = detectColumns(
    headers.map((h) => h.replace(/%/g, ' percent')),
    HEADER_NAMES,
  );
  // Separate name columns are more reliable than splitting a full name.
  if (mapping.givenName !== undefined || mapping.familyName !== undefined) delete mapping.studentName;
  // "Score" next to "Out of" is points, not a level.
  if (mapping.pointsPossible !== undefined && mapping.points === undefined && mapping.score !== undefined) {
    mapping.points = mapping.score;
    delete mapping.score;
  }
  const wide = wideColumns(
    headers,
    skillCodes.map((code) => ({ code })),
    mapping,
  );
  if (wide.length) mapping.skillColumns = wide;
  return mapping;
}
