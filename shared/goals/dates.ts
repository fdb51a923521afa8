// Calendar days for goals: dates become whole day numbers (days since 1970-01-01, UTC), so
// "on or before today", "after the due date" and "days into the goal" are plain comparisons and
// differences of integers, the same in every time zone. Internal to shared/goals.

const DAY_MS = 86_400_000;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^[+-]?\d{4,6}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day number of a real 'YYYY-MM-DD' date; NaN for anything else (2024-02-30 included). */
export function ymdDay(text: unknown): number {
  if (typeof text !== 'string') return NaN;
  const m = YMD.exec(text);
  if (!m) return NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/**
 * The calendar day of a date or date-time, as a day number; NaN when there is none (undated) or it
 * cannot be read (2024-02-30 cannot). 'YYYY-MM-DD' is that day; a date-time is the UTC day of its instant (one without
 * a zone is read as UTC, as rollup() does), so scores sort into days the way they sort in time.
 */
export function dayNumber(at: unknown): number {
  if (typeof at !== 'string' || at === '') return NaN;
  const exact = ymdDay(at);
  if (!Number.isNaN(exact)) return exact;
  // Date.parse would roll 2024-02-30 over into March: a date part must be a real date.
  if (/^\d{4}-\d\d-\d\d/.test(at) && Number.isNaN(ymdDay(at.slice(0, 10)))) return NaN;
  let text = at.trim();
  if (LOCAL_DATE_TIME.test(text)) text += 'Z';
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? NaN : Math.floor(ms / DAY_MS);
}

/** 'YYYY-MM-DD' for a day number (years 0..9999). */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** '2 Nov' for a teacher; with the year ('2 Nov 2023') when it is not the year of `today`. */
export function formatDay(day: number, today: number): string {
  if (!Number.isFinite(day)) return 'an unknown date';
  const d = new Date(day * DAY_MS);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  const year = d.getUTCFullYear();
  return Number.isFinite(today) && new Date(today * DAY_MS).getUTCFullYear() === year ? text : `${text} ${year}`;
}
