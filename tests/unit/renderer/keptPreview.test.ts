// A big preview's rows kept in the import worker (keptPreview.ts): what the window gets with the
// preview, the pages it can ask for, and what a preview no longer on view answers.
import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../../shared';
import { FIRST_ROWS, PROBLEMS_SENT, keepPreview, keptRows, pageOfKept } from '../../../renderer/ui/import/keptPreview';

const problem = (line: number): ImportProblem => ({ file: 'big.csv', line, severity: 'warning', message: `Line ${line} looks odd.` });

/** Every third row has a problem; every seventh is left out. */
function preview(size: number) {
  const rows = Array.from({ length: size }, (_, i) => ({
    line: i + 2,
    accepted: i % 7 !== 0,
    problems: i % 3 === 0 ? [problem(i + 2)] : [],
    code: `S.${i}`,
  }));
  return { rows, problems: rows.flatMap((r) => r.problems), acceptedCount: rows.filter((r) => r.accepted).length };
}

describe('a preview kept in the import worker', () => {
  it('sends the window counts, the first page and the first problems, and nothing else of its rows', () => {
    const whole = preview(30_000);
    const shown = keepPreview(whole);
    expect(shown.rows.total).toBe(30_000);
    expect(shown.rows.withProblems).toBe(10_000);
    expect(shown.rows.first).toEqual(whole.rows.slice(0, FIRST_ROWS));
    expect(shown.problems).toEqual(whole.problems.slice(0, PROBLEMS_SENT));
    expect(shown.problemCount).toBe(10_000);
    expect(shown.acceptedCount).toBe(whole.acceptedCount);
    // What crosses to the window is a few pages' worth, not the file.
    expect(JSON.stringify(shown).length).toBeLessThan(JSON.stringify(whole).length / 50);
  });

  it('answers any page of every row, or of only the rows with problems, with their totals', () => {
    const whole = preview(1_000);
    const { rows } = keepPreview(whole);
    expect(pageOfKept(rows.token, 100, 100, false)).toEqual({ rows: whole.rows.slice(100, 200), total: 1_000 });
    const withProblems = whole.rows.filter((r) => r.problems.length > 0);
    expect(pageOfKept(rows.token, 0, 250, true)).toEqual({ rows: withProblems.slice(0, 250), total: withProblems.length });
    expect(pageOfKept(rows.token, 300, 100, true).rows).toEqual(withProblems.slice(300, 334));
    expect(pageOfKept(rows.token, 2_000, 100, false)).toEqual({ rows: [], total: 1_000 });
  });

  it('refuses the pages and rows of a preview that another has replaced', () => {
    const first = keepPreview(preview(10)).rows.token;
    const second = keepPreview(preview(20)).rows.token;
    expect(() => pageOfKept(first, 0, 10, false)).toThrow('The preview changed since it was shown');
    expect(() => keptRows(first)).toThrow('The preview changed since it was shown');
    expect(keptRows(second)).toHaveLength(20);
  });
});
