import { formatLevel } from '../../shared';

/**
 * 3 -> "3", 2.5 -> "2.5", 2.65 -> "2.65", 1.005 -> "1.01"; null -> "–": the one rule every screen
 * writes levels by (formatLevel in shared/format).
 */
export function formatScore(value: number | null): string {
  return formatLevel(value);
}

/** Today in the teacher's own time zone, as 'YYYY-MM-DD'. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
