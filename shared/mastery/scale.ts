export type MasteryLevel = { points: number; label: string; color: string };
/** `levels` run from the top level down; `masteryPoints` is the points of the level that counts as mastery. */
export type MasteryScale = { levels: MasteryLevel[]; masteryPoints: number };

/**
 * Blue, green, amber, pale red from the top down. Lightness rises steadily from level to level, so
 * the order still reads in greyscale and to colour-blind eyes; the top two take white text, the
 * bottom two dark text (each at least 4.5:1). The label is always shown too: colour is never the
 * only cue.
 */
export const DEFAULT_SCALE: MasteryScale = {
  levels: [
    { points: 4, label: 'Exceeds', color: '#1a3578' },
    { points: 3, label: 'Meets', color: '#1f7a3a' },
    { points: 2, label: 'Approaching', color: '#eba925' },
    { points: 1, label: 'Beginning', color: '#ffcfc9' },
  ],
  masteryPoints: 3,
};

/**
 * The highest level whose points are at or below the score; a score below every level gets the
 * lowest level. `null` (no evidence) and an empty scale give `null`. Levels need not be in order.
 */
export function levelFor(score: number | null, scale: MasteryScale): MasteryLevel | null {
  if (score === null || Number.isNaN(score)) return null;
  const levels = scale.levels;
  let best: MasteryLevel | null = null;
  let lowest: MasteryLevel | null = null;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i]!;
    if (level.points <= score && (best === null || level.points > best.points)) best = level;
    if (lowest === null || level.points < lowest.points) lowest = level;
  }
  return best ?? lowest;
}

/** The lowest and highest points on the scale (both NaN for a scale without levels). */
export function scaleRange(scale: MasteryScale): { min: number; max: number } {
  let min = NaN;
  let max = NaN;
  for (const level of scale.levels) {
    if (!(level.points >= min)) min = level.points;
    if (!(level.points <= max)) max = level.points;
  }
  return { min, max };
}

// ---- cut scores: percent -> points ----

/** From the highest `minPercent` down; the last one is 0, so every percent gets points. */
export type CutScores = { minPercent: number; points: number }[];

export const DEFAULT_CUT_SCORES: CutScores = [
  { minPercent: 90, points: 4 },
  { minPercent: 75, points: 3 },
  { minPercent: 50, points: 2 },
  { minPercent: 0, points: 1 },
];

/**
 * The points of the first cut whose `minPercent` is at or below the percent; a percent below
 * every cut (or NaN) gets the last cut's points. Throws on an empty list, which
 * `cutScoresSchema` never lets through.
 */
export function percentToPoints(percent: number, cuts: CutScores): number {
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    if (cut.minPercent <= percent) return cut.points;
  }
  const last = cuts[cuts.length - 1];
  if (last === undefined) throw new RangeError('percentToPoints: there are no cut scores.');
  return last.points;
}
