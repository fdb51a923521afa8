import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvTable } from '../../../shared/import/csvTable';
import {
  BUILT_IN_PROFILE_TEMPLATES,
  matchProfile,
  previewWithProfile,
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

// Counted from the files by hand: rows × filled domain/goal columns.
const CASES = [
  {
    file: 'Ed-Fi-Exchange-OSS_Ed-Fi-Starter-Kit-Assessments/i-Ready/new_comprehensive_student_diagnostic_activity_math.csv',
    profile: 'template:iready-math',
    lines: 4,
    scores: 16,
  },
  {
    file: 'Ed-Fi-Exchange-OSS_Ed-Fi-Starter-Kit-Assessments/i-Ready/new_comprehensive_student_diagnostic_activity_ela.csv',
    profile: 'template:iready-ela',
    lines: 3,
    scores: 18,
  },
  {
    file: 'Ed-Fi-Exchange-OSS_Assessment-Loaders/NWEA/MAP_AssessmentResultsFile1.csv',
    profile: 'template:nwea-map-goals',
    lines: 9,
    // 5 math tests × 4 goals + 4 reading tests × 5 goals
    scores: 40,
  },
];

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

  it('reads NWEA goal RIT scores through the cut scores and strand names through the skill map', () => {
    const t = table('Ed-Fi-Exchange-OSS_Assessment-Loaders/NWEA/MAP_AssessmentResultsFile1.csv');
    const base = BUILT_IN_PROFILE_TEMPLATES.find((p) => p.id === 'template:nwea-map-goals')!;
    const profile = { ...base, skillCodeMap: { 'Number and Operations': '6.RP.A.1' } };
    const preview = previewWithProfile(t, profile, {
      ...ctx,
      skills: [{ id: 'sk1', code: '6.RP.A.1' }],
      students: [{ id: 's1', studentNumber: '1', givenName: 'A', familyName: 'B', preferredName: '' }],
    });
    const accepted = preview.rows.filter((r) => r.accepted);
    // Student 1's math test: Number and Operations RIT 185 -> below 200 -> 1.
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ skillCode: '6.RP.A.1', score: 1, date: '2018-09-04', line: 2 });
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
