import { format } from 'date-fns';
import { formatLevel } from '../../shared';

/**
 * 3 -> "3", 2.5 -> "2.5", 2.65 -> "2.65", 1.005 -> "1.01"; null -> "–": the one rule every screen
 * writes levels by (formatLevel in shared/format).
 */
export function formatScore(value: number | null): string {
  return formatLevel(value);
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
