/**
 * A big result posted from a worker in one message is cloned back on the main thread in one
 * long task (a 300,000-row preview takes most of a second). Its top-level arrays go instead in
 * slices, one message each, so the window paints between them.
 */

export const SLICE = 5000;

export type Slice = { key: string; items: unknown[]; sent: number; total: number };

/** The value without its top-level arrays (kept as empty arrays), and those arrays in slices. */
export function sliceForTransfer(
  value: object,
  size = SLICE,
): { rest: Record<string, unknown>; slices: Slice[] } {
  const rest: Record<string, unknown> = { ...value };
  const arrays = Object.entries(value).filter((entry): entry is [string, unknown[]] =>
    Array.isArray(entry[1]),
  );
  const total = arrays.reduce((n, [, items]) => n + items.length, 0);
  const slices: Slice[] = [];
  let sent = 0;
  for (const [key, items] of arrays) {
    rest[key] = [];
    for (let at = 0; at < items.length; at += size) {
      const part = items.slice(at, at + size);
      sent += part.length;
      slices.push({ key, items: part, sent, total });
    }
  }
  return { rest, slices };
}

/** Collects the slices as they come, then puts the value back together. */
export class Reassembly {
  private readonly arrays = new Map<string, unknown[]>();

  add(slice: Slice): void {
    const list = this.arrays.get(slice.key);
    if (list) {
      for (const item of slice.items) list.push(item);
    } else this.arrays.set(slice.key, [...slice.items]);
  }

  finish<T>(rest: Record<string, unknown>): T {
    const value: Record<string, unknown> = { ...rest };
    for (const [key, items] of this.arrays) value[key] = items;
    this.arrays.clear();
    return value as T;
  }
}
