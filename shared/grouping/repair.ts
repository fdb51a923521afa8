import { assignAll } from './layout';
import type { Layout } from './layout';
import { lexBetter } from './moves';
import { PLACEMENT_WORK, placeUnits } from './placement';
import { settle } from './search';
import type { Budget } from './search';

/**
 * The local search can end with a keep-apart pair in one group or sizes off although a grouping
 * exists where all hold: its moves stall where only a chain of them would help (a group that
 * only a student already kept apart elsewhere could fill, a two-group class whose keep-apart
 * pairs must all flip together). Then an exact placement (placeUnits, near the search's result)
 * looks for one: balanced sizes within the limits first, else, when the search broke a hard rule
 * or limit, any sizes within the limits. What it finds is settled again (the descent never gives
 * up a rule or a size for the objective) and kept when better. When no placement exists (or,
 * rarely, the placement runs out of work) the search's result stays and unmet says what broke.
 */
export function repairRules(L: Layout, rng: () => number, seed: number, budget: Budget, kicks: number): void {
  if ((L.cost[0] as number) + (L.cost[1] as number) === 0) return;
  const { lo, hi, floor, ceil } = L.lim;
  const bounds: [number, number][] = [[Math.max(lo, floor), Math.min(hi, ceil)]];
  if ((L.cost[0] as number) > 0) bounds.push([lo, hi]);
  const before = Float64Array.from(L.cost);
  const beforeGroups = Int32Array.from(L.groupOf);
  const work = { left: PLACEMENT_WORK };
  for (const [a, b] of bounds) {
    const placed = placeUnits(L, a, b, beforeGroups, seed, work);
    if (!placed.found) continue;
    assignAll(L, placed.groupOf);
    settle(L, rng, budget, kicks);
    break;
  }
  if (!lexBetter(L.cost, before)) assignAll(L, beforeGroups);
}
