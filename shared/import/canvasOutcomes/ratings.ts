import type { MasteryScale } from '../../mastery/scale';

export type CanvasRating = { points: number; description: string };

/**
 * From the top level down; a scale of n levels takes n colours spread over this ramp, so the top
 * and bottom always keep the default scale's blue and pale red and the order reads in greyscale.
 */
const RAMP = ['#1a3578', '#1f5f8b', '#1f7a3a', '#6f7f1f', '#eba925', '#f6b98e', '#ffcfc9'];
const LABEL_MAX = 40;

function colours(count: number): string[] {
  if (count <= 1) return RAMP.slice(0, count);
  return Array.from({ length: count }, (_, i) => RAMP[Math.round((i * (RAMP.length - 1)) / (count - 1))]!);
}

export type RatingsRead = {
  ratings: CanvasRating[];
  errors: string[];
  warnings: string[];
};

const isNumber = (text: string) => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text);

/**
 * The ratings columns (points, description, points, description, … to the end of the row) as
 * ratings from the highest points down. Blank pairs are skipped; a pair that cannot be read is an
 * error naming the column it starts in (1-based, as a spreadsheet counts).
 */
export function readRatings(cells: string[], firstColumn: number): RatingsRead {
  const ratings: CanvasRating[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  let last = cells.length;
  while (last > 0 && (cells[last - 1] ?? '').trim() === '') last--;
  for (let i = 0; i < last; i += 2) {
    const points = (cells[i] ?? '').trim();
    const description = (cells[i + 1] ?? '').replace(/\s+/g, ' ').trim();
    if (!points && !description) continue;
    const column = firstColumn + i + 1;
    if (!points) {
      errors.push(`The rating "${description}" (column ${column}) has no points before it: ratings go points, then description.`);
    } else if (!isNumber(points)) {
      errors.push(`The rating points "${points}" (column ${column}) are not a number: ratings go points, then description.`);
    } else if (ratings.some((r) => r.points === Number(points))) {
      errors.push(`Two ratings are worth ${Number(points)} points: give each rating its own points.`);
    } else {
      ratings.push({ points: Number(points), description: description || `${Number(points)} points` });
    }
  }
  const sorted = [...ratings].sort((a, b) => b.points - a.points);
  if (sorted.some((r, i) => r !== ratings[i])) {
    warnings.push('The ratings are not listed from the highest points down, as Canvas expects: they are put in that order.');
  }
  return { ratings: sorted, errors, warnings };
}

/**
 * A Blendwise scale from an outcome's ratings, or why none can be made. Mastery that is not the
 * points of a rating becomes the lowest rating at or above it, as Canvas counts a score at or above
 * the mastery points as mastered. No mastery points: the rating second from the top.
 */
export function scaleFromRatings(
  ratings: CanvasRating[],
  masteryPoints: number | null,
): { scale?: MasteryScale; note?: string } {
  if (ratings.length === 0) return {};
  if (ratings.length < 2 || ratings.length > 10) {
    return {
      note: `It has ${ratings.length} ratings and a class scale takes 2 to 10, so its ratings are kept but cannot become a class's scale.`,
    };
  }
  const fill = colours(ratings.length);
  const used = new Set<string>();
  const levels = ratings.map((r, i) => {
    let label = r.description.length > LABEL_MAX ? `${r.description.slice(0, LABEL_MAX - 1).trimEnd()}…` : r.description;
    if (used.has(label.toLowerCase())) label = `${label.slice(0, LABEL_MAX - 6)} (${r.points})`;
    used.add(label.toLowerCase());
    return { points: r.points, label, color: fill[i]! };
  });
  if (masteryPoints === null) {
    const level = levels[1]!;
    return {
      scale: { levels, masteryPoints: level.points },
      note: `It has no mastery_points, so mastery is taken as "${level.label}" (${level.points} points).`,
    };
  }
  if (levels.some((l) => l.points === masteryPoints)) return { scale: { levels, masteryPoints } };
  const atOrAbove = levels.filter((l) => l.points >= masteryPoints);
  const level = atOrAbove[atOrAbove.length - 1] ?? levels[0]!;
  return {
    scale: { levels, masteryPoints: level.points },
    note: `Its mastery points (${masteryPoints}) are not the points of a rating, so mastery is "${level.label}" (${level.points} points), the lowest rating at or above them.`,
  };
}

/** The same levels and mastery: two outcomes rated alike share one class scale. */
export function sameScale(a: MasteryScale, b: MasteryScale): boolean {
  return (
    a.masteryPoints === b.masteryPoints &&
    a.levels.length === b.levels.length &&
    a.levels.every((l, i) => l.points === b.levels[i]!.points && l.label === b.levels[i]!.label)
  );
}
