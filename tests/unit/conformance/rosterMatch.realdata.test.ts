import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readCsvTable } from '../../../shared/import/csvTable';
import { detectRosterMapping, previewRoster } from '../../../shared/import/rosterCsv';
import { matchRoster } from '../../../shared/import/rosterMatch';

// The real i-Ready export (see realdata/PROVENANCE.md) has two students named "Sample1 Student1"
// under different Student IDs (and repeats one of them, a second test sitting): taken as a
// roster, it must give three students, not two.
const file = path.resolve(__dirname, '../../../../shared/realdata/Ed-Fi-Exchange-OSS_Ed-Fi-Starter-Kit-Assessments/i-Ready/new_comprehensive_student_diagnostic_activity_math.csv');
const present = existsSync(file);
if (!present) console.warn(`rosterMatch.realdata: ${file} is absent, so the real-file check is skipped.`);

describe.skipIf(!present)('the real i-Ready export as a roster', () => {
  it('keeps every student ID a student of its own', () => {
    const table = readCsvTable(readFileSync(file, 'utf8'), 'i-ready.csv');
    const result = matchRoster(previewRoster(table, detectRosterMapping(table.headers)), { students: [], enrollments: [] });
    const ids = new Set(table.rows.map((r) => r.cells[2]));
    expect(ids.size).toBe(3);
    expect(result.rows.map((r) => [r.studentNumber, r.match.status])).toEqual([
      ['604821', 'new'],
      ['604825', 'new'],
      ['604826', 'new'],
      ['604821', 'left_out'], // the same student again, same name: a repeat, not a conflict
    ]);
    expect(result.acceptedCount).toBe(3);
    const names = result.rows.map((r) => `${r.givenName} ${r.familyName}`);
    expect(new Set(names).size).toBeLessThan(names.length);
  });
});
