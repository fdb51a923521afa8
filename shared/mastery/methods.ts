/** How a student's scores on one skill roll up into one number; the same choices as Canvas. */
export type CalculationMethod =
  | { kind: 'decaying_average'; weight: number } // 50..99, default 65
  | { kind: 'weighted_average'; weight: number } // 1..99, default 65
  | { kind: 'n_mastery'; n: number } // 1..10, default 5
  | { kind: 'latest' }
  | { kind: 'highest' }
  | { kind: 'average' }
  | { kind: 'mode' }
  | { kind: 'median_recent'; n: number } // 1..20, default 3
  | { kind: 'power_law' };

export type MethodKind = CalculationMethod['kind'];

export type MethodParam = { name: 'weight' | 'n'; min: number; max: number; default: number; label: string };

export const DEFAULT_METHOD: CalculationMethod = { kind: 'decaying_average', weight: 65 };

/** Every method in the order a settings screen lists them, with its parameter and plain-words help. */
export const METHOD_KINDS: { kind: MethodKind; label: string; param?: MethodParam; explain: string }[] = [
  {
    kind: 'decaying_average',
    label: 'Decaying average',
    param: { name: 'weight', min: 50, max: 99, default: 65, label: 'How much the latest score counts (%)' },
    explain:
      'Recent scores count more. Each new score counts for the weight; everything before it shares ' +
      'the rest, so older scores fade a little more with every new one.',
  },
  {
    kind: 'weighted_average',
    label: 'Weighted average',
    param: { name: 'weight', min: 1, max: 99, default: 65, label: 'How much the latest score counts (%)' },
    explain:
      'The latest score counts for the weight; the average of all earlier scores counts for the rest.',
  },
  {
    kind: 'n_mastery',
    label: 'Mastery n times',
    param: { name: 'n', min: 1, max: 10, default: 5, label: 'Times at mastery needed' },
    explain:
      'The student must reach mastery this many times. Until then there is no result; after that it ' +
      'is the average of the scores at or above mastery.',
  },
  {
    kind: 'latest',
    label: 'Most recent score',
    explain: 'Only the latest score counts.',
  },
  {
    kind: 'highest',
    label: 'Highest score',
    explain: 'The best score so far counts, however long ago it was.',
  },
  {
    kind: 'average',
    label: 'Average',
    explain: 'Every score counts the same.',
  },
  {
    kind: 'mode',
    label: 'Most frequent score',
    explain: 'The score given most often. In a tie, the one given most recently wins.',
  },
  {
    kind: 'median_recent',
    label: 'Median of recent scores',
    param: { name: 'n', min: 1, max: 20, default: 3, label: 'Recent scores to use' },
    explain:
      'The middle score of the last few, so one unusually high or low score does not swing the result.',
  },
  {
    kind: 'power_law',
    label: 'Trend (power law)',
    explain:
      'Follows the trend of all scores to predict where the student is now. With fewer than 3 scores ' +
      'it is the average.',
  },
];

/** One line for a chip or a column header: "Decaying average (65%)", "Mastery 5 times". */
export function describeMethod(method: CalculationMethod): string {
  switch (method.kind) {
    case 'decaying_average':
      return `Decaying average (${method.weight}%)`;
    case 'weighted_average':
      return `Weighted average (${method.weight}%)`;
    case 'n_mastery':
      return method.n === 1 ? 'Mastery once' : `Mastery ${method.n} times`;
    case 'median_recent':
      return method.n === 1 ? 'Median of the last score' : `Median of the last ${method.n} scores`;
    case 'latest':
      return 'Most recent score';
    case 'highest':
      return 'Highest score';
    case 'average':
      return 'Average';
    case 'mode':
      return 'Most frequent score';
    case 'power_law':
      return 'Trend (power law)';
  }
  const unknown: never = method;
  return String((unknown as { kind?: unknown }).kind ?? 'Unknown method');
}
