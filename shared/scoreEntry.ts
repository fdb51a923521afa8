import { percentToPoints, scaleRange, type CutScores, type MasteryScale } from './mastery';

export type ParsedEntry = { ok: true; score: number; raw?: string } | { ok: false; message: string };

/**
 * What a teacher types for one score: a value on the scale ("3", "2.5"), a percent ("85%"), or
 * points out of a total ("18/20"); percents and points become levels through the class's cut scores.
 */
export function parseScoreEntry(text: string, scale: MasteryScale, cuts: CutScores): ParsedEntry {
  const t = text.trim().replace(',', '.');
  const { min, max } = scaleRange(scale);
  const outOf = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(t);
  if (outOf) {
    const got = Number(outOf[1]);
    const total = Number(outOf[2]);
    if (total <= 0) return { ok: false, message: `"${text}": the total after the slash must be more than 0.` };
    if (got > total) return { ok: false, message: `"${text}": the points are more than the total.` };
    return { ok: true, score: percentToPoints((got / total) * 100, cuts), raw: `${outOf[1]}/${outOf[2]}` };
  }
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (percent) {
    const p = Number(percent[1]);
    if (p > 100) return { ok: false, message: `"${text}": a percent goes up to 100.` };
    return { ok: true, score: percentToPoints(p, cuts), raw: `${percent[1]}%` };
  }
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) {
    return { ok: false, message: `"${text}" is not a score: type a number from ${min} to ${max}, a percent like 85%, or points like 18/20.` };
  }
  const value = Number(t);
  if (value < min || value > max) {
    return { ok: false, message: `${t} is off the scale: scores go from ${min} to ${max}. For a percent, type 85%.` };
  }
  return { ok: true, score: value };
}
