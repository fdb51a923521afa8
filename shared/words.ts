// How Blendwise counts and lists things in a sentence, on every screen and in every message: one
// rule, so a file of 17,472 scores reads "17,472 scores" in its preview, its summary and its Undo.

/** "1 score", "17,472 scores"; `many` for a word that does not just take an s ("1 class", "2 classes"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "28,082 of 200,724", or with what is counted "28,082 of 200,724 records": how far long work has got. */
export function countOf(done: number, total: number, one?: string, many?: string): string {
  return `${done.toLocaleString('en-US')} of ${one ? plural(total, one, many) : total.toLocaleString('en-US')}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
