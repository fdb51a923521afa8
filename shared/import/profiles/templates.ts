// Starting points for the assessment exports teachers bring most, built from real files' headers
// (see realdata/FORMAT_FACTS.md): i-Ready diagnostics, NWEA MAP goal strands, Canvas outcome results.
import { headerKey } from '../headers';
import type { ResultsField, ResultsMapping } from '../resultsMapping';
import type { AssessmentProfile } from './profile';

const at = (headers: string[], header: string): number => {
  const i = headers.map(headerKey).indexOf(headerKey(header));
  if (i < 0) throw new Error(`template header missing: ${header}`);
  return i;
};
const mapOf = (headers: string[], fields: Partial<Record<ResultsField, string>>): ResultsMapping => {
  const m: ResultsMapping = {};
  for (const [f, h] of Object.entries(fields)) m[f as ResultsField] = at(headers, h);
  return m;
};

const IREADY_HEAD = [
  'Last Name',
  'First Name',
  'Student ID',
  'Student Grade',
  'Academic Year',
  'School',
  'Start Date',
  'Completion Date',
  'Time on Task (minutes)',
  'Rush Flag',
  'Overall Scale Score',
  'Overall Placement',
  'Grouping',
];
const IREADY_TAIL = [
  'Diagnostic Language',
  'Annual Typical Growth Measure',
  'Annual Stretch Growth Measure',
  'Mid On Grade Level Scale Score',
  'Activity Id',
];
const domainColumns = (domains: string[]) => domains.flatMap((d) => [`${d} Scale Score`, `${d} Placement`]);

function iReady(id: string, name: string, middle: string[], domains: string[]): AssessmentProfile {
  const headers = [...IREADY_HEAD, ...middle, ...domainColumns(domains), ...IREADY_TAIL];
  return {
    id,
    name,
    headersSignature: headers,
    mapping: {
      ...mapOf(headers, {
        familyName: 'Last Name',
        givenName: 'First Name',
        studentId: 'Student ID',
        date: 'Completion Date',
        grade: 'Student Grade',
        ref: 'Activity Id',
      }),
      skillColumns: domains.map((d) => at(headers, `${d} Placement`)),
    },
    valueKind: 'placement',
    // Placements are read against the student's grade; the bands take the class scale's defaults
    // (placement.ts) until the teacher sets them.
    placementLevels: {},
    skillCodeMap: Object.fromEntries(domains.map((d) => [d, ''])),
    defaultSource: name,
  };
}

const NWEA_HEAD = [
  'TermName', 'StudentID', 'NWEAStudentID', 'SchoolName', 'MeasurementScale', 'Discipline', 'GrowthMeasureYN',
  'NormsReferenceData', 'WISelectedAYFall', 'WISelectedAYWinter', 'WISelectedAYSpring', 'WIPreviousAYFall',
  'WIPreviousAYWinter', 'WIPreviousAYSpring', 'TestType', 'TestName', 'TestID', 'TestStartDate',
  'TestDurationMinutes', 'TestRITScore', 'TestStandardError', 'TestPercentile',
];
const GROWTH = ['FallToFall', 'FallToWinter', 'FallToSpring', 'WinterToWinter', 'WinterToSpring', 'SpringToSpring'].flatMap(
  (p) =>
    ['ProjectedGrowth', 'ObservedGrowth', 'ObservedGrowthSE', 'MetProjectedGrowth', 'ConditionalGrowthIndex', 'ConditionalGrowthPercentile'].map(
      (s) => `${p}${s}`,
    ),
);
const NWEA_TAIL = [
  'TestStartTime', 'PercentCorrect',
  ...[1, 2, 3].flatMap((n) => [`ProjectedProficiencyStudy${n}`, `ProjectedProficiencyLevel${n}`]),
  ...['FallToFall', 'FallToWinter', 'FallToSpring', 'WinterToWinter', 'WinterToSpring', 'SpringToSpring'].map(
    (p) => `Typical${p}Growth`,
  ),
  ...[4, 5, 6, 7, 8, 9, 10].flatMap((n) => [`ProjectedProficiencyStudy${n}`, `ProjectedProficiencyLevel${n}`]),
];
const GOALS = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((g) =>
  ['Name', 'RitScore', 'StdErr', 'Range', 'Adjective'].map((s) => `Goal${g}${s}`),
);

function nwea(): AssessmentProfile {
  const headers = [...NWEA_HEAD, ...GROWTH, 'RITtoReadingScore', 'RITtoReadingMin', 'RITtoReadingMax', ...GOALS, ...NWEA_TAIL];
  return {
    id: 'template:nwea-map-goals',
    name: 'NWEA MAP goal strands',
    headersSignature: headers,
    mapping: {
      ...mapOf(headers, { studentId: 'StudentID', date: 'TestStartDate', source: 'TestName', ref: 'TestID' }),
      skillColumns: [],
    },
    valueKind: 'scale_score',
    // Placeholders, not norms: RIT cut points differ by grade and season, and no published table
    // was at hand to set them from. Marked as a draft until the teacher checks them; the RIT is
    // kept with each score, so it can be levelled again once they do.
    cutsDraft: true,
    scaleScoreCuts: [
      { min: 230, points: 4 },
      { min: 215, points: 3 },
      { min: 200, points: 2 },
      { min: 0, points: 1 },
    ],
    strandColumns: [1, 2, 3, 4, 5, 6, 7, 8].map((g) => ({
      name: at(headers, `Goal${g}Name`),
      value: at(headers, `Goal${g}RitScore`),
    })),
    skillCodeMap: {},
    defaultSource: 'NWEA MAP',
  };
}

/** canvas-lms OutcomeResultsReport::HEADERS */
export const CANVAS_OUTCOME_RESULTS_HEADERS = [
  'student name', 'student id', 'student sis id', 'assessment title', 'assessment id', 'assessment type',
  'submission date', 'submission score', 'learning outcome name', 'learning outcome id', 'attempt',
  'outcome score', 'assessment question', 'assessment question id', 'course name', 'course id',
  'course sis id', 'section name', 'section id', 'section sis id', 'assignment url',
  'learning outcome friendly name', 'learning outcome points possible', 'learning outcome mastery score',
  'learning outcome mastered', 'learning outcome rating', 'learning outcome rating points',
  'learning outcome group title', 'learning outcome group id', 'account id', 'account name', 'enrollment state',
];

function canvas(): AssessmentProfile {
  const headers = CANVAS_OUTCOME_RESULTS_HEADERS;
  return {
    id: 'template:canvas-outcome-results',
    name: 'Canvas outcome results',
    headersSignature: headers,
    mapping: {
      ...mapOf(headers, {
        studentName: 'student name',
        studentId: 'student sis id',
        skillCode: 'learning outcome name',
        score: 'outcome score',
        date: 'submission date',
        source: 'assessment title',
      }),
      skillColumns: [],
    },
    valueKind: 'level',
    skillCodeMap: {},
    defaultSource: 'Canvas',
  };
}

export const BUILT_IN_PROFILE_TEMPLATES: AssessmentProfile[] = [
  iReady(
    'template:iready-math',
    'i-Ready Math diagnostic',
    ['Quantile Measure', 'Quantile Range'],
    ['Number and Operations', 'Algebra and Algebraic Thinking', 'Measurement and Data', 'Geometry'],
  ),
  iReady(
    'template:iready-ela',
    'i-Ready Reading diagnostic',
    ['Lexile Measure', 'Lexile Range'],
    [
      'Phonological Awareness',
      'Phonics',
      'High-Frequency Words',
      'Vocabulary',
      'Reading Comprehension: Literature',
      'Reading Comprehension: Informational Text',
    ],
  ),
  nwea(),
  canvas(),
];
