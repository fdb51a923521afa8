// The roster's order: family then given name as the collator orders them, students with the same
// name in the order they came, whichever way the sort packs its keys.
import { describe, expect, it } from 'vitest';
import { sortRoster } from '../../../renderer/db/students';
import type { RosterEntry } from '../../../shared';

const entry = (id: string, familyName: string, givenName: string): RosterEntry =>
  ({ student: { id, familyName, givenName }, enrollment: { id: `e-${id}` } }) as unknown as RosterEntry;

/** The order by plain collator comparisons, namesakes in the order given. */
function plainOrder(entries: RosterEntry[]): string[] {
  const collator = new Intl.Collator();
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => collator.compare(a.e.student.familyName, b.e.student.familyName) || collator.compare(a.e.student.givenName, b.e.student.givenName) || a.i - b.i)
    .map(({ e }) => e.student.id);
}

describe('sortRoster', () => {
  it('orders by family then given name with the collator, keeping namesakes in their order', () => {
    const entries = [
      entry('1', 'Óscar', 'Zoë'),
      entry('2', 'García', 'María'),
      entry('3', 'Garcia', 'Maria'),
      entry('4', 'García', 'María'),
      entry('5', 'abbott', 'Ben'),
      entry('6', 'Zuberi', 'Ana'),
      entry('7', 'Garcia', 'Ana'),
    ];
    const expected = plainOrder(entries);
    expect(sortRoster(entries).map((e) => e.student.id)).toEqual(expected);
    expect(expected.indexOf('2')).toBeLessThan(expected.indexOf('4'));
  });

  it('sorts a district-size roster the same as a plain comparison would', () => {
    const names = ['Chen', 'Nguyen', "O'Neil", 'Okafor', 'García', 'Garcia', 'Ito'];
    const entries = Array.from({ length: 20_000 }, (_, i) => entry(String(i), names[(i * 7) % names.length]!, names[(i * 3) % names.length]!));
    const expected = plainOrder(entries);
    expect(sortRoster(entries).map((e) => e.student.id)).toEqual(expected);
  });
});
