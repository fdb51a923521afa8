// Pure helpers behind the student profile: the points of each skill's plot, the order of the
// evidence table, and the checks on the evidence form. No Dexie and no React, so they stay simple.
import { isValid, parseISO } from 'date-fns';
import {
  formatLevel,
  levelFor,
  rollup,
  scaleRange,
  type CalculationMethod,
  type Evidence,
  type MasteryLevel,
  type MasteryScale,
  type Score,
} from '../../../shared';

/** One score on a skill's plot, with the rolled-up value after it. */
export type SeriesPoint = {
  id: string;
  date: string;
  /** the date as a time (ms), for the plot's time axis */
  t: number;
  score: number;
  level: MasteryLevel | null;
  /** the rolled-up value of every score up to and including this one (same method) */
  rollup: number | null;
};

/** Time of an evidence date ('YYYY-MM-DD' is that day's local midnight); NaN when unreadable. */
export function dateTime(date: string): number {
  const d = parseISO(date);
  return isValid(d) ? d.getTime() : NaN;
}

/** Oldest first the way rollup reads them: by date, then in the order they were recorded. */
export function oldestFirst<T extends Pick<Evidence, 'date' | 'createdAt'>>(evidence: readonly T[]): T[] {
  return [...evidence].sort((a, b) => {
    const ta = dateTime(a.date);
    const tb = dateTime(b.date);
    const ka = Number.isNaN(ta) ? -Infinity : ta;
    const kb = Number.isNaN(tb) ? -Infinity : tb;
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
  });
}

/** For the evidence table: newest first, the latest recorded first within a day. */
export function newestFirst<T extends Pick<Evidence, 'date' | 'createdAt'>>(evidence: readonly T[]): T[] {
  return oldestFirst(evidence).reverse();
}

/**
 * The scored evidence on one skill in time order, each with the rolled-up value of the scores up
 * to and including it. Scores without a readable date still count towards the rollup but are not
 * plotted (they have no place on a time axis).
 */
export function skillSeries(
  evidence: readonly Pick<Evidence, 'id' | 'score' | 'date' | 'createdAt'>[],
  method: CalculationMethod,
  scale: MasteryScale,
): SeriesPoint[] {
  const ordered = oldestFirst(evidence.filter((e) => e.score !== null && Number.isFinite(e.score)));
  const scores: Score[] = [];
  const points: SeriesPoint[] = [];
  for (const e of ordered) {
    const score = e.score as number;
    scores.push({ value: score, at: e.date });
    const t = dateTime(e.date);
    if (Number.isNaN(t)) continue;
    points.push({
      id: e.id,
      date: e.date,
      t,
      score,
      level: levelFor(score, scale),
      rollup: rollup(scores, method, scale),
    });
  }
  return points;
}


/** A value as a teacher reads it: 3, 2.5, 3.48, 1.01 (the one rule of shared/format). */
export function formatValue(value: number): string {
  return formatLevel(value);
}

// ---- colour: the chip's text is white or dark, whichever reads better on the level's colour ----

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return 1;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => channel(parseInt(x ?? '0', 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const DARK = '#1d2430';

/** The text colour for a chip on `background`: white or the ink colour, whichever contrasts more. */
export function textOn(background: string): string {
  const l = luminance(background);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance(DARK) + 0.05);
  return onWhite >= onDark ? '#ffffff' : DARK;
}

// ---- the evidence form ----

export type EvidenceDraft = { skillId: string; score: string; date: string; source: string; note: string };
export type EvidenceErrors = Partial<Record<keyof EvidenceDraft, string>>;
export type CheckedEvidence = { skillId: string; score: number; date: string; source: string; note: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the form and says what is wrong in plain words; the cleaned values when all is well. */
export function checkEvidence(
  draft: EvidenceDraft,
  scale: MasteryScale,
  skillIds: readonly string[],
): { ok: true; value: CheckedEvidence } | { ok: false; errors: EvidenceErrors } {
  const errors: EvidenceErrors = {};
  const { min, max } = scaleRange(scale);
  if (!skillIds.includes(draft.skillId)) errors.skillId = 'Choose the skill this score is for.';
  const text = draft.score.trim();
  const score = Number(text);
  if (text === '') errors.score = `Give a score from ${min} to ${max}.`;
  else if (!Number.isFinite(score)) errors.score = `The score must be a number from ${min} to ${max}.`;
  else if (score < min || score > max)
    errors.score = `The score must be from ${min} to ${max} on this class's scale.`;
  const date = draft.date.trim();
  if (date === '') errors.date = 'Give the date of the work.';
  else if (!ISO_DATE.test(date) || Number.isNaN(dateTime(date)))
    errors.date = 'Give a real date, like 2026-11-02.';
  if (draft.source.length > 200) errors.source = 'Keep the source under 200 characters.';
  if (draft.note.length > 2000) errors.note = 'Keep the note under 2,000 characters.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { skillId: draft.skillId, score, date, source: draft.source.trim(), note: draft.note.trim() },
  };
}
