import type { Problem } from './problem';

/**
 * Keep-together pairs joined into units that always move as one. A pair is joined unless that
 * would put a keep-apart pair in one unit, join units pinned to different groups, or make a unit
 * larger than maxSize: such a pair is left out (and reported as unmet if it does not happen to
 * hold at the end). So pins, keep-apart and the size limit win over keep-together.
 */
export type Units = {
  /** student -> unit */
  unitOf: Int32Array;
  /** unit -> its students, input order; units in the order of their first student */
  members: number[][];
  /** unit -> pinned group, or -1 */
  pin: Int32Array;
};

export function buildUnits(p: Problem): Units {
  const n = p.ids.length;
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const pin = Int32Array.from(p.pin);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const cap = p.maxSize ?? n;
  for (const [a, b] of p.together) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const pa = pin[ra] as number;
    const pb = pin[rb] as number;
    if (pa >= 0 && pb >= 0 && pa !== pb) continue;
    if ((size[ra] as number) + (size[rb] as number) > cap) continue;
    if (p.apart.some(([x, y]) => (find(x) === ra && find(y) === rb) || (find(x) === rb && find(y) === ra)))
      continue;
    parent[rb] = ra;
    size[ra] = (size[ra] as number) + (size[rb] as number);
    pin[ra] = pa >= 0 ? pa : pb;
  }
  const unitOf = new Int32Array(n);
  const unitOfRoot = new Map<number, number>();
  const members: number[][] = [];
  const unitPin: number[] = [];
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let u = unitOfRoot.get(root);
    if (u === undefined) {
      u = members.length;
      unitOfRoot.set(root, u);
      members.push([]);
      unitPin.push(pin[root] as number);
    }
    unitOf[i] = u;
    (members[u] as number[]).push(i);
  }
  return { unitOf, members, pin: Int32Array.from(unitPin) };
}
