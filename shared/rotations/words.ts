// Plain-words helpers for rotation messages. Internal to shared/rotations; counts and lists are
// written as everywhere else (../words).
export { listInWords as listWords, plural } from '../words';

/** What a value looks like in a message: strings quoted, the rest as written. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return String(value);
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  return typeof value;
}

export function isWhole(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}
