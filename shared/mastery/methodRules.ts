// The rules a calculation method must follow where a teacher chooses one or a file brings it:
// kept apart from methods.ts, so a screen that only rolls scores up never loads these checks.
import { z } from 'zod';
import type { CalculationMethod } from './methods';

const whole = (name: string, min: number, max: number) =>
  z
    .number({ error: `The ${name} must be a whole number from ${min} to ${max}.` })
    .int(`The ${name} must be a whole number from ${min} to ${max}.`)
    .min(min, `The ${name} must be at least ${min}.`)
    .max(max, `The ${name} can be at most ${max}.`);

export const calculationMethodSchema: z.ZodType<CalculationMethod> = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('decaying_average'), weight: whole('weight', 50, 99) }),
    z.object({ kind: z.literal('weighted_average'), weight: whole('weight', 1, 99) }),
    z.object({ kind: z.literal('n_mastery'), n: whole('number of times', 1, 10) }),
    z.object({ kind: z.literal('latest') }),
    z.object({ kind: z.literal('highest') }),
    z.object({ kind: z.literal('average') }),
    z.object({ kind: z.literal('mode') }),
    z.object({ kind: z.literal('median_recent'), n: whole('number of recent scores', 1, 20) }),
    z.object({ kind: z.literal('power_law') }),
  ],
  { error: 'Choose one of the calculation methods.' },
);
