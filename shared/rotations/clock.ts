// Clock times for rotations: 'HH:mm' in, 'HH:mm' out, with date-fns doing the arithmetic on a
// fixed reference day. Internal to shared/rotations.

import { addMinutes, differenceInCalendarDays, format, isValid, parse } from 'date-fns';

/** 24-hour 'HH:mm'; a one-digit hour ('9:05') is read too, since teachers type it. */
const CLOCK = /^([01]?\d|2[0-3]):[0-5]\d$/;

/** Local midnight of a day with no daylight-saving change anywhere, so minutes add up plainly. */
const REFERENCE_DAY = new Date(2000, 0, 3);

/** The clock time on the reference day, or null when the text is not a 24-hour 'HH:mm'. */
export function readClock(text: unknown): Date | null {
  if (typeof text !== 'string' || !CLOCK.test(text.trim())) return null;
  const at = parse(text.trim(), 'H:mm', REFERENCE_DAY);
  return isValid(at) ? at : null;
}

/** 'HH:mm' of a time `minutes` after `from`, and whether it has passed midnight. */
export function clockAfter(from: Date, minutes: number): { clock: string; pastMidnight: boolean } {
  const at = addMinutes(from, minutes);
  return { clock: format(at, 'HH:mm'), pastMidnight: differenceInCalendarDays(at, REFERENCE_DAY) > 0 };
}
