// How Blendwise writes numbers and dates for a teacher: one rule, used by every screen, print and
// export (DESIGN.md, "Mastery": "Every screen writes levels through one formatting rule").
import { roundHalfUp2 } from './mastery/round';

/** What a screen shows where there is no level (no scores, or a method without a result yet). */
export const NO_LEVEL = '–';

/**
 * A level, rollup, target or expected level as a teacher reads it: rounded to 2 decimals half up
 * on the decimal value (roundHalfUp2: 1.005 -> "1.01", 3.475 -> "3.48", 2.125 -> "2.13"), written
 * with as few digits as it needs, never trailing zeros ("3", "2.5", "2.65"). `null`, `undefined`
 * and non-finite values are `empty` ("–" unless given).
 */
export function formatLevel(x: number | null | undefined, empty: string = NO_LEVEL): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return empty;
  const r = roundHalfUp2(x);
  return String(r === 0 ? 0 : r); // no "-0"
}

/**
 * A mean of levels (a group's, a skill column's): the same rule as formatLevel, so a group mean of
 * 1.005 reads "1.01" on every screen, and a mean equal to a student's level reads the same.
 */
export function formatMean(x: number | null | undefined, empty: string = NO_LEVEL): string {
  return formatLevel(x, empty);
}

/**
 * How a date is written for a teacher:
 * - 'short': "12 Dec" (axes, within a year)
 * - 'medium': "12 Dec 2025" (lists, tables)
 * - 'weekday': "Fri 12 Dec"
 * - 'weekdayYear': "Fri 12 Dec 2025"
 * - 'long': "Friday 12 December" (sheets handed to students)
 * - 'longYear': "12 December 2025" (printed headers)
 */
export type DateStyle = 'short' | 'medium' | 'weekday' | 'weekdayYear' | 'long' | 'longYear';

// English names, as date-fns's default locale writes them ('MMM' is "Sep", 'EEE' is "Wed"). Written
// out here rather than through date-fns's pattern engine, which would weigh on every first screen.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function written(d: Date, style: DateStyle): string {
  const day = d.getDate();
  const month = MONTHS[d.getMonth()]!;
  const weekday = WEEKDAYS[d.getDay()]!;
  const year = String(d.getFullYear()).padStart(4, '0');
  switch (style) {
    case 'short':
      return `${day} ${month.slice(0, 3)}`;
    case 'medium':
      return `${day} ${month.slice(0, 3)} ${year}`;
    case 'weekday':
      return `${weekday.slice(0, 3)} ${day} ${month.slice(0, 3)}`;
    case 'weekdayYear':
      return `${weekday.slice(0, 3)} ${day} ${month.slice(0, 3)} ${year}`;
    case 'long':
      return `${weekday} ${day} ${month}`;
    case 'longYear':
      return `${day} ${month} ${year}`;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** A stored 'YYYY-MM-DD' as that local day, or an ISO date-time; null for anything else (2026-02-30 included). */
function readDate(text: string): Date | null {
  const day = DAY.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]) - 1, Number(day[3])];
    const date = new Date(2000, 0, 1);
    date.setFullYear(y, m, d);
    return date.getFullYear() === y && date.getMonth() === m && date.getDate() === d ? date : null;
  }
  if (!DATE_TIME.test(text)) return null;
  const date = new Date(text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A date as a teacher reads it (see DateStyle). Takes a stored 'YYYY-MM-DD' (that local day), an
 * ISO date-time, a time in ms or a Date. Text that is not a date comes back as it is, so a bad
 * stored value shows rather than "Invalid Date"; a bad time or Date gives "".
 */
export function formatDate(date: string | number | Date, style: DateStyle = 'medium'): string {
  if (typeof date === 'string') {
    const d = readDate(date);
    return d ? written(d, style) : date;
  }
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? '' : written(d, style);
}
