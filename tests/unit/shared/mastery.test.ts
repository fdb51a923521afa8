import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_CUT_SCORES,
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  METHOD_KINDS,
  calculationMethodSchema,
  cutScoresSchema,
  describeMethod,
  levelFor,
  masteryScaleSchema,
  percentToPoints,
  rollup,
  roundHalfUp2,
  validateScale,
} from '../../../shared/mastery';
import type { CalculationMethod, MasteryScale, Score } from '../../../shared/mastery';
import * as sharedIndex from '../../../shared/index';

const scale = DEFAULT_SCALE; // 4 Exceeds, 3 Meets (mastery), 2 Approaching, 1 Beginning

/** Undated scores, in the given order. */
const vals = (...values: (number | null)[]): Score[] => values.map((value) => ({ value }));
/** Scores dated one day apart, in the given order. */
const daily = (...values: number[]): Score[] =>
  values.map((value, i) => ({ value, at: `2024-03-${String(i + 1).padStart(2, '0')}` }));

const run = (method: CalculationMethod, scores: Score[], s: MasteryScale = scale) => rollup(scores, method, s);

describe('roundHalfUp2', () => {
  it('rounds half up on the decimal value, not on the binary float', () => {
    expect(roundHalfUp2(3.475)).toBe(3.48); // Math.round(347.49999999999994) / 100 would give 3.47
    expect(roundHalfUp2(2.125)).toBe(2.13);
    expect(roundHalfUp2(1.005)).toBe(1.01); // Math.round(100.49999999999999) / 100 would give 1
    expect(roundHalfUp2(1.255)).toBe(1.26);
    expect(roundHalfUp2(3.5275000000000003)).toBe(3.53); // float noise from 2.65 * .35 + 4 * .65
    expect(roundHalfUp2(2.6 + 0.875)).toBe(3.48);
    expect(roundHalfUp2(3.474999)).toBe(3.47);
    expect(roundHalfUp2(4)).toBe(4);
    expect(roundHalfUp2(0)).toBe(0);
    expect(roundHalfUp2(1 / 3)).toBe(0.33);
    expect(roundHalfUp2(2 / 3)).toBe(0.67);
    expect(roundHalfUp2(1e-7)).toBe(0);
    expect(roundHalfUp2(0.005)).toBe(0.01);
    expect(roundHalfUp2(123456.785)).toBe(123456.79);
  });

  it('rounds negative halves away from zero and never returns -0', () => {
    expect(roundHalfUp2(-2.125)).toBe(-2.13);
    expect(Object.is(roundHalfUp2(-0.001), 0)).toBe(true);
  });

  it('leaves non-finite values alone', () => {
    expect(roundHalfUp2(NaN)).toBeNaN();
    expect(roundHalfUp2(Infinity)).toBe(Infinity);
  });

  it('always lands on 2 decimals and within half a hundredth', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (x) => {
        const r = roundHalfUp2(x);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Number(r.toFixed(2))).toBe(r);
      }),
    );
  });
});

describe('rollup: common rules', () => {
  const every: CalculationMethod[] = [
    { kind: 'decaying_average', weight: 65 },
    { kind: 'weighted_average', weight: 65 },
    { kind: 'n_mastery', n: 1 },
    { kind: 'latest' },
    { kind: 'highest' },
    { kind: 'average' },
    { kind: 'mode' },
    { kind: 'median_recent', n: 3 },
    { kind: 'power_law' },
  ];

  it('gives null for no scores, or only null scores, with every method', () => {
    for (const method of every) {
      expect(run(method, [])).toBeNull();
      expect(run(method, vals(null, null))).toBeNull();
      expect(run(method, [{ value: null, at: '2024-01-01' }])).toBeNull();
    }
  });

  it('drops null values before anything else', () => {
    // decaying 65 of [2, 3, 4] = 3.53 (see below); the nulls change nothing, not even "one score gives itself"
    expect(run(DEFAULT_METHOD, vals(null, 2, null, 3, null, 4, null))).toBe(3.53);
    expect(run({ kind: 'weighted_average', weight: 65 }, vals(3, null))).toBe(3);
    expect(run({ kind: 'latest' }, [{ value: 2, at: '2024-01-01' }, { value: null, at: '2024-02-01' }])).toBe(2);
  });

  it('puts undated scores first, then dated ones in time order', () => {
    const scores: Score[] = [
      { value: 4, at: '2024-03-05' },
      { value: 1 }, // undated: comes first although given second
      { value: 2, at: '2024-03-01' },
    ];
    // time order: 1, 2, 4
    expect(run({ kind: 'latest' }, scores)).toBe(4);
    // decaying 50: d = 1*.5 + 2*.5 = 1.5; d = 1.5*.5 + 4*.5 = 2.75
    expect(run({ kind: 'decaying_average', weight: 50 }, scores)).toBe(2.75);
    // weighted 50: latest 4*.5 + mean(1, 2)*.5 = 2 + .75 = 2.75
    expect(run({ kind: 'weighted_average', weight: 50 }, scores)).toBe(2.75);
  });

  it('keeps input order among equal times', () => {
    const sameDay: Score[] = [
      { value: 2, at: '2024-03-01' },
      { value: 4, at: '2024-03-01' },
      { value: 3, at: '2024-03-01' },
    ];
    expect(run({ kind: 'latest' }, sameDay)).toBe(3); // the last given
    // decaying 50 over 2, 4, 3: d = 2*.5 + 4*.5 = 3; d = 3*.5 + 3*.5 = 3
    expect(run({ kind: 'decaying_average', weight: 50 }, sameDay)).toBe(3);
    // undated ones keep their order too
    expect(run({ kind: 'latest' }, vals(4, 1, 2))).toBe(2);
  });

  it('compares a date and a timestamp by the instant: a date is that day at UTC midnight', () => {
    const mixed: Score[] = [
      { value: 1, at: '2024-03-02' },
      { value: 2, at: '2024-03-01T23:59:59.999Z' }, // before midnight of 2024-03-02
      { value: 3, at: '2024-03-01T00:00:00Z' }, // exactly 2024-03-01 at midnight: equal to the next one
      { value: 4, at: '2024-03-01' },
    ];
    // time order: 3, 4 (equal times keep input order), 2, 1
    // decaying 50: d = 3*.5 + 4*.5 = 3.5; d = 3.5*.5 + 2*.5 = 2.75; d = 2.75*.5 + 1*.5 = 1.875 -> 1.88
    expect(run({ kind: 'decaying_average', weight: 50 }, mixed)).toBe(1.88);
    expect(run({ kind: 'latest' }, mixed)).toBe(1);
    // the same instant in two spellings: input order decides
    expect(
      run({ kind: 'latest' }, [
        { value: 2, at: '2024-03-01T00:00:00.000Z' },
        { value: 3, at: '2024-03-01' },
      ]),
    ).toBe(3);
    expect(
      run({ kind: 'latest' }, [
        { value: 3, at: '2024-03-01' },
        { value: 2, at: '2024-03-01T00:00:00.000Z' },
      ]),
    ).toBe(2);
  });

  it('reads zones, and takes a date-time without a zone as UTC', () => {
    const scores: Score[] = [
      { value: 4, at: '2024-03-01T10:00:00+02:00' }, // 08:00 UTC
      { value: 1, at: '2024-03-01T09:00:00' }, // 09:00 UTC
      { value: 2, at: '2024-03-01T08:30:00.000Z' },
    ];
    // time order: 4, 2, 1
    expect(run({ kind: 'latest' }, scores)).toBe(1);
    // decaying 50: d = 4*.5 + 2*.5 = 3; d = 3*.5 + 1*.5 = 2
    expect(run({ kind: 'decaying_average', weight: 50 }, scores)).toBe(2);
  });

  it('reads a lone score with a non-canonical date', () => {
    for (const method of [{ kind: 'latest' }, { kind: 'weighted_average', weight: 65 }, DEFAULT_METHOD] as CalculationMethod[]) {
      expect(run(method, [{ value: 2.5, at: '2024-03-01T10:00:00+02:00' }])).toBe(2.5);
      expect(run(method, [{ value: null }, { value: 2.5, at: 'garbage' }])).toBe(2.5);
    }
  });

  it('counts a date it cannot read as undated', () => {
    const scores: Score[] = [
      { value: 4, at: '2024-03-01' },
      { value: 1, at: 'last Tuesday' },
      { value: 2, at: '' },
    ];
    // time order: 1, 2 (unreadable and empty: undated, input order), then 4
    expect(run({ kind: 'latest' }, scores)).toBe(4);
    // decaying 50: d = 1*.5 + 2*.5 = 1.5; d = 1.5*.5 + 4*.5 = 2.75
    expect(run({ kind: 'decaying_average', weight: 50 }, scores)).toBe(2.75);
  });

  it('does not change the caller’s array', () => {
    const scores: Score[] = [
      { value: 4, at: '2024-03-05' },
      { value: 1, at: '2024-03-01' },
    ];
    const copy = structuredClone(scores);
    for (const method of every) run(method, scores);
    expect(scores).toEqual(copy);
  });
});

describe('decaying_average', () => {
  it('matches DESIGN: decaying 65 of 2, 3, 4 is 3.53', () => {
    // d = 2*.35 + 3*.65 = .7 + 1.95 = 2.65; d = 2.65*.35 + 4*.65 = .9275 + 2.6 = 3.5275 -> 3.53
    expect(run({ kind: 'decaying_average', weight: 65 }, daily(2, 3, 4))).toBe(3.53);
    expect(run(DEFAULT_METHOD, vals(2, 3, 4))).toBe(3.53);
  });

  it('gives one score itself', () => {
    expect(run({ kind: 'decaying_average', weight: 65 }, vals(2.5))).toBe(2.5);
  });

  it('weighs the second score by w from the start (not a plain first term)', () => {
    // d = 1*.5 + 4*.5 = 2.5
    expect(run({ kind: 'decaying_average', weight: 50 }, vals(1, 4))).toBe(2.5);
    // d = 4*.2 + 2*.8 = .8 + 1.6 = 2.4; d = 2.4*.2 + 3*.8 = .48 + 2.4 = 2.88; d = 2.88*.2 + 1*.8 = .576 + .8 = 1.376 -> 1.38
    expect(run({ kind: 'decaying_average', weight: 80 }, vals(4, 2, 3, 1))).toBe(1.38);
    // d = 3*.01 + 1*.99 = 1.02
    expect(run({ kind: 'decaying_average', weight: 99 }, vals(3, 1))).toBe(1.02);
  });
});

describe('weighted_average', () => {
  it('matches DESIGN: weighted 65 of 2, 3, 4 is 3.48 (the rounding case)', () => {
    // latest 4*.65 = 2.6; mean(2, 3) = 2.5, 2.5*.35 = .875; 2.6 + .875 = 3.475 -> 3.48
    expect(run({ kind: 'weighted_average', weight: 65 }, daily(2, 3, 4))).toBe(3.48);
  });

  it('gives one score itself', () => {
    expect(run({ kind: 'weighted_average', weight: 65 }, vals(4))).toBe(4);
  });

  it('uses the latest in time, not the last given', () => {
    const scores: Score[] = [
      { value: 4, at: '2024-03-03' },
      { value: 2, at: '2024-03-01' },
      { value: 3, at: '2024-03-02' },
    ];
    // latest is 4: 4*.65 + mean(2, 3)*.35 = 2.6 + .875 = 3.475 -> 3.48
    expect(run({ kind: 'weighted_average', weight: 65 }, scores)).toBe(3.48);
    // w = 1: 4*.01 + 2.5*.99 = .04 + 2.475 = 2.515 -> 2.52
    expect(run({ kind: 'weighted_average', weight: 1 }, scores)).toBe(2.52);
  });

  it('averages all earlier scores equally', () => {
    // 1*.5 + mean(4, 4, 1)*.5 = .5 + 1.5 = 2
    expect(run({ kind: 'weighted_average', weight: 50 }, vals(4, 4, 1, 1))).toBe(2);
  });
});

describe('n_mastery', () => {
  const n = (count: number): CalculationMethod => ({ kind: 'n_mastery', n: count });

  it('averages the scores at or above mastery once there are n of them', () => {
    // at or above 3: 3, 4 (2 of them, n = 2); mean = 3.5. The 1 is not counted.
    expect(run(n(2), vals(3, 1, 4))).toBe(3.5);
    // at or above 3: 4, 4, 3; mean = 11/3 = 3.666... -> 3.67
    expect(run(n(3), vals(4, 2, 4, 3, 2))).toBe(3.67);
    // exactly on mastery counts
    expect(run(n(1), vals(3))).toBe(3);
  });

  it('is null with fewer than n scores', () => {
    expect(run(n(2), vals(4))).toBeNull();
    expect(run(n(5), vals(4, 4, 4, 4))).toBeNull();
  });

  it('is null with enough scores but fewer than n at or above mastery', () => {
    expect(run(n(2), vals(3, 1))).toBeNull();
    expect(run(n(1), vals(1, 2, 2.99))).toBeNull();
    expect(run(n(3), vals(4, 4, 2, 2, 2))).toBeNull();
  });

  it('uses the scale’s mastery points', () => {
    const strict: MasteryScale = { ...scale, masteryPoints: 4 };
    expect(run(n(1), vals(3, 3), strict)).toBeNull();
    expect(run(n(1), vals(3, 4), strict)).toBe(4);
  });
});

describe('latest, highest, average', () => {
  it('latest is the latest in time', () => {
    const scores: Score[] = [
      { value: 4, at: '2024-03-02' },
      { value: 2, at: '2024-03-01' },
    ];
    expect(run({ kind: 'latest' }, scores)).toBe(4);
    expect(run({ kind: 'latest' }, daily(1, 2, 3.255))).toBe(3.26); // rounded like the rest
  });

  it('highest is the best score, whenever it was', () => {
    expect(run({ kind: 'highest' }, vals(2, 3.5, 1))).toBe(3.5);
  });

  it('average counts every score the same', () => {
    // (1 + 2 + 2) / 3 = 1.666... -> 1.67
    expect(run({ kind: 'average' }, vals(1, 2, 2))).toBe(1.67);
    // (2.5 + 3.5 + 3.45) / 3 = 9.45 / 3 = 3.15
    expect(run({ kind: 'average' }, vals(2.5, 3.5, 3.45))).toBe(3.15);
  });
});

describe('mode', () => {
  it('is the most frequent value', () => {
    expect(run({ kind: 'mode' }, vals(1, 2, 2, 3))).toBe(2);
    expect(run({ kind: 'mode' }, vals(4))).toBe(4);
  });

  it('breaks a tie toward the value seen most recently', () => {
    // 3 and 2 twice each; 3 was seen last
    expect(run({ kind: 'mode' }, vals(3, 2, 2, 3))).toBe(3);
    expect(run({ kind: 'mode' }, vals(2, 3, 3, 2))).toBe(2);
    // all once: the latest
    expect(run({ kind: 'mode' }, vals(1, 4, 2))).toBe(2);
  });

  it('reads "most recently" in time order, not input order', () => {
    const scores: Score[] = [
      { value: 2, at: '2024-03-04' }, // the latest
      { value: 3, at: '2024-03-01' },
      { value: 3, at: '2024-03-02' },
      { value: 2, at: '2024-03-03' },
    ];
    expect(run({ kind: 'mode' }, scores)).toBe(2);
  });

  it('copes with many distinct values', () => {
    // 40 distinct values once each, then 7 twice, then 9 twice: 9 was seen last
    const many = vals(...Array.from({ length: 40 }, (_, i) => i / 10), 7, 9, 7, 9);
    expect(run({ kind: 'mode' }, many)).toBe(9);
    const manyThrice = vals(...Array.from({ length: 40 }, (_, i) => i / 10), 7, 7, 7, 9, 9);
    expect(run({ kind: 'mode' }, manyThrice)).toBe(7);
  });
});

describe('median_recent', () => {
  const med = (count: number): CalculationMethod => ({ kind: 'median_recent', n: count });

  it('takes the median of the last n', () => {
    // last 3 of 1, 4, 2, 3 are 4, 2, 3 -> sorted 2, 3, 4 -> 3
    expect(run(med(3), vals(1, 4, 2, 3))).toBe(3);
    // n = 1: the latest
    expect(run(med(1), daily(1, 4, 2))).toBe(2);
  });

  it('averages the two middle ones for an even count', () => {
    // all 4: sorted 1, 2, 3, 4 -> (2 + 3) / 2 = 2.5
    expect(run(med(4), vals(1, 4, 2, 3))).toBe(2.5);
    // last 2 of 4, 1, 2.25: (1 + 2.25) / 2 = 1.625 -> 1.63
    expect(run(med(2), vals(4, 1, 2.25))).toBe(1.63);
  });

  it('uses all scores when there are fewer than n', () => {
    // (1 + 4) / 2 = 2.5
    expect(run(med(3), vals(1, 4))).toBe(2.5);
    expect(run(med(20), vals(1, 4, 2))).toBe(2);
  });

  it('takes "last" in time order', () => {
    const scores: Score[] = [
      { value: 1, at: '2024-03-03' },
      { value: 4, at: '2024-03-01' },
      { value: 2, at: '2024-03-02' },
    ];
    // last 2 in time: 2, 1 -> 1.5
    expect(run(med(2), scores)).toBe(1.5);
  });
});

describe('power_law', () => {
  const pl: CalculationMethod = { kind: 'power_law' };

  it('gives the average with fewer than 3 scores', () => {
    expect(run(pl, vals(4))).toBe(4);
    expect(run(pl, vals(2, 3))).toBe(2.5);
  });

  it('fits ln y = ln m + b ln x and predicts at x = count', () => {
    // y = x exactly: b = 1, m = 1, prediction 1 * 3^1 = 3
    expect(run(pl, vals(1, 2, 3))).toBe(3);
    expect(run(pl, vals(1, 2, 3, 4))).toBe(4);
    // flat: b = 0, m = 2 -> 2
    expect(run(pl, vals(2, 2, 2))).toBe(2);
  });

  it('follows a rising series', () => {
    // 2, 3, 4 at x = 1, 2, 3. X = ln x = 0, .693147, 1.098612; Y = ln y = .693147, 1.098612, 1.386294
    // Sx = 1.791759, Sy = 3.178054, Sxx = .480453 + 1.206949 = 1.687402, Sxy = .761500 + 1.522999 = 2.284499
    // b = (3*2.284499 - 1.791759*3.178054) / (3*1.687402 - 1.791759^2) = 1.159191 / 1.851804 = .625980
    // ln m = (3.178054 - .625980*1.791759) / 3 = .685477, m = 1.984730
    // m * 3^b = 1.984730 * 1.989155 = 3.947932 -> 3.95
    expect(run(pl, vals(2, 3, 4))).toBe(3.95);
    // a falling series: 4, 2, 1 -> b = -1.233662, m = 4.178514, 4.178514 * 3^-1.233662 = 1.077496 -> 1.08
    expect(run(pl, vals(4, 2, 1))).toBe(1.08);
  });

  it('clamps to the scale’s highest and lowest points', () => {
    // 1, 3, 4: b = (3*2.284499 - 1.791759*2.484907) / 1.851804 = 1.296652, ln m = .053874, m = 1.055350
    // 1.055350 * 3^1.296652 = 4.385881 > 4, the top of the scale -> 4
    expect(run(pl, vals(1, 3, 4))).toBe(4);
    // 0, 0, 0 count as .1 each: b = 0, m = .1 -> .1 < 1, the bottom of the scale -> 1
    expect(run(pl, vals(0, 0, 0))).toBe(1);
    // on a 0..10 scale the same 1, 3, 4 is not clamped
    const wide: MasteryScale = {
      levels: [
        { points: 10, label: 'Top', color: '#000000' },
        { points: 0, label: 'Bottom', color: '#ffffff' },
      ],
      masteryPoints: 10,
    };
    expect(run(pl, vals(1, 3, 4), wide)).toBe(4.39);
  });

  it('takes the series in time order', () => {
    const scores: Score[] = [
      { value: 4, at: '2024-03-03' },
      { value: 2, at: '2024-03-01' },
      { value: 3, at: '2024-03-02' },
    ];
    expect(run(pl, scores)).toBe(3.95);
  });
});

describe('rollup on large and unusual input', () => {
  it('handles thousands of scores, sorted or not, and then small inputs again', () => {
    const big: Score[] = [];
    for (let i = 0; i < 5000; i++) {
      const day = (i * 7919) % 5000; // a permutation of 0..4999
      big.push({ value: (day % 4) + 1, at: new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10) });
    }
    // the latest day is 4999: 4999 % 4 + 1 = 4
    expect(run({ kind: 'latest' }, big)).toBe(4);
    expect(run({ kind: 'average' }, big)).toBe(2.5);
    // time order cycles 1, 2, 3, 4: last 4 are 1, 2, 3, 4 -> 2.5
    expect(run({ kind: 'median_recent', n: 4 }, big)).toBe(2.5);
    expect(run(DEFAULT_METHOD, daily(2, 3, 4))).toBe(3.53);
  });

  it('ignores NaN and infinite values like nulls', () => {
    expect(run({ kind: 'average' }, vals(NaN, 2, Infinity, 4))).toBe(3);
  });

  it('throws on a method it does not know', () => {
    expect(() => run({ kind: 'nope' } as unknown as CalculationMethod, vals(1))).toThrow(/nope/);
  });
});

describe('levelFor', () => {
  it('gives the level a score is exactly on', () => {
    expect(levelFor(4, scale)?.label).toBe('Exceeds');
    expect(levelFor(3, scale)?.label).toBe('Meets');
    expect(levelFor(2, scale)?.label).toBe('Approaching');
    expect(levelFor(1, scale)?.label).toBe('Beginning');
  });

  it('gives the level at or below a score between levels', () => {
    expect(levelFor(2.99, scale)?.label).toBe('Approaching');
    expect(levelFor(3.5, scale)?.label).toBe('Meets');
    expect(levelFor(1.01, scale)?.label).toBe('Beginning');
  });

  it('gives the lowest level below all and the highest above all', () => {
    expect(levelFor(0.5, scale)?.label).toBe('Beginning');
    expect(levelFor(-3, scale)?.label).toBe('Beginning');
    expect(levelFor(7, scale)?.label).toBe('Exceeds');
  });

  it('gives null for no score', () => {
    expect(levelFor(null, scale)).toBeNull();
    expect(levelFor(3, { levels: [], masteryPoints: 3 })).toBeNull();
  });

  it('does not depend on the order of the levels', () => {
    const reversed: MasteryScale = { ...scale, levels: [...scale.levels].reverse() };
    for (const x of [0, 1, 1.5, 2, 2.5, 3, 3.9, 4, 5]) expect(levelFor(x, reversed)).toBe(levelFor(x, scale));
  });
});

describe('defaults', () => {
  it('has the default scale of DESIGN, valid by its own schema', () => {
    expect(scale.levels.map((l) => [l.points, l.label])).toEqual([
      [4, 'Exceeds'],
      [3, 'Meets'],
      [2, 'Approaching'],
      [1, 'Beginning'],
    ]);
    expect(scale.masteryPoints).toBe(3);
    expect(validateScale(scale)).toEqual({ ok: true, scale });
  });

  it('has distinct colors whose lightness goes steadily one way, so they read in greyscale', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ls = scale.levels.map((l) => luminance(l.color));
    expect(new Set(scale.levels.map((l) => l.color)).size).toBe(4);
    for (let i = 1; i < ls.length; i++) {
      // each step at least 1.3:1 in contrast from the one before
      expect((ls[i]! + 0.05) / (ls[i - 1]! + 0.05)).toBeGreaterThan(1.3);
    }
    // and each color takes either white or black text at 4.5:1 or better
    for (const l of ls) expect(Math.max(1.05 / (l + 0.05), (l + 0.05) / 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('defaults to decaying average 65', () => {
    expect(DEFAULT_METHOD).toEqual({ kind: 'decaying_average', weight: 65 });
    expect(describeMethod(DEFAULT_METHOD)).toBe('Decaying average (65%)');
  });

  it('is exported from shared/index', () => {
    expect(sharedIndex.rollup).toBe(rollup);
    expect(sharedIndex.DEFAULT_SCALE).toBe(DEFAULT_SCALE);
  });
});

describe('METHOD_KINDS and describeMethod', () => {
  it('lists every kind once, with parameters that its schema accepts at the ends and rejects outside', () => {
    const kinds = METHOD_KINDS.map((m) => m.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort()).toEqual(
      ['average', 'decaying_average', 'highest', 'latest', 'median_recent', 'mode', 'n_mastery', 'power_law', 'weighted_average'].sort(),
    );
    for (const m of METHOD_KINDS) {
      expect(m.label.length).toBeGreaterThan(0);
      expect(m.explain.length).toBeGreaterThan(10);
      const p = m.param;
      if (!p) {
        expect(calculationMethodSchema.safeParse({ kind: m.kind }).success).toBe(true);
        continue;
      }
      const at = (v: number) => calculationMethodSchema.safeParse({ kind: m.kind, [p.name]: v }).success;
      expect([at(p.min), at(p.max), at(p.default)]).toEqual([true, true, true]);
      expect([at(p.min - 1), at(p.max + 1)]).toEqual([false, false]);
    }
    expect(METHOD_KINDS.find((m) => m.kind === 'decaying_average')?.param).toMatchObject({ min: 50, max: 99, default: 65 });
    expect(METHOD_KINDS.find((m) => m.kind === 'weighted_average')?.param).toMatchObject({ min: 1, max: 99, default: 65 });
    expect(METHOD_KINDS.find((m) => m.kind === 'n_mastery')?.param).toMatchObject({ min: 1, max: 10, default: 5 });
    expect(METHOD_KINDS.find((m) => m.kind === 'median_recent')?.param).toMatchObject({ min: 1, max: 20, default: 3 });
  });

  it('describes each method in a few words', () => {
    expect(describeMethod({ kind: 'weighted_average', weight: 40 })).toBe('Weighted average (40%)');
    expect(describeMethod({ kind: 'n_mastery', n: 5 })).toBe('Mastery 5 times');
    expect(describeMethod({ kind: 'n_mastery', n: 1 })).toBe('Mastery once');
    expect(describeMethod({ kind: 'median_recent', n: 3 })).toBe('Median of the last 3 scores');
    expect(describeMethod({ kind: 'latest' })).toBe('Most recent score');
    for (const m of METHOD_KINDS) {
      const method = (m.param ? { kind: m.kind, [m.param.name]: m.param.default } : { kind: m.kind }) as CalculationMethod;
      expect(describeMethod(method).length).toBeGreaterThan(0);
    }
  });
});

describe('calculationMethodSchema', () => {
  const ok = (x: unknown) => calculationMethodSchema.safeParse(x).success;
  const message = (x: unknown) => {
    const r = calculationMethodSchema.safeParse(x);
    return r.success ? '' : r.error.issues.map((i) => i.message).join(' | ');
  };

  it('accepts valid methods', () => {
    expect(ok(DEFAULT_METHOD)).toBe(true);
    expect(ok({ kind: 'weighted_average', weight: 1 })).toBe(true);
    expect(ok({ kind: 'mode' })).toBe(true);
  });

  it('rejects out-of-range and fractional parameters in plain words', () => {
    expect(ok({ kind: 'decaying_average', weight: 49 })).toBe(false);
    expect(message({ kind: 'decaying_average', weight: 49 })).toBe('The weight must be at least 50.');
    expect(message({ kind: 'weighted_average', weight: 100 })).toBe('The weight can be at most 99.');
    expect(message({ kind: 'decaying_average', weight: 65.5 })).toBe('The weight must be a whole number from 50 to 99.');
    expect(message({ kind: 'n_mastery', n: 0 })).toBe('The number of times must be at least 1.');
    expect(ok({ kind: 'n_mastery', n: 11 })).toBe(false);
    expect(ok({ kind: 'median_recent', n: 21 })).toBe(false);
    expect(ok({ kind: 'median_recent' })).toBe(false);
    expect(message({ kind: 'median_recent', n: '3' })).toMatch(/whole number from 1 to 20/);
  });

  it('rejects an unknown kind', () => {
    expect(message({ kind: 'best_guess' })).toBe('Choose one of the calculation methods.');
    expect(ok(null)).toBe(false);
  });
});

describe('masteryScaleSchema and validateScale', () => {
  const level = (points: number, label: string, color = '#123456') => ({ points, label, color });
  const errorsOf = (x: unknown) => {
    const r = validateScale(x);
    return r.ok ? [] : r.errors;
  };

  it('accepts a valid custom scale', () => {
    const five = {
      levels: [level(4, 'Expert'), level(3, 'Proficient'), level(2, 'Developing'), level(1, 'Beginning'), level(0, 'No evidence')],
      masteryPoints: 3,
    };
    expect(validateScale(five)).toEqual({ ok: true, scale: five });
    expect(masteryScaleSchema.safeParse(five).success).toBe(true);
    // points may be fractional
    expect(validateScale({ levels: [level(2.5, 'A'), level(0.5, 'B')], masteryPoints: 2.5 }).ok).toBe(true);
  });

  it('says when points do not go down, naming both levels', () => {
    expect(
      errorsOf({
        levels: [level(4, 'Exceeds'), level(3, 'Approaching'), level(3, 'Meets'), level(1, 'Beginning')],
        masteryPoints: 3,
      }),
    ).toEqual(["Points must go down from the top level to the bottom: 'Meets' (3) comes after 'Approaching' (3)."]);
    expect(errorsOf({ levels: [level(1, 'Low'), level(4, 'High')], masteryPoints: 4 })).toEqual([
      "Points must go down from the top level to the bottom: 'High' (4) comes after 'Low' (1).",
    ]);
  });

  it('needs 2 to 10 levels', () => {
    expect(errorsOf({ levels: [level(1, 'Only')], masteryPoints: 1 })).toEqual(['A scale needs at least 2 levels.']);
    const eleven = Array.from({ length: 11 }, (_, i) => level(10 - i, `L${i}`));
    expect(errorsOf({ levels: eleven, masteryPoints: 5 })).toEqual(['A scale can have at most 10 levels.']);
  });

  it('needs names, unique ones', () => {
    expect(errorsOf({ levels: [level(2, 'Good'), level(1, '  ')], masteryPoints: 2 })).toEqual([
      'Level 2: Give each level a name.',
    ]);
    expect(errorsOf({ levels: [level(3, 'Meets'), level(2, 'meets '), level(1, 'Low')], masteryPoints: 3 })).toEqual([
      "Two levels are called 'meets': give each level its own name.",
    ]);
  });

  it('needs #rrggbb colors', () => {
    expect(errorsOf({ levels: [level(2, 'Good', 'green'), level(1, 'Low', '#abc')], masteryPoints: 2 })).toEqual([
      "Level 1 ('Good'): Give each level a color written like #1f7a3a.",
      "Level 2 ('Low'): Give each level a color written like #1f7a3a.",
    ]);
  });

  it('needs mastery to be one of the levels', () => {
    expect(errorsOf({ levels: [level(4, 'High'), level(2, 'Mid'), level(1, 'Low')], masteryPoints: 3 })).toEqual([
      "Mastery (3) must be the points of one of the levels: 4, 2, 1.",
    ]);
  });

  it('says what is missing from something that is not a scale at all', () => {
    expect(errorsOf(null)).toEqual(['A scale needs a list of levels and the points that count as mastery.']);
    expect(errorsOf({ levels: 'four', masteryPoints: 3 })).toEqual(['A scale needs a list of levels.']);
    expect(errorsOf({ levels: [level(2, 'A'), { label: 'B', color: '#000000' }], masteryPoints: 2 })).toEqual([
      "Level 2 ('B'): Give each level its points as a number.",
    ]);
  });
});

describe('cut scores', () => {
  it('maps percents to points at the boundaries', () => {
    expect(percentToPoints(100, DEFAULT_CUT_SCORES)).toBe(4);
    expect(percentToPoints(90, DEFAULT_CUT_SCORES)).toBe(4);
    expect(percentToPoints(89.99, DEFAULT_CUT_SCORES)).toBe(3);
    expect(percentToPoints(75, DEFAULT_CUT_SCORES)).toBe(3);
    expect(percentToPoints(74.99, DEFAULT_CUT_SCORES)).toBe(2);
    expect(percentToPoints(50, DEFAULT_CUT_SCORES)).toBe(2);
    expect(percentToPoints(49.99, DEFAULT_CUT_SCORES)).toBe(1);
    expect(percentToPoints(0, DEFAULT_CUT_SCORES)).toBe(1);
  });

  it('gives the lowest cut’s points below every cut', () => {
    expect(percentToPoints(-5, DEFAULT_CUT_SCORES)).toBe(1);
    expect(percentToPoints(10, [{ minPercent: 80, points: 3 }, { minPercent: 20, points: 2 }])).toBe(2);
    expect(percentToPoints(NaN, DEFAULT_CUT_SCORES)).toBe(1);
    expect(() => percentToPoints(50, [])).toThrow();
  });

  it('validates cut scores against a scale', () => {
    const schema = cutScoresSchema(DEFAULT_SCALE);
    const messages = (x: unknown) => {
      const r = schema.safeParse(x);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(schema.safeParse(DEFAULT_CUT_SCORES).success).toBe(true);
    expect(schema.safeParse([{ minPercent: 0, points: 2 }]).success).toBe(true);
    expect(messages([])).toEqual(['Add at least one cut score.']);
    expect(messages([{ minPercent: 80, points: 4 }, { minPercent: 80, points: 3 }, { minPercent: 0, points: 1 }])).toEqual([
      'Percents must go down from the top cut to the bottom: 80% comes after 80%.',
    ]);
    expect(messages([{ minPercent: 90, points: 4 }, { minPercent: 10, points: 1 }])).toEqual([
      'The last cut must start at 0% so every score gets points (it starts at 10%).',
    ]);
    expect(messages([{ minPercent: 101, points: 4 }, { minPercent: 0, points: 1 }])).toEqual(['A percent cannot be above 100.']);
    expect(messages([{ minPercent: 50, points: 5 }, { minPercent: -1, points: 1 }])).toEqual([
      '5 is not the points of a level on this scale (4, 3, 2, 1).',
      'A percent cannot be below 0.',
    ]);
  });
});

// ---- properties ----

const BASE = Date.UTC(2024, 0, 1);
const MINUTE = 60_000;

/** A score value on or around the default scale: whole, half, or any number in 0..4. */
const valueArb = fc.oneof(
  fc.integer({ min: 0, max: 4 }),
  fc.integer({ min: 0, max: 8 }).map((h) => h / 2),
  fc.double({ min: 0, max: 4, noNaN: true, noDefaultInfinity: true }),
);

/** An instant written as a date (when it is a midnight), a canonical timestamp, or another ISO spelling. */
function formatInstant(ms: number, style: number): string {
  const iso = new Date(ms).toISOString();
  if (style === 0 && ms % 86_400_000 === 0) return iso.slice(0, 10);
  if (style === 1) return iso.slice(0, 19) + 'Z';
  if (style === 2) return iso.slice(0, 19) + '+00:00';
  return iso;
}

const atArb = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 30 }).map((d) => formatInstant(BASE + d * 86_400_000, 0)),
  fc
    .tuple(fc.integer({ min: 0, max: 30 * 24 * 60 }), fc.integer({ min: 0, max: 3 }))
    .map(([m, style]) => formatInstant(BASE + m * MINUTE, style)),
);

const scoreArb: fc.Arbitrary<Score> = fc.record({ value: valueArb, at: atArb }, { requiredKeys: ['value'] });

const methodArb: fc.Arbitrary<CalculationMethod> = fc.oneof(
  fc.integer({ min: 50, max: 99 }).map((weight) => ({ kind: 'decaying_average' as const, weight })),
  fc.integer({ min: 1, max: 99 }).map((weight) => ({ kind: 'weighted_average' as const, weight })),
  fc.integer({ min: 1, max: 10 }).map((n) => ({ kind: 'n_mastery' as const, n })),
  fc.constantFrom<CalculationMethod>({ kind: 'latest' }, { kind: 'highest' }, { kind: 'average' }, { kind: 'mode' }, { kind: 'power_law' }),
  fc.integer({ min: 1, max: 20 }).map((n) => ({ kind: 'median_recent' as const, n })),
);

/** Straightforward reference implementation of DESIGN's rules, to check the optimised one against. */
function reference(scores: Score[], method: CalculationMethod, s: MasteryScale): number | null {
  const time = (at: string | undefined) => {
    if (!at) return -Infinity;
    const t = Date.parse(/T\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(at) ? at + 'Z' : at);
    return Number.isNaN(t) ? -Infinity : t;
  };
  const ys = scores
    .map((sc, i) => ({ v: sc.value, t: time(sc.at), i }))
    .filter((x): x is { v: number; t: number; i: number } => x.v !== null && Number.isFinite(x.v))
    .sort((a, b) => (a.t === b.t ? a.i - b.i : a.t < b.t ? -1 : 1))
    .map((x) => x.v);
  if (ys.length === 0) return null;
  const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const last = ys[ys.length - 1]!;
  let r: number;
  switch (method.kind) {
    case 'latest':
      r = last;
      break;
    case 'highest':
      r = Math.max(...ys);
      break;
    case 'average':
      r = avg(ys);
      break;
    case 'weighted_average':
      r = ys.length === 1 ? last : (last * method.weight) / 100 + (avg(ys.slice(0, -1)) * (100 - method.weight)) / 100;
      break;
    case 'decaying_average': {
      if (ys.length === 1) r = last;
      else {
        const w = method.weight;
        let d = (ys[0]! * (100 - w)) / 100 + (ys[1]! * w) / 100;
        for (const y of ys.slice(2)) d = (d * (100 - w)) / 100 + (y * w) / 100;
        r = d;
      }
      break;
    }
    case 'n_mastery': {
      const ok = ys.filter((y) => y >= s.masteryPoints);
      if (ys.length < method.n || ok.length < method.n) return null;
      r = avg(ok);
      break;
    }
    case 'mode': {
      const seen = new Map<number, { count: number; lastAt: number }>();
      ys.forEach((y, i) => seen.set(y, { count: (seen.get(y)?.count ?? 0) + 1, lastAt: i }));
      r = [...seen.entries()].sort((a, b) => b[1].count - a[1].count || b[1].lastAt - a[1].lastAt)[0]![0];
      break;
    }
    case 'median_recent': {
      const recent = ys.slice(-method.n).sort((a, b) => a - b);
      const k = recent.length;
      r = k % 2 ? recent[(k - 1) / 2]! : (recent[k / 2 - 1]! + recent[k / 2]!) / 2;
      break;
    }
    case 'power_law': {
      if (ys.length < 3) {
        r = avg(ys);
        break;
      }
      const n = ys.length;
      const X = ys.map((_, i) => Math.log(i + 1));
      const Y = ys.map((y) => Math.log(Math.max(y, 0.1)));
      const sx = X.reduce((a, b) => a + b, 0);
      const sy = Y.reduce((a, b) => a + b, 0);
      const sxx = X.reduce((a, x) => a + x * x, 0);
      const sxy = X.reduce((a, x, i) => a + x * Y[i]!, 0);
      const b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
      const m = Math.exp((sy - b * sx) / n);
      const pts = s.levels.map((l) => l.points);
      r = Math.min(Math.max(m * n ** b, Math.min(...pts)), Math.max(...pts));
      break;
    }
  }
  return roundHalfUp2(r);
}

describe('rollup properties', () => {
  it('agrees with a straightforward reference implementation', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(scoreArb, fc.constant<Score>({ value: null })), { maxLength: 40 }), methodArb, (scores, method) => {
        const got = run(method, scores);
        const want = reference(scores, method, scale);
        if (got === null || want === null) expect(got).toBe(want);
        else expect(got).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every averaging method within the lowest and highest score', () => {
    const averaging = methodArb.filter((m) => m.kind !== 'n_mastery' && m.kind !== 'power_law');
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: 1, maxLength: 30 }), averaging, (scores, method) => {
        const values = scores.map((x) => x.value as number);
        const r = run(method, scores)!;
        expect(r).toBeGreaterThanOrEqual(Math.min(...values) - 0.005);
        expect(r).toBeLessThanOrEqual(Math.max(...values) + 0.005);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps power_law within the scale, and within the scores when there are fewer than 3', () => {
    const onScale = fc.record({ value: fc.double({ min: 1, max: 4, noNaN: true }), at: atArb }, { requiredKeys: ['value'] });
    fc.assert(
      fc.property(fc.array(onScale, { minLength: 1, maxLength: 30 }), (scores) => {
        const r = run({ kind: 'power_law' }, scores)!;
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(4);
        if (scores.length < 3) {
          const values = scores.map((x) => x.value as number);
          expect(r).toBeGreaterThanOrEqual(Math.min(...values) - 0.005);
          expect(r).toBeLessThanOrEqual(Math.max(...values) + 0.005);
        }
      }),
    );
  });

  it('is not changed by null scores inserted anywhere', () => {
    const nullScore: fc.Arbitrary<Score> = fc.record({ value: fc.constant(null), at: atArb }, { requiredKeys: ['value'] });
    fc.assert(
      fc.property(
        fc.array(scoreArb, { maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), nullScore), { maxLength: 10 }),
        methodArb,
        (scores, inserts, method) => {
          const withNulls = [...scores];
          for (const [pos, n] of inserts) withNulls.splice(pos % (withNulls.length + 1), 0, n);
          expect(run(method, withNulls)).toBe(run(method, scores));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is not changed by shuffling scores that all have distinct times', () => {
    const distinct = fc
      .uniqueArray(fc.integer({ min: 0, max: 60 * 24 * 60 }), { minLength: 1, maxLength: 25 })
      .chain((minutes) =>
        fc.tuple(
          ...minutes.map((m) =>
            fc.tuple(valueArb, fc.integer({ min: 0, max: 3 })).map(([value, style]): Score => {
              // whole days sometimes, so plain dates mix with timestamps
              const ms = style === 0 ? BASE + (m % 60) * 86_400_000 + 86_400_000 * 100 : BASE + m * MINUTE;
              return { value, at: formatInstant(ms, style) };
            }),
          ),
        ),
      )
      .filter((scores) => new Set(scores.map((s) => Date.parse(s.at!.replace('+00:00', 'Z')))).size === scores.length);
    fc.assert(
      fc.property(
        distinct.chain((scores) => fc.tuple(fc.constant(scores), fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length }))),
        methodArb,
        ([scores, shuffled], method) => {
          expect(run(method, shuffled)).toBe(run(method, scores));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('among equal times, goes by input order', () => {
    const sameTime = fc.constantFrom('2024-05-01', '2024-05-01T00:00:00Z', '2024-05-01T00:00:00.000Z', '2024-05-01T02:00:00+02:00');
    fc.assert(
      fc.property(fc.array(fc.tuple(valueArb, sameTime), { minLength: 1, maxLength: 20 }), methodArb, (pairs, method) => {
        const dated = pairs.map(([value, at]): Score => ({ value, at }));
        const undated = pairs.map(([value]): Score => ({ value }));
        // the same as if there were no dates at all: input order throughout
        expect(run(method, dated)).toBe(run(method, undated));
        if (method.kind === 'latest') expect(run(method, dated)).toBe(roundHalfUp2(pairs[pairs.length - 1]![0]));
      }),
      { numRuns: 500 },
    );
  });

  it('latest returns the last given of the equal-dated latest scores', () => {
    fc.assert(
      fc.property(fc.array(valueArb, { minLength: 1, maxLength: 10 }), fc.array(valueArb, { maxLength: 10 }), (latestDay, earlier) => {
        const scores: Score[] = [
          ...latestDay.map((value) => ({ value, at: '2024-06-02' })),
          ...earlier.map((value) => ({ value, at: '2024-06-01' })),
        ];
        expect(run({ kind: 'latest' }, scores)).toBe(roundHalfUp2(latestDay[latestDay.length - 1]!));
      }),
    );
  });
});
