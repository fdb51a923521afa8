// Runs parseOneRoster over the real, public OneRoster exports kept beside the checkout in
// ../shared/realdata (see its PROVENANCE.md and FORMAT_FACTS.md). Skipped when that folder is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseOneRoster, type RosterImport } from '../../../shared';
import { planRosterSync } from '../../../shared/import/oneRoster/resync';
import { parseRosterExport } from '../../../shared/import/rosterExport';

const dir = path.resolve(__dirname, '../../../../shared/realdata');

/** Every folder under realdata holding a users.csv (any case) is a bundle. */
function bundleFolders(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    const names = readdirSync(folder);
    if (names.some((n) => n.toLowerCase() === 'users.csv')) found.push(folder);
    for (const n of names) {
      const full = path.join(folder, n);
      if (statSync(full).isDirectory()) walk(full);
    }
  };
  walk(root);
  return found.map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
}

function readBundle(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(path.join(dir, folder))) {
    if (name.toLowerCase().endsWith('.csv')) files[name] = readFileSync(path.join(dir, folder, name), 'utf8');
  }
  return files;
}

type Expected = {
  /** absent: 'oneroster' */
  format?: RosterImport['format'];
  version: RosterImport['version'];
  mode: RosterImport['mode'];
  classes: number;
  students: string[];
  teachers: string[];
  enrollments: number;
  /** every problem must be a warning; no errors */
  warningsOnly: boolean;
  /** a regexp each of which some problem message must match */
  problems: RegExp[];
  check?: (r: RosterImport) => void;
};

const CATALYST_STUDENTS = ['usr-222-66778899', 'usr-222-1234561232', 'usr-222-567891'];
const CATALYST_TEACHERS = ['usr-222-123456', 'usr-222-987654'];
const EDFI_STUDENTS = ['604863', '604874', '604918', '604927', '604938', '604969', '604974', '605015'];

// Counts checked by reading the files: see the comments for where each number comes from.
const EXPECTED: Record<string, Expected> = {
  // users.csv: 2 teachers, 3 students, 1 parent (usr-222-1234561); 2 classes; 6 enrollments.
  'catalyst_moodle-enrol_oneroster/Test_full_data_set': {
    version: '1.1',
    mode: 'bulk',
    classes: 2,
    students: CATALYST_STUDENTS,
    teachers: CATALYST_TEACHERS,
    enrollments: 6,
    warningsOnly: true,
    problems: [/"TRUE"/, /"Scheduled"/],
    check: (r) => {
      const parent = 'usr-222-1234561';
      expect([...r.students, ...r.teachers].map((p) => p.sourcedId)).not.toContain(parent);
      expect(r.classes.find((c) => c.sourcedId === 'cls-222-123456')).toMatchObject({
        grades: ['09', '10', '11'],
        subjects: ['Science', 'Physics', 'Biology'],
        classType: 'scheduled',
      });
      expect(r.classes.find((c) => c.sourcedId === 'cls-222-123478')?.status).toBe('tobedeleted');
    },
  },
  // The same people with only required columns filled.
  'catalyst_moodle-enrol_oneroster/Test_minimal_data_set': {
    version: '1.1',
    mode: 'bulk',
    classes: 2,
    students: CATALYST_STUDENTS,
    teachers: CATALYST_TEACHERS,
    enrollments: 6,
    warningsOnly: true,
    problems: [/"Scheduled"/],
  },
  // One record per file: Bruce Wayne, a student by roles.csv, in CLASS_001.
  'catalyst_moodle-enrol_oneroster/oneroster_test_data': {
    version: '1.2',
    mode: 'delta',
    classes: 1,
    students: ['USER_0'],
    teachers: [],
    enrollments: 1,
    warningsOnly: true,
    problems: [/"TRUE"/],
    check: (r) => {
      expect(r.students[0]).toMatchObject({ givenName: 'Bruce', familyName: 'Wayne', status: 'active', orgSourcedIds: ['ORG_1'] });
      expect(r.classes[0]).toMatchObject({ sourcedId: 'CLASS_001', title: 'Basic Detection', status: 'active' });
      expect(r.enrollments[0]).toMatchObject({ classSourcedId: 'CLASS_001', userSourcedId: 'USER_0', role: 'student', status: 'active' });
    },
  },
  // roles.csv: usr-222-123456 primary teacher + secondary guardian -> teacher;
  // usr-222-1234561 only siteAdministrator -> neither. Non-conformance: FORMAT_FACTS §5.
  'catalyst_moodle-enrol_oneroster/v1p2_full_dataset': {
    version: '1.2',
    mode: 'bulk',
    classes: 2,
    students: CATALYST_STUDENTS,
    teachers: CATALYST_TEACHERS,
    enrollments: 6,
    warningsOnly: true,
    problems: [
      /"dataLastModified" looks like a misspelling of "dateLastModified"/,
      /"prefferedGivenName" looks like a misspelling of "preferredGivenName"/,
      /2 columns with no name/,
      /"userprofiles\.csv"; OneRoster names it "userProfiles\.csv"/,
      /"file\.scoreScales", "file\.userProfiles", "file\.userResources" without a value/,
      /"1\/05\/2023"/,
      /"Scheduled"/,
    ],
    check: (r) => {
      const mary = r.students.find((s) => s.sourcedId === 'usr-222-66778899');
      expect(mary?.preferredFirstName).toBe('MJ');
    },
  },
  // 10 users (8 students, 2 teachers), 2 classes, 24 enrollments; 1.0 layout, no manifest.
  'Ed-Fi-Exchange-OSS_LMS-Toolkit/OneRoster_1.0_Sample_Data': {
    version: '1.0',
    mode: 'bulk',
    classes: 2,
    students: EDFI_STUDENTS,
    teachers: ['207270', '207268'],
    enrollments: 24,
    warningsOnly: true,
    problems: [/"primary" column holds "TRUE"/],
    check: (r) => {
      // The spreadsheet round trip lost the zeros in this copy; the parser keeps what is there.
      expect(r.classes.map((c) => c.courseSourcedId)).toEqual(['ENG-1', '3100500']);
      expect(r.classes[0]?.grades).toEqual(['9']);
    },
  },
  // The same school in 1.1: users.csv teacher rows have 19 fields against 18 columns.
  'Ed-Fi-Exchange-OSS_LMS-Toolkit/OneRoster_1.1_Sample_Data': {
    version: '1.1',
    mode: 'bulk',
    classes: 2,
    students: EDFI_STUDENTS,
    teachers: ['207270', '207268'],
    enrollments: 24,
    warningsOnly: true,
    problems: [/manifest version is "1"/, /Line 10 and 1 more row have more cells/],
    check: (r) => {
      expect(r.classes.map((c) => c.courseSourcedId)).toEqual(['ENG-1', '03100500']);
      expect(r.students.every((s) => s.grades.join() === '09')).toBe(true);
      expect(r.classes[0]?.termSourcedIds).toEqual(['255901001_2021_2020-2021_Fall', '255901001_2021_2020-2021_Spring']);
      expect(r.enrollments.filter((e) => e.role === 'teacher' && e.primary)).toHaveLength(4);
    },
  },
  // Manifest says 1.1, files use 1.0 names and ext_* columns: 2 students, 3 classes, 3 enrollments.
  'oat-sa_oneroster-import/OneRosterv1p1BaseCSV': {
    version: '1.1',
    mode: 'bulk',
    classes: 3,
    students: ['user1', 'user2'],
    teachers: [],
    enrollments: 3,
    warningsOnly: true,
    problems: [/"userId" is the OneRoster 1\.0 name/, /"grade" is the OneRoster 1\.0 name/, /"ext_imagineLearning_databaseId"/],
  },
  // Microsoft SDS v2.1, read as SDS (not as OneRoster 1.0 with a warning per column): roles from
  // roles.csv (114006 is a "professor"); 114002 and 114005 are guardians in relationships.csv, so
  // neither students nor teachers and no warning; 6 enrollments, 2 classes.
  'OfficeDev_O365-EDU-Tools/SDS_v2.1_CSV_Samples': {
    format: 'sds',
    version: '1.0',
    mode: 'bulk',
    classes: 2,
    students: ['114001', '114003', '114004', '114008'],
    teachers: ['114006', '114007'],
    enrollments: 6,
    warningsOnly: true,
    problems: [],
    check: (r) => {
      expect(r.problems).toEqual([]);
      expect(r.classes.find((c) => c.sourcedId === '112001')).toMatchObject({ title: 'Computer Science 101', termSourcedIds: ['FS2021HED'], grades: ['PS1'] });
      expect(r.sessions).toContainEqual(expect.objectContaining({ sourcedId: 'FS2021HED', title: 'Fall Semester', startDate: '2021-09-01', endDate: '2021-12-01' }));
      const plan = planRosterSync(r, { classes: [], students: [], enrollments: [] });
      expect(plan.classes.map((c) => [c.fields.name, c.fields.term, c.studentKeys.length])).toEqual([
        ['Computer Science 101', 'Fall Semester', 1],
        ['Biology 10', '2021 School Year', 3],
      ]);
    },
  },
};

describe.skipIf(!existsSync(dir))(`parseOneRoster on the real bundles in ${dir} (skipped when that folder is absent)`, () => {
  const folders = existsSync(dir) ? bundleFolders(dir) : [];

  it('finds every bundle it has expectations for', () => {
    for (const folder of Object.keys(EXPECTED)) expect(folders).toContain(folder);
  });

  for (const folder of folders) {
    it(`reads ${folder} without throwing`, () => {
      const files = readBundle(folder);
      let result: RosterImport | undefined;
      expect(() => {
        result = parseRosterExport(files);
      }).not.toThrow();
      const r = result!;
      expect(Array.isArray(r.problems)).toBe(true);
      for (const p of r.problems) {
        expect(p.message.length).toBeGreaterThan(10);
        expect(['error', 'warning']).toContain(p.severity);
        expect(p.line).toBeGreaterThanOrEqual(1);
      }
      const expected = EXPECTED[folder];
      if (!expected) return;
      expect(r.format).toBe(expected.format ?? 'oneroster');
      expect(r.version).toBe(expected.version);
      expect(r.mode).toBe(expected.mode);
      expect(r.classes).toHaveLength(expected.classes);
      expect(r.students.map((s) => s.sourcedId).sort()).toEqual([...expected.students].sort());
      expect(r.teachers.map((s) => s.sourcedId).sort()).toEqual([...expected.teachers].sort());
      expect(r.enrollments).toHaveLength(expected.enrollments);
      if (expected.warningsOnly) expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const text = r.problems.map((p) => p.message).join('\n');
      for (const pattern of expected.problems) expect(text).toMatch(pattern);
      expected.check?.(r);
    });
  }

  it('reads the clean Ed-Fi 1.1 sample with only its two known faults, and its terms', () => {
    const r = parseOneRoster(readBundle('Ed-Fi-Exchange-OSS_LMS-Toolkit/OneRoster_1.1_Sample_Data'));
    expect(r.problems).toHaveLength(2);
    expect(r.sessions).toHaveLength(3);
    const plan = planRosterSync(r, { classes: [], students: [], enrollments: [] });
    expect(plan.classes.map((c) => c.fields.term)).toEqual([
      '2020-2021 Fall Semester + 2020-2021 Spring Semester',
      '2020-2021 Fall Semester + 2020-2021 Spring Semester',
    ]);
    expect(plan.classes[0]?.fields).toMatchObject({ termStart: '2020-08-17', termEnd: '2021-05-28' });
    expect(plan.students).toHaveLength(8);
  });

  it('reads only the SDS sample as School Data Sync', () => {
    for (const folder of bundleFolders(dir)) {
      expect([folder, parseRosterExport(readBundle(folder)).format]).toEqual([folder, folder.startsWith('OfficeDev_O365-EDU-Tools/') ? 'sds' : 'oneroster']);
    }
  });
});
