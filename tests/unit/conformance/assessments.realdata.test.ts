import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvTable, type CsvTable } from '../../../shared/import/csvTable';
import { headerKey } from '../../../shared/import/headers';
import {
  BUILT_IN_PROFILE_TEMPLATES,
  matchProfile,
  previewWithProfile,
  profileSkillNames,
  type AssessmentProfile,
} from '../../../shared/import/profiles';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE } from '../../../shared/mastery/scale';
import type { ResultsContext } from '../../../shared/import/resultsCsv';

// The real public assessment exports collected for the project (see realdata/PROVENANCE.md).
const dir = path.resolve(__dirname, '../../../../shared/realdata');
const present = existsSync(dir);
if (!present) console.warn(`assessments.realdata: ${dir} is absent, so the real-file checks are skipped.`);

const table = (file: string) => readCsvTable(readFileSync(path.join(dir, file), 'utf8'), path.basename(file));
const ctx: ResultsContext = {
  students: [],
  skills: [],
  scale: DEFAULT_SCALE,
  cutScores: DEFAULT_CUT_SCORES,
  today: '2026-11-23',
};

const IREADY_MATH =
  'Ed-Fi-Exchange-OSS_Ed-Fi-Starter-Kit-Assessments/i-Ready/new_comprehensive_student_diagnostic_activity_math.csv';
const IREADY_ELA =
  'Ed-Fi-Exchange-OSS_Ed-Fi-Starter-Kit-Assessments/i-Ready/new_comprehensive_student_diagnostic_activity_ela.csv';
const NWEA = 'Ed-Fi-Exchange-OSS_Assessment-Loaders/NWEA/MAP_AssessmentResultsFile1.csv';

// Counted from the files by hand: rows × filled domain/goal columns.
const CASES = [
  { file: IREADY_MATH, profile: 'template:iready-math', lines: 4, scores: 16 },
  { file: IREADY_ELA, profile: 'template:iready-ela', lines: 3, scores: 18 },
  // 5 math tests × 4 goals + 4 reading tests × 5 goals
  { file: NWEA, profile: 'template:nwea-map-goals', lines: 9, scores: 40 },
];

const col = (t: CsvTable, header: string) => t.headers.map(headerKey).indexOf(headerKey(header));

/**
 * A class made for the file, as a teacher would have it: every student on it (by their id: the
 * math file has two different students both called "Sample1 Student1") and a tracked skill for
 * each domain or goal, mapped in the profile.
 */
function classFor(t: CsvTable, template: AssessmentProfile, idHeader: string) {
  const names = profileSkillNames(t, template);
  const profile = { ...template, skillCodeMap: Object.fromEntries(names.map((n, i) => [n, `D.${i + 1}`])) };
  const ids = [...new Set(t.rows.map((r) => r.cells[col(t, idHeader)]!))];
  const classCtx: ResultsContext = {
    ...ctx,
    students: ids.map((id) => ({ id: `s-${id}`, studentNumber: id, givenName: 'G', familyName: `F${id}`, preferredName: '' })),
    skills: names.map((_, i) => ({ id: `k${i + 1}`, code: `D.${i + 1}` })),
  };
  return { profile, ctx: classCtx };
}

describe.skipIf(!present)('assessment profile templates on the real exports', () => {
  for (const c of CASES) {
    it(`recognises ${path.basename(c.file)} and reads every score`, () => {
      const t = table(c.file);
      expect(t.rows.length).toBe(c.lines);
      const profile = matchProfile(t.headers, BUILT_IN_PROFILE_TEMPLATES);
      expect(profile?.id).toBe(c.profile);
      const preview = previewWithProfile(t, profile!, ctx);
      expect(preview.rows).toHaveLength(c.scores);
      expect(new Set(preview.rows.map((r) => r.line)).size).toBe(c.lines);
      // No roster or skills here, so nothing is accepted, and each row says why.
      expect(preview.acceptedCount).toBe(0);
      for (const row of preview.rows) expect(row.problems.length).toBeGreaterThan(0);
    });
  }

  for (const [file, id, count] of [
    [IREADY_MATH, 'template:iready-math', 16],
    [IREADY_ELA, 'template:iready-ela', 18],
  ] as const) {
    it(`lands all ${count} placements of ${path.basename(file)}, each with its placement and grade kept`, () => {
      const t = table(file);
      const template = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === id)!;
      const { profile, ctx: classCtx } = classFor(t, template, 'Student ID');
      const preview = previewWithProfile(t, profile, classCtx);
      expect(preview.rows).toHaveLength(count);
      expect(preview.problems).toEqual([]);
      expect(preview.acceptedCount).toBe(count);
      // Every placement the file holds, cell by cell, is the raw value of its score.
      const placementCols = t.headers.flatMap((h, i) => (/ Placement$/.test(h) && h !== 'Overall Placement' ? [i] : []));
      const fromFile = t.rows.flatMap((r) => placementCols.map((i) => r.cells[i]!));
      expect(preview.rows.map((r) => r.raw)).toEqual(fromFile);
      for (const row of preview.rows) {
        expect(row.score).not.toBeNull();
        expect(row.profileId).toBe(id);
        expect(row.grade).toBe(t.rows.find((r) => r.line === row.line)!.cells[col(t, 'Student Grade')]);
        expect(row.ref).toMatch(/^8a8a805b/);
      }
    });
  }

  it('reads the math placements against each student’s grade', () => {
    const t = table(IREADY_MATH);
    const { profile, ctx: classCtx } = classFor(t, BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-math')!, 'Student ID');
    const preview = previewWithProfile(t, profile, classCtx);
    // Grade 7: Level K, 3, 2, 2 are 3+ below; Level 6 one below, Mid 7 on grade, Level 5 two below.
    // Grade 3: Level 2 is one below. Line 5 repeats line 2's results as a second diagnostic (its own Activity Id).
    expect(preview.rows.map((r) => [r.line, r.raw, r.score])).toEqual([
      [2, 'Level K', 1], [2, 'Level 3', 1], [2, 'Level 2', 1], [2, 'Level 2', 1],
      [3, 'Level 6', 2], [3, 'Mid 7', 3], [3, 'Level 5', 1], [3, 'Level 6', 2],
      [4, 'Level 2', 2], [4, 'Level 2', 2], [4, 'Level 2', 2], [4, 'Level 2', 2],
      [5, 'Level K', 1], [5, 'Level 3', 1], [5, 'Level 2', 1], [5, 'Level 2', 1],
    ]);
  });

  it('reads the ELA placements, "Below K", "Late" alone and "Max Score" included', () => {
    const t = table(IREADY_ELA);
    const { profile, ctx: classCtx } = classFor(t, BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:iready-ela')!, 'Student ID');
    const preview = previewWithProfile(t, profile, classCtx);
    expect(preview.rows.map((r) => [r.raw, r.score])).toEqual([
      // grade K
      ['Mid 1', 4], ['Early K', 3], ['Below K', 2], ['Below K', 2], ['Early K', 3], ['Early K', 3],
      // grade K
      ['Late K', 3], ['Level 3', 4], ['Level 2', 4], ['Late', 3], ['Late', 3], ['Early K', 3],
      // grade 4
      ['Level 1', 1], ['Level K', 1], ['Max Score', 4], ['Level 3', 2], ['Level 3', 2], ['Level 3', 2],
    ]);
  });

  it('keeps every NWEA goal RIT as the raw value of its score', () => {
    const t = table(NWEA);
    const template = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:nwea-map-goals')!;
    expect(template.cutsDraft).toBe(true);
    const { profile, ctx: classCtx } = classFor(t, template, 'StudentID');
    const preview = previewWithProfile(t, profile, classCtx);
    const rits = t.rows.flatMap((r) =>
      [1, 2, 3, 4, 5, 6, 7, 8].flatMap((g) => {
        const rit = r.cells[col(t, `Goal${g}RitScore`)]!;
        return r.cells[col(t, `Goal${g}Name`)] ? [rit] : [];
      }),
    );
    expect(rits).toHaveLength(40);
    expect(preview.rows.map((r) => r.raw)).toEqual(rits);
    expect(preview.acceptedCount).toBe(40);
    for (const row of preview.rows) {
      expect(row.profileId).toBe('template:nwea-map-goals');
      expect(row.ref).not.toBe('');
    }
  });

  it('reads NWEA goal RIT scores through the cut scores and strand names through the skill map', () => {
    const t = table(NWEA);
    const base = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:nwea-map-goals')!;
    const profile = { ...base, skillCodeMap: { 'Number and Operations': '6.RP.A.1' } };
    const preview = previewWithProfile(t, profile, {
      ...ctx,
      skills: [{ id: 'sk1', code: '6.RP.A.1' }],
      students: [{ id: 's1', studentNumber: '1', givenName: 'A', familyName: 'B', preferredName: '' }],
    });
    const accepted = preview.rows.filter((r) => r.accepted);
    // Student 1's math test: Number and Operations RIT 185 -> below 200 -> 1, the RIT kept.
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ skillCode: '6.RP.A.1', score: 1, raw: '185', date: '2018-09-04', line: 2 });
  });

  it('does not take the Canvas outcomes import file for outcome results, and never throws on it', () => {
    const t = table('instructure_canvas-lms/test_outcomes_1.csv');
    expect(t.rows).toHaveLength(3); // the last line has no newline after it
    expect(matchProfile(t.headers, BUILT_IN_PROFILE_TEMPLATES)).toBeNull();
    for (const p of BUILT_IN_PROFILE_TEMPLATES) expect(() => previewWithProfile(t, p, ctx)).not.toThrow();
  });

  it('no template claims the MAP student roster file', () => {
    const t = table('Ed-Fi-Exchange-OSS_Assessment-Loaders/NWEA/MAP_StudentBySchool.csv');
    expect(matchProfile(t.headers, BUILT_IN_PROFILE_TEMPLATES)).toBeNull();
  });
});
