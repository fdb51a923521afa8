import type { CutScores, MasteryScale } from '../../mastery/scale';
import { sameScale } from './ratings';

/**
 * Cut scores that put a percent on the scale in a straight line from its lowest points (0%) to
 * its highest (100%), as Canvas turns a percent into points: 75% on a 0–4 scale is 3 points.
 */
export function cutScoresForScale(scale: MasteryScale): CutScores {
  const points = scale.levels.map((l) => l.points);
  const min = Math.min(...points);
  const span = Math.max(...points) - min || 1;
  return scale.levels.map((l, i) => ({
    minPercent: i === scale.levels.length - 1 ? 0 : Math.round(((l.points - min) / span) * 1000) / 10,
    points: l.points,
  }));
}

/**
 * The scale most of these skills share, how many share it, and how many carry another one: a
 * class has one scale, so outcomes rated differently cannot all keep theirs.
 */
export function commonScale(
  scales: (MasteryScale | undefined)[],
): { scale: MasteryScale; count: number; others: number } | null {
  const groups: { scale: MasteryScale; count: number }[] = [];
  let rated = 0;
  for (const scale of scales) {
    if (!scale) continue;
    rated++;
    const group = groups.find((g) => sameScale(g.scale, scale));
    if (group) group.count++;
    else groups.push({ scale, count: 1 });
  }
  const best = groups.reduce<{ scale: MasteryScale; count: number } | null>(
    (top, g) => (top === null || g.count > top.count ? g : top),
    null,
  );
  return best ? { ...best, others: rated - best.count } : null;
}
