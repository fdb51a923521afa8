// Reading one cell of a results file: a date, or a score written as a level, a percent or points.
import { percentToPoints, scaleRange, type CutScores, type MasteryScale } from '../mastery/scale';
import { tidy } from './headers';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0))) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * 'YYYY-MM-DD' from the ways spreadsheets write dates: ISO (with or without a time after it),
 * 'M/D/YYYY' (or 'D/M/YYYY' when the first number cannot be a month), 'D.M.YYYY', and Excel's
 * day numbers. `null` when it cannot be read.
 */
export function parseDate(text: string): string | null {
  const t = tidy(text);
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:[ ,T].*)?$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 && b <= 12 ? isoDate(fullYear(m[3]!), b, a) : isoDate(fullYear(m[3]!), a, b);
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:[ ,T].*)?$/.exec(t);
  if (m) return isoDate(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  // Excel's serial day numbers (1 = 1900-01-01, with its phantom 29 February 1900).
  m = /^(\d{5})(?:\.\d+)?$/.exec(t);
  if (m && Number(m[1]) >= 20000 && Number(m[1]) <= 80000) {
    return new Date(Date.UTC(1899, 11, 30) + Number(m[1]) * 86_400_000).toISOString().slice(0, 10);
  }
  return null;
}

/** A plain number, with a decimal point or comma ("2.5", "2,5"); NaN otherwise. */
export function parseNumber(text: string): number {
  const t = tidy(text).replace(/^\+/, '');
  if (!/^-?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return NaN;
  return Number(t.replace(',', '.'));
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const fmt = (x: number) => String(round6(x));

/** What gradebooks write for "no score here" (excused, absent, not done). */
const NO_SCORE = new Set([
  'ex',
  'exc',
  'excused',
  'abs',
  'absent',
  'na',
  'n/a',
  '-',
  '–',
  '—',
  'missing',
  'incomplete',
  'inc',
]);

export type ScoreScale = { scale: MasteryScale; cutScores: CutScores };

/** How a cell was read: `score` on the class scale with the text it came from, or why not. */
export type ReadScore =
  | { kind: 'score'; score: number; raw: string }
  | { kind: 'blank' }
  | { kind: 'not-scored'; text: string }
  | { kind: 'error'; message: string };

/** `as` is what a plain number in the cell means: a score on the scale, a percent, or points. */
export function readScore(
  text: string,
  as: 'score' | 'percent' | 'points',
  ctx: ScoreScale,
  pointsPossible = '',
): ReadScore {
  const t = tidy(text);
  if (t === '') return { kind: 'blank' };
  if (NO_SCORE.has(t.toLowerCase())) return { kind: 'not-scored', text: t };

  const fromPercent = (percent: number, raw: string): ReadScore => {
    if (!(percent >= 0 && percent <= 100)) {
      return {
        kind: 'error',
        message: `${raw} is not a percent from 0 to 100: fix the score, or leave the row out.`,
      };
    }
    if (ctx.cutScores.length === 0) {
      return {
        kind: 'error',
        message:
          'This class has no cut scores to turn percents into levels: set them under Mastery settings.',
      };
    }
    return { kind: 'score', score: percentToPoints(round6(percent), ctx.cutScores), raw };
  };
  const fromPoints = (points: number, possible: number): ReadScore => {
    const raw = `${fmt(points)}/${fmt(possible)}`;
    if (!(possible > 0) || !(points >= 0)) {
      return {
        kind: 'error',
        message: `${raw} cannot be read as points out of a total: fix the score, or leave the row out.`,
      };
    }
    if (points > possible) {
      return {
        kind: 'error',
        message: `${raw} is more points than the total: fix the score, or leave the row out.`,
      };
    }
    return fromPercent((points * 100) / possible, raw);
  };

  const fraction = /^(.+?)\s*\/\s*(.+)$/.exec(t);
  if (fraction) {
    const points = parseNumber(fraction[1]!);
    const possible = parseNumber(fraction[2]!);
    if (!Number.isNaN(points) && !Number.isNaN(possible)) return fromPoints(points, possible);
  }
  const percent = /^(.+?)\s*%$/.exec(t);
  if (percent) {
    const value = parseNumber(percent[1]!);
    if (!Number.isNaN(value)) return fromPercent(value, `${fmt(value)}%`);
  }
  const value = parseNumber(t);
  const { min, max } = scaleRange(ctx.scale);
  if (!Number.isNaN(value)) {
    if (as === 'percent') return fromPercent(value, `${fmt(value)}%`);
    if (as === 'points') {
      const possible = parseNumber(pointsPossible);
      if (!Number.isNaN(possible)) return fromPoints(value, possible);
      return {
        kind: 'error',
        message: `${t} points, out of how many? Choose the "Points possible" column, or write the score as ${t}/20.`,
      };
    }
    if (value >= min && value <= max) return { kind: 'score', score: value, raw: '' };
    return {
      kind: 'error',
      message:
        `${t} is outside the class scale (${fmt(min)} to ${fmt(max)}): if it is a percent, write ${t}% ` +
        `or choose the column as "Percent"; if it is points, write them as ${t}/20.`,
    };
  }
  // A level's name ("Meets") stands for its points.
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const level = ctx.scale.levels.find((l) => fold(l.label.trim()) === fold(t));
  if (level) return { kind: 'score', score: level.points, raw: '' };
  return {
    kind: 'error',
    message: `"${t}" cannot be read as a score: write a level from ${fmt(min)} to ${fmt(max)}, a percent like 85%, or points like 18/20.`,
  };
}
