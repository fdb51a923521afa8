import type { CalculationMethod } from '../../mastery/methods';

/**
 * Canvas's calculation_method values and the Blendwise method that computes the same number.
 * Canvas's `decaying_average` is its older rule (the latest score against the mean of all earlier
 * ones), which Canvas itself now labels "Weighted average" and Blendwise calls `weighted_average`;
 * Canvas's `standard_decaying_average` is the true decaying average, Blendwise's `decaying_average`.
 * `min`/`max` are the calculation_int range Canvas accepts; `int` the default when it is blank.
 */
const CANVAS_METHODS: Record<
  string,
  { make: (int: number) => CalculationMethod; int?: { min: number; max: number; default: number } }
> = {
  decaying_average: { make: (weight) => ({ kind: 'weighted_average', weight }), int: { min: 1, max: 99, default: 65 } },
  weighted_average: { make: (weight) => ({ kind: 'weighted_average', weight }), int: { min: 1, max: 99, default: 65 } },
  standard_decaying_average: {
    make: (weight) => ({ kind: 'decaying_average', weight }),
    int: { min: 50, max: 99, default: 65 },
  },
  n_mastery: { make: (n) => ({ kind: 'n_mastery', n }), int: { min: 1, max: 10, default: 5 } },
  latest: { make: () => ({ kind: 'latest' }) },
  highest: { make: () => ({ kind: 'highest' }) },
  average: { make: () => ({ kind: 'average' }) },
};

const CHOICES = 'decaying_average, standard_decaying_average, weighted_average, n_mastery, latest, highest or average';

/** Canvas's default for an outcome whose calculation_method is blank. */
export const CANVAS_DEFAULT_METHOD = 'decaying_average';

export type MethodRead =
  | { ok: true; method: CalculationMethod; warning?: string }
  | { ok: false; error: string };

/** One outcome's calculation_method and calculation_int, as Blendwise's method or what is wrong. */
export function readCanvasMethod(rawMethod: string, rawInt: string): MethodRead {
  const name = rawMethod.trim().toLowerCase().replace(/[\s-]+/g, '_') || CANVAS_DEFAULT_METHOD;
  const spec = CANVAS_METHODS[name];
  if (!spec) {
    return {
      ok: false,
      error: `The calculation method "${rawMethod.trim()}" is not one Canvas uses: write ${CHOICES}.`,
    };
  }
  const intText = rawInt.trim();
  if (!spec.int) {
    return intText
      ? {
          ok: true,
          method: spec.make(0),
          warning: `${name} takes no calculation_int, so the ${intText} in that column is ignored.`,
        }
      : { ok: true, method: spec.make(0) };
  }
  if (!intText) return { ok: true, method: spec.make(spec.int.default) };
  const int = Number(intText);
  if (!/^[+]?\d+(\.0+)?$/.test(intText) || !Number.isInteger(int) || int < spec.int.min || int > spec.int.max) {
    return {
      ok: false,
      error: `The calculation_int "${intText}" does not fit ${name}: write a whole number from ${spec.int.min} to ${spec.int.max}.`,
    };
  }
  return { ok: true, method: spec.make(int) };
}
