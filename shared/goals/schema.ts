import { z } from 'zod';
import { scaleRange } from '../mastery/scale';
import type { MasteryScale } from '../mastery/scale';
import { ymdDay } from './dates';

/** What a goal form edits: the parts of a Goal a teacher and student write together. */
export type GoalDraft = {
  title: string;
  skills: { skillId: string; target: number }[];
  startDate: string;
  dueDate: string;
};

export const GOAL_TITLE_MAX = 200;

const date = (which: 'start' | 'due') =>
  z
    .string({ error: `Choose a ${which} date.` })
    .trim()
    .min(1, `Choose a ${which} date.`)
    .refine((s) => s === '' || !Number.isNaN(ymdDay(s)), {
      error: (issue) => `The ${which} date ${JSON.stringify(issue.input)} is not a real date: write it like 2024-11-02.`,
    });

/**
 * Checks a goal draft for a class scale, with one plain-words message per problem: a title in
 * the student's words (up to 200 characters), at least one skill, each at most once and with a
 * target within the scale's points, real 'YYYY-MM-DD' dates, and a due date on or after the start
 * date. The title and dates come back trimmed; keys other than the draft's are dropped.
 */
export function goalDraftSchema(scale: MasteryScale): z.ZodType<GoalDraft> {
  const { min, max } = scaleRange(scale);
  const range = Number.isFinite(min) ? `from ${min} to ${max}` : 'on the class scale';
  return z
    .object({
      title: z
        .string({ error: "Write the goal in the student's words." })
        .trim()
        .min(1, "Write the goal in the student's words.")
        .max(GOAL_TITLE_MAX, `Keep the goal to ${GOAL_TITLE_MAX} characters or fewer.`),
      skills: z
        .array(
          z.object({
            skillId: z.string({ error: 'Choose a skill.' }).min(1, 'Choose a skill.'),
            target: z
              .number({ error: `Give each skill a target ${range}.` })
              .refine((t) => Number.isFinite(t) && t >= min && t <= max, {
                error: (issue) => `A target of ${String(issue.input)} is off the scale: targets go ${range}.`,
              }),
          }),
          { error: 'Link at least one skill to the goal.' },
        )
        .min(1, 'Link at least one skill to the goal.'),
      startDate: date('start'),
      dueDate: date('due'),
    })
    .superRefine((draft, ctx) => {
      const seen = new Set<string>();
      draft.skills.forEach((skill, i) => {
        if (seen.has(skill.skillId)) {
          ctx.addIssue({ code: 'custom', path: ['skills', i, 'skillId'], message: 'This skill is in the goal twice: keep one.' });
        }
        seen.add(skill.skillId);
      });
      const start = ymdDay(draft.startDate);
      const due = ymdDay(draft.dueDate);
      if (due < start) {
        ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'The due date cannot be before the start date.' });
      }
    });
}

/** goalDraftSchema() as a result: the checked draft, or the messages to show (each once). */
export function validateGoalDraft(
  draft: unknown,
  scale: MasteryScale,
): { ok: true; draft: GoalDraft } | { ok: false; errors: string[] } {
  const result = goalDraftSchema(scale).safeParse(draft);
  if (result.success) return { ok: true, draft: result.data };
  const errors: string[] = [];
  for (const issue of result.error.issues) {
    const message =
      issue.path.length === 0 && issue.code !== 'custom'
        ? "A goal needs a title, at least one skill, a start date and a due date."
        : issue.message;
    if (!errors.includes(message)) errors.push(message);
  }
  return { ok: false, errors };
}
