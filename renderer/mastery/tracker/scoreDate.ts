// The day the tracker dates new scores with. Pure, so the rules are unit-tested.
import { differenceInCalendarDays } from 'date-fns';
import { formatDate } from '../../../shared/format';

export type ScoreDateCheck = { ok: true; date: string } | { ok: false; message: string };

// The tracker asks about the same one or two days on every render (each score typed): parsing
// them once keeps date-fns out of the keystroke.
const readDays = new Map<string, Date | null>();

/** A real 'YYYY-MM-DD' day as a local date; null for anything else (2026-02-30 included). */
function readDay(text: string): Date | null {
  const known = readDays.get(text);
  if (known !== undefined) return known;
  let day: Date | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    // Built by hand rather than with date-fns's parse, whose pattern engine would weigh on the
    // tracker's first load; a day that does not exist (2026-02-30) rolls over and is refused.
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(2000, 0, 1);
    date.setFullYear(y, m - 1, d);
    day = date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
  }
  if (readDays.size > 64) readDays.clear();
  readDays.set(text, day);
  return day;
}

/** 'Fri 20 Nov', with the year when it is not this year's: a teacher checks the weekday first. */
export function scoreDayLabel(date: string, today: string): string {
  const d = readDay(date);
  if (!d) return date;
  return formatDate(d, date.slice(0, 4) === today.slice(0, 4) ? 'weekday' : 'weekdayYear');
}

/** '(yesterday)', '(5 days ago)': how far back an earlier day is, so a slip of a week stands out. */
export function daysAgoLabel(date: string, today: string): string {
  const d = readDay(date);
  const t = readDay(today);
  if (!d || !t) return '';
  const days = differenceInCalendarDays(t, d);
  if (days <= 0) return '';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** Whether new scores can be dated `text`: a real day, today or earlier. Says what is wrong in plain words. */
export function checkScoreDate(text: string, today: string): ScoreDateCheck {
  const date = text.trim();
  if (date === '') return { ok: false, message: 'Pick the day these scores are from.' };
  if (!readDay(date)) return { ok: false, message: 'That is not a date. Pick the day from the calendar.' };
  if (date > today)
    return {
      ok: false,
      message: `Scores cannot be dated in the future. Pick today (${scoreDayLabel(today, today)}) or an earlier day.`,
    };
  return { ok: true, date };
}

/** A day the teacher chose, and the day they chose it on. */
export type ChosenScoreDate = { date: string; chosenOn: string };

/**
 * The date the tracker shows and enters with: the chosen one only on the day it was chosen, so a
 * teacher who comes back the next morning is on today again without having to notice.
 */
export function scoreDateFor(chosen: ChosenScoreDate | undefined, today: string): string {
  return chosen && chosen.chosenOn === today ? chosen.date : today;
}
