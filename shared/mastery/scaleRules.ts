// The rules a scale and its cut scores must follow where a teacher edits them or a file brings
// them: kept apart from scale.ts, so a screen that only reads levels never loads these checks.
import { z } from 'zod';
import type { CutScores, MasteryScale } from './scale';

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

const quoted = (label: unknown): string =>
  typeof label === 'string' && label.trim() !== '' ? `'${label.trim()}'` : 'a level without a name';

export const masteryLevelSchema = z.object({
  points: z
    .number({ error: 'Give each level its points as a number.' })
    .finite('Give each level its points as a number.'),
  label: z
    .string({ error: 'Give each level a name.' })
    .trim()
    .min(1, 'Give each level a name.')
    .max(40, 'Keep level names under 40 characters.'),
  color: z
    .string({ error: 'Give each level a color like #1f7a3a.' })
    .regex(HEX_COLOR, 'Give each level a color written like #1f7a3a.'),
});

export const masteryScaleSchema: z.ZodType<MasteryScale> = z
  .object({
    levels: z
      .array(masteryLevelSchema, { error: 'A scale needs a list of levels.' })
      .min(2, 'A scale needs at least 2 levels.')
      .max(10, 'A scale can have at most 10 levels.'),
    masteryPoints: z
      .number({ error: 'Choose which level counts as mastery.' })
      .finite('Choose which level counts as mastery.'),
  })
  .superRefine((scale, ctx) => {
    const levels = scale.levels;
    const seen = new Map<string, number>();
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i]!;
      if (i > 0) {
        const above = levels[i - 1]!;
        if (!(level.points < above.points)) {
          ctx.addIssue({
            code: 'custom',
            path: ['levels', i, 'points'],
            message:
              `Points must go down from the top level to the bottom: ${quoted(level.label)} ` +
              `(${level.points}) comes after ${quoted(above.label)} (${above.points}).`,
          });
        }
      }
      const key = level.label.trim().toLowerCase();
      if (key === '') continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['levels', i, 'label'],
          message: `Two levels are called ${quoted(level.label)}: give each level its own name.`,
        });
      }
    }
    if (!levels.some((l) => l.points === scale.masteryPoints)) {
      ctx.addIssue({
        code: 'custom',
        path: ['masteryPoints'],
        message:
          `Mastery (${scale.masteryPoints}) must be the points of one of the levels: ` +
          `${levels.map((l) => l.points).join(', ')}.`,
      });
    }
  });

/**
 * Checks a scale (from a settings form or a file) and says what is wrong in plain words, one
 * sentence per problem, each naming the level it is about.
 */
export function validateScale(
  scale: unknown,
): { ok: true; scale: MasteryScale } | { ok: false; errors: string[] } {
  const result = masteryScaleSchema.safeParse(scale);
  if (result.success) return { ok: true, scale: result.data };
  const errors: string[] = [];
  for (const issue of result.error.issues) {
    let message = issue.message;
    const [first, index, field] = issue.path;
    // Field problems inside a level name the level, unless the message already does.
    if (first === 'levels' && typeof index === 'number' && field !== undefined && issue.code !== 'custom') {
      message = `Level ${index + 1}${levelName(scale, index)}: ${message}`;
    } else if (issue.code !== 'custom' && issue.path.length === 0 && (typeof scale !== 'object' || scale === null)) {
      message = 'A scale needs a list of levels and the points that count as mastery.';
    }
    if (!errors.includes(message)) errors.push(message);
  }
  return { ok: false, errors };
}

function levelName(scale: unknown, index: number): string {
  if (typeof scale !== 'object' || scale === null) return '';
  const levels = (scale as { levels?: unknown }).levels;
  if (!Array.isArray(levels)) return '';
  const label = (levels[index] as { label?: unknown } | undefined)?.label;
  return typeof label === 'string' && label.trim() !== '' ? ` ('${label.trim()}')` : '';
}

/**
 * Cut scores for a scale: at least one, `minPercent` from 0 to 100 and going strictly down, the
 * last one 0, and every cut's points one of the scale's levels.
 */
export function cutScoresSchema(scale: MasteryScale): z.ZodType<CutScores> {
  const points = scale.levels.map((l) => l.points);
  return z
    .array(
      z.object({
        minPercent: z
          .number({ error: 'Give each cut a percent as a number.' })
          .min(0, 'A percent cannot be below 0.')
          .max(100, 'A percent cannot be above 100.'),
        points: z.number({ error: 'Give each cut the points it is worth.' }).refine((p) => points.includes(p), {
          error: (issue) => `${String(issue.input)} is not the points of a level on this scale (${points.join(', ')}).`,
        }),
      }),
      { error: 'Cut scores need a list of percents and points.' },
    )
    .min(1, 'Add at least one cut score.')
    .superRefine((cuts, ctx) => {
      for (let i = 1; i < cuts.length; i++) {
        const above = cuts[i - 1]!;
        const cut = cuts[i]!;
        if (!(cut.minPercent < above.minPercent)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'minPercent'],
            message: `Percents must go down from the top cut to the bottom: ${cut.minPercent}% comes after ${above.minPercent}%.`,
          });
        }
      }
      const last = cuts[cuts.length - 1];
      if (last !== undefined && last.minPercent > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [cuts.length - 1, 'minPercent'],
          message: `The last cut must start at 0% so every score gets points (it starts at ${last.minPercent}%).`,
        });
      }
    });
}
