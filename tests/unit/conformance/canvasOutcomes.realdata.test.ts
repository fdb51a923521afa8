import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCanvasOutcomes } from '../../../shared/import/canvasOutcomes';

// Canvas's own outcomes CSV fixture (see realdata/PROVENANCE.md): it has a canvas_id column, no
// mastery_points, and an outcome in two groups.
const file = path.resolve(__dirname, '../../../../shared/realdata/instructure_canvas-lms/test_outcomes_1.csv');
const present = existsSync(file);
if (!present) console.warn(`canvasOutcomes.realdata: ${file} is absent, so the real-file check is skipped.`);

describe.skipIf(!present)('Canvas outcomes CSV (canvas-lms fixture)', () => {
  it('reads both groups and the outcome with its method, int and ratings', () => {
    const result = parseCanvasOutcomes(readFileSync(file, 'utf8'), 'test_outcomes_1.csv');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result).toMatchObject({ acceptedCount: 3, groupCount: 2, outcomeCount: 1 });
    expect(result.rows.map((r) => [r.guid, r.kind, r.parentGuid])).toEqual([
      ['a', 'group', ''],
      ['b', 'group', 'a'],
      ['c', 'outcome', 'b'],
    ]);
    const outcome = result.rows[2]!;
    expect(outcome).toMatchObject({
      code: 'here',
      statement: 'C — CCC',
      method: { kind: 'weighted_average', weight: 40 },
      ratings: [
        { points: 3, description: 'Betterest' },
        { points: 2, description: 'Better' },
        { points: 1, description: 'Good' },
      ],
    });
    // No mastery_points column: mastery is the rating second from the top, and a note says so.
    expect(outcome.scale?.masteryPoints).toBe(2);
    expect(outcome.problems.map((p) => p.message).join(' ')).toContain('no mastery_points');
  });
});
