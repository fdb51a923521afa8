import { fillSmallest, scoredAscending, unscoredOf } from './similar';

/**
 * The snake draft, the baseline 'mixed' must never do worse than: scored students from the
 * highest score down are dealt to groups 0, 1, ..., k-1, k-1, ..., 0, 0, 1, ...; then the
 * unscored students fill the smallest groups. Returns the group of every student.
 */
export function snakeDraft(scores: readonly (number | null)[], k: number): Int32Array {
  const groupOf = new Int32Array(scores.length).fill(-1);
  const groupSize = new Array<number>(k).fill(0);
  scoredAscending(scores)
    .reverse()
    .forEach((i, turn) => {
      const round = Math.floor(turn / k);
      const pos = turn % k;
      const g = round % 2 === 0 ? pos : k - 1 - pos;
      groupOf[i] = g;
      groupSize[g] = (groupSize[g] as number) + 1;
    });
  fillSmallest(groupOf, groupSize, unscoredOf(scores));
  return groupOf;
}
