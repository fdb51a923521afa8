// Pure helpers behind a goal's check-ins: the words for confidence, the order of the list and the
// checks on the check-in form. No Dexie and no React.
import { addDays, format, isValid, parseISO } from 'date-fns';
import { formatDate, type CheckIn } from '../../../shared';
import type { CheckInDraft } from '../../db/goals';

export type Confidence = 1 | 2 | 3 | 4;

/** How confident the student says they are, in their words rather than a bare number. */
export const CONFIDENCE_WORDS: Record<Confidence, string> = {
  1: 'Not yet confident',
  2: 'A little confident',
  3: 'Mostly confident',
  4: 'Very confident',
};

export const CONFIDENCE_LEVELS: readonly Confidence[] = [1, 2, 3, 4];

/** What the check-in form edits: text as typed, the confidence as picked (null: not asked). */
export type CheckInValues = {
  date: string;
  teacherNote: string;
  reflection: string;
  confidence: Confidence | null;
  nextDate: string;
};

export type CheckInErrors = Partial<Record<'date' | 'nextDate', string>>;

const YMD = /^\d{4}-\d{2}-\d{2}$/;

function realDate(text: string): boolean {
  return YMD.test(text) && isValid(parseISO(text));
}

/** '2026-11-02' as a teacher reads it: '2 Nov 2026' (the stored text if it is not a date). */
export function longDate(date: string): string {
  return formatDate(date, 'medium');
}

/** A week after `date` ('YYYY-MM-DD'), the usual gap to the next check-in. */
export function weekAfter(date: string): string {
  const d = parseISO(date);
  return isValid(d) ? format(addDays(d, 7), 'yyyy-MM-dd') : '';
}

export function blankCheckIn(today: string): CheckInValues {
  return { date: today, teacherNote: '', reflection: '', confidence: null, nextDate: weekAfter(today) };
}

export function checkInValues(c: CheckIn): CheckInValues {
  return {
    date: c.date,
    teacherNote: c.teacherNote,
    reflection: c.reflection,
    confidence: c.confidence,
    nextDate: c.nextDate ?? '',
  };
}

/**
 * Checks the form: a real date is needed; the next check-in may be left empty, but when given it is
 * a real date on or after this one. Returns the messages in plain words, or the draft to store.
 */
export function checkCheckIn(
  goalId: string,
  v: CheckInValues,
): { ok: true; draft: CheckInDraft } | { ok: false; errors: CheckInErrors } {
  const errors: CheckInErrors = {};
  const date = v.date.trim();
  const next = v.nextDate.trim();
  if (date === '') errors.date = 'Give the date of the check-in.';
  else if (!realDate(date)) errors.date = 'The date is not a real date: pick it from the calendar.';
  if (next !== '' && !realDate(next)) errors.nextDate = 'The next check-in is not a real date: pick it from the calendar, or leave it empty.';
  else if (next !== '' && !errors.date && next < date) {
    errors.nextDate = `The next check-in cannot be before this one (${longDate(date)}).`;
  }
  if (errors.date || errors.nextDate) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      goalId,
      date,
      teacherNote: v.teacherNote.trim(),
      reflection: v.reflection.trim(),
      confidence: v.confidence,
      nextDate: next === '' ? null : next,
    },
  };
}

/** Newest first; check-ins on the same day keep a steady order (by id), so the list never jumps. */
export function newestFirst(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
