// Plain-words helpers for rotation messages. Internal to shared/rotations.

/** '1 round', '2 rounds'. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** 'A', 'A and B', 'A, B and C'. */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

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
