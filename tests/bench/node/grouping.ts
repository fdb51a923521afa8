// makeGroups on a large class: 200 students into 10 groups under 30 hard rules, and how close the
// rule-free 'similar' result comes to the true optimum (its within-group sum of squared deviations
// over the optimum's; 1.0 is optimal).
import { makeGroups, type GroupingRequest } from '../../../shared/grouping';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function withinSse(groups: string[][], score: Map<string, number>): number {
  let total = 0;
  for (const g of groups) {
    const values = g.map((id) => score.get(id)!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    for (const v of values) total += (v - mean) ** 2;
  }
  return total;
}

export type GroupingBench = { medianMs: number; runsMs: number[]; unmetRules: number; spreadRatio: number; optimumSse: number; engineSse: number };

export function benchGrouping(runs: number): GroupingBench {
  const rand = lcg(42);
  const students = Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, score: Math.round((1 + rand() * 3) * 100) / 100 }));
  const ids = students.map((s) => s.id);
  const pick = () => ids[Math.floor(rand() * ids.length)]!;
  const pairs = (n: number) => Array.from({ length: n }, () => [pick(), pick()] as [string, string]).filter(([a, b]) => a !== b);
  const pinned: Record<string, number> = {};
  for (let i = 0; i < 10; i++) pinned[pick()] = i % 10;
  const withRules: GroupingRequest = {
    students,
    strategy: 'similar',
    groupCount: 10,
    keepApart: pairs(12),
    keepTogether: pairs(8),
    pinned,
    seed: 7,
  };

  makeGroups(withRules); // warm-up
  const runsMs: number[] = [];
  let unmetRules = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const result = makeGroups(withRules);
    runsMs.push(Math.round((performance.now() - t0) * 100) / 100);
    unmetRules = result.unmet.length;
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)]!;

  // 200 students in 10 groups are 10 groups of 20. For fixed sizes the optimum is the sorted
  // scores cut into consecutive blocks, which with equal sizes is one partition: computed here
  // independently of the engine.
  const score = new Map(students.map((s) => [s.id, s.score]));
  const byScore = [...students].sort((a, b) => a.score - b.score).map((s) => s.id);
  const optimum = Array.from({ length: 10 }, (_, g) => byScore.slice(g * 20, g * 20 + 20));
  const optimumSse = withinSse(optimum, score);
  const engineSse = withinSse(makeGroups({ students, strategy: 'similar', groupCount: 10 }).groups, score);
  return { medianMs, runsMs, unmetRules, spreadRatio: Math.round((engineSse / optimumSse) * 10000) / 10000, optimumSse, engineSse };
}
