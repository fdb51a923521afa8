import { DEFAULT_GROUP_COUNT } from './types';
import type { GroupingRequest } from './types';

/**
 * A request read into plain indices: who is present (in input order), how many groups, the size
 * limits, and the rules that concern present students. Everything downstream works on this.
 */
export type Problem = {
  strategy: 'similar' | 'mixed';
  /** present students, input order; a repeated id counts once (its first entry) */
  ids: string[];
  /** by student index; a score that is not a finite number counts as null (unscored) */
  scores: (number | null)[];
  /** number of groups (0 only when nobody is present) */
  k: number;
  /** balanced sizes: every group floor(n/k) or ceil(n/k) */
  floor: number;
  ceil: number;
  minSize: number | null;
  maxSize: number | null;
  /** distinct present pairs, deduplicated, in input order */
  apart: [number, number][];
  together: [number, number][];
  /** keepApart pairs that name one present student twice: they can never hold */
  selfApart: number[];
  /** by student index: the pinned group, or -1 (pins outside 0..k-1 are in badPins instead) */
  pin: Int32Array;
  badPins: number[];
  /** pair key (see pairKey) -> how many earlier groups held the pair */
  past: Map<number, number>;
  seed: number;
};

export const pairKey = (a: number, b: number, n: number): number => (a < b ? a * n + b : b * n + a);

const positiveInt = (x: unknown): number | null =>
  typeof x === 'number' && Number.isFinite(x) && x >= 1 ? Math.floor(x) : null;

/**
 * groupCount, else the fewest groups that keep each within maxSize, else DEFAULT_GROUP_COUNT
 * (lowered, when minSize is given, so that balanced groups reach minSize). Never more groups than
 * present students; 0 only when nobody is present. Values that are not positive numbers are
 * ignored (a fraction is rounded down).
 */
export function countGroups(
  n: number,
  req: Pick<GroupingRequest, 'groupCount' | 'minSize' | 'maxSize'>,
): number {
  if (n === 0) return 0;
  const asked = positiveInt(req.groupCount);
  const max = positiveInt(req.maxSize);
  const min = positiveInt(req.minSize);
  let k: number;
  if (asked !== null) k = asked;
  else if (max !== null) k = Math.ceil(n / max);
  else
    k = min !== null ? Math.min(DEFAULT_GROUP_COUNT, Math.max(1, Math.floor(n / min))) : DEFAULT_GROUP_COUNT;
  return Math.min(k, n);
}

export function readProblem(req: GroupingRequest): Problem {
  const absent = new Set(req.absent ?? []);
  const index = new Map<string, number>();
  const ids: string[] = [];
  const scores: (number | null)[] = [];
  for (const s of req.students) {
    if (absent.has(s.id) || index.has(s.id)) continue;
    index.set(s.id, ids.length);
    ids.push(s.id);
    scores.push(typeof s.score === 'number' && Number.isFinite(s.score) ? s.score : null);
  }
  const n = ids.length;
  const k = countGroups(n, req);

  const pairs = (list: [string, string][] | undefined, self: number[] | null): [number, number][] => {
    const out: [number, number][] = [];
    const seen = new Set<number>();
    for (const pair of list ?? []) {
      const a = index.get(pair[0]);
      const b = index.get(pair[1]);
      if (a === undefined || b === undefined) continue; // names an absent or unknown student
      const key = pairKey(a, b, n);
      if (seen.has(key)) continue;
      seen.add(key);
      if (a !== b) out.push([a, b]);
      else self?.push(a);
    }
    return out;
  };
  const selfApart: number[] = [];
  const apart = pairs(req.keepApart, selfApart);
  const together = pairs(req.keepTogether, null); // keeping a student with themself always holds

  const pin = new Int32Array(n).fill(-1);
  const badPins: number[] = [];
  for (const [id, g] of Object.entries(req.pinned ?? {})) {
    const i = index.get(id);
    if (i === undefined) continue;
    if (Number.isInteger(g) && g >= 0 && g < k) pin[i] = g;
    else badPins.push(i);
  }

  const past = new Map<number, number>();
  for (const grouping of req.pastGroups ?? []) {
    for (const group of grouping) {
      const members = [...new Set(group)]
        .map((id) => index.get(id))
        .filter((i): i is number => i !== undefined);
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const key = pairKey(members[x] as number, members[y] as number, n);
          past.set(key, (past.get(key) ?? 0) + 1);
        }
      }
    }
  }

  return {
    strategy: req.strategy === 'mixed' ? 'mixed' : 'similar',
    ids,
    scores,
    k,
    floor: k > 0 ? Math.floor(n / k) : 0,
    ceil: k > 0 ? Math.ceil(n / k) : 0,
    minSize: positiveInt(req.minSize),
    maxSize: positiveInt(req.maxSize),
    apart,
    together,
    selfApart,
    pin,
    badPins: badPins.sort((a, b) => a - b),
    past,
    seed: typeof req.seed === 'number' && Number.isFinite(req.seed) ? req.seed : 1,
  };
}

/** True when any hard rule (other than the size limits) concerns present students. */
export const hasRules = (p: Problem): boolean =>
  p.apart.length > 0 || p.together.length > 0 || p.pin.some((g) => g >= 0);
