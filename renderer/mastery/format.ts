import { format } from 'date-fns';

/** 3 -> "3", 2.5 -> "2.5", 2.65 -> "2.65": as few digits as the value needs. */
export function formatScore(value: number | null): string {
  if (value === null) return '–';
  return String(Math.round(value * 100) / 100);
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
