import type { Problem } from './problem';
import type { GroupingResult } from './types';

/**
 * Every hard rule that does not hold in the final groups (given as student indices, in output
 * order), checked on the result itself so nothing is dropped and nothing is reported that holds.
 * Listed by kind (pinned, keepApart, keepTogether, minSize, maxSize), each kind in input order:
 * - pinned: the pin is outside 0..k-1 (or, never expected, the student is elsewhere);
 * - keepApart: the pair shares a group (a pair naming one student twice: `[id]`);
 * - keepTogether: the pair is split;
 * - minSize / maxSize: one entry per group outside the limit, listing that group's students.
 */
export function unmetRules(p: Problem, groups: readonly (readonly number[])[]): GroupingResult['unmet'] {
  const groupOf = new Int32Array(p.ids.length).fill(-1);
  groups.forEach((g, gi) => g.forEach((i) => (groupOf[i] = gi)));
  const id = (i: number) => p.ids[i] as string;
  const unmet: GroupingResult['unmet'] = [];
  p.pin.forEach((g, i) => {
    if (g >= 0 && groupOf[i] !== g) unmet.push({ rule: 'pinned', students: [id(i)] });
  });
  for (const i of p.badPins) unmet.push({ rule: 'pinned', students: [id(i)] });
  for (const i of p.selfApart) unmet.push({ rule: 'keepApart', students: [id(i)] });
  for (const [a, b] of p.apart) {
    if (groupOf[a] === groupOf[b]) unmet.push({ rule: 'keepApart', students: [id(a), id(b)] });
  }
  for (const [a, b] of p.together) {
    if (groupOf[a] !== groupOf[b]) unmet.push({ rule: 'keepTogether', students: [id(a), id(b)] });
  }
  if (p.minSize !== null) {
    for (const g of groups) if (g.length < p.minSize) unmet.push({ rule: 'minSize', students: g.map(id) });
  }
  if (p.maxSize !== null) {
    for (const g of groups) if (g.length > p.maxSize) unmet.push({ rule: 'maxSize', students: g.map(id) });
  }
  return unmet;
}
