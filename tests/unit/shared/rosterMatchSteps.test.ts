import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RosterPreviewRow } from '../../../shared/import/rosterCsv';
import {
  MATCH_STEP,
  matchRoster,
  matchRosterSteps,
  matchRosterWork,
  type RosterOnFile,
  type RosterStudentOnFile,
} from '../../../shared/import/rosterMatch';

// District-size matching: the step-by-step matcher the import runs between frames gives exactly
// what matchRoster gives, it pauses as it goes, and messages stay short when a name is shared by
// many students (a district has hundreds of Maria Garcías).

const row = (line: number, givenName: string, familyName: string, studentNumber = '', accepted = true): RosterPreviewRow => ({
  line,
  givenName,
  familyName,
  preferredName: '',
  studentNumber,
  email: '',
  section: '',
  problems: [],
  accepted,
});

const onFile = (...students: RosterStudentOnFile[]): RosterOnFile => ({ students, enrollments: [] });
const student = (id: string, givenName: string, familyName: string, studentNumber = ''): RosterStudentOnFile => ({
  id,
  givenName,
  familyName,
  preferredName: '',
  studentNumber,
  email: '',
});

function drain<T>(steps: Generator<number, T, void>): { value: T; pauses: number[] } {
  const pauses: number[] = [];
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses.push(step.value);
  }
}

describe('matchRosterSteps', () => {
  it('gives what matchRoster gives, for any mix of ids, names and students on file', () => {
    const names = ['Maria Garcia', 'Chidi Okafor', 'Ana Núñez', 'Ben Lee'];
    const arbRow = fc.record({
      name: fc.constantFrom(...names),
      id: fc.option(fc.constantFrom('1', '2', '3', '4', '5'), { nil: '' }),
      accepted: fc.boolean(),
    });
    const arbStudent = fc.record({ name: fc.constantFrom(...names), id: fc.option(fc.constantFrom('1', '2', '3', '6'), { nil: '' }) });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 12 }), fc.array(arbStudent, { maxLength: 6 }), (rows, students) => {
        const preview = {
          rows: rows.map((r, i) => row(i + 2, r.name.split(' ')[0]!, r.name.split(' ')[1]!, r.id, r.accepted)),
          problems: [],
        };
        const file = onFile(...students.map((s, i) => student(`s${i}`, s.name.split(' ')[0]!, s.name.split(' ')[1]!, s.id)));
        expect(drain(matchRosterSteps(preview, file, 'f.csv')).value).toEqual(matchRoster(preview, file, 'f.csv'));
      }),
    );
  });

  it('pauses every MATCH_STEP rows or students, saying how far it is, up to the whole work', () => {
    const rows = Array.from({ length: 5 * MATCH_STEP }, (_, i) => row(i + 2, `Given${i}`, `Family${i}`, String(i)));
    const students = Array.from({ length: 2 * MATCH_STEP }, (_, i) => student(`s${i}`, `Given${i}`, `Family${i}`, String(i)));
    const preview = { rows, problems: [] };
    const file = onFile(...students);
    const { value, pauses } = drain(matchRosterSteps(preview, file));
    const work = matchRosterWork(preview, file);
    expect(work).toBe(12 * MATCH_STEP);
    expect(pauses).toHaveLength(work / MATCH_STEP);
    expect(pauses).toEqual([...pauses].sort((a, b) => a - b));
    expect(pauses[pauses.length - 1]).toBe(work);
    expect(value.counts).toMatchObject({ in_class: 0, joins: 2 * MATCH_STEP, new: 3 * MATCH_STEP });
  });

  it('names a handful of the students who share a name, then how many more', () => {
    const garcias = Array.from({ length: 8 }, (_, i) => student(`s${i}`, 'Maria', 'Garcia', String(100 + i)));
    const withId = matchRoster({ rows: [row(2, 'Maria', 'Garcia', '999')], problems: [] }, onFile(...garcias));
    expect(withId.rows[0]!.note).toBe(
      '8 students with this name are on file under another ID (100, 101, 102, 103, 104 and 3 more): this is a different student.',
    );
    const withoutId = matchRoster({ rows: [row(2, 'Maria', 'Garcia')], problems: [] }, onFile(...garcias));
    expect(withoutId.rows[0]!.match).toMatchObject({ status: 'conflict' });
    expect(withoutId.problems[0]!.message).toContain('(Maria Garcia (ID 100), Maria Garcia (ID 101), Maria Garcia (ID 102), Maria Garcia (ID 103), Maria Garcia (ID 104) and 3 more)');
  });

  it('lists the first ten lines of many rows that would be the same student by name, then how many more', () => {
    // Rows with ids no one has, all named like the one student on file without an id.
    const rows = Array.from({ length: 14 }, (_, i) => row(i + 2, 'Chidi', 'Okafor', String(500 + i)));
    const result = matchRoster({ rows, problems: [] }, onFile(student('s1', 'Chidi', 'Okafor')));
    expect(result.counts.conflict).toBe(14);
    expect(result.rows[0]!.match).toMatchObject({
      status: 'conflict',
      message: 'lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 4 more would all be matched by name with Chidi Okafor (no ID): add Student IDs, or fix the student on file first.',
    });
  });
});
