/**
 * Undo and redo inside the one score box, for the entry being typed only. The browser's own undo
 * list belongs to the whole window and outlives an entry: the box is reused for every cell, so
 * Ctrl+Z in one entry could put back keys typed in an earlier one (a "3" that became "13") and
 * have it saved. The box answers Ctrl+Z and Ctrl+Y from this list instead, and it starts empty
 * each time the box opens or takes the keyboard.
 */
export type EntryHistory = {
  /** A new entry, or the box taking the keyboard: `text` is where undo stops. */
  reset(text: string): void;
  /** The box's text after the teacher's own edit. */
  edited(text: string): void;
  /** The text to show for undo or redo, or null when there is nothing to undo or redo. */
  undo(): string | null;
  redo(): string | null;
};

export function entryHistory(): EntryHistory {
  let past: string[] = [];
  let future: string[] = [];
  let now = '';
  return {
    reset(text) {
      past = [];
      future = [];
      now = text;
    },
    edited(text) {
      if (text === now) return;
      past.push(now);
      future = [];
      now = text;
    },
    undo() {
      const before = past.pop();
      if (before === undefined) return null;
      future.push(now);
      now = before;
      return now;
    },
    redo() {
      const after = future.pop();
      if (after === undefined) return null;
      past.push(now);
      now = after;
      return now;
    },
  };
}

/** Which history step a key asks for: Ctrl+Z (Cmd+Z) undo; Ctrl+Y, Ctrl+Shift+Z (Cmd+Shift+Z) redo. */
export function historyKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
