// Undo and redo that belong to a screen: each screen (the class's tracker, the groups board, a plan
// editor) keeps its own two stacks, so Ctrl+Z on one screen never reverses work done on another.
// Pure data: the store around it (undo.ts) runs the steps.

/** How far a long step has got: records written of those it writes. */
export type StepProgress = (done: number, total: number) => void;

/** One step the teacher can take back, and take again when `redo` is given. */
export type UndoStep = {
  /** what the step did, in a teacher's words ("Moved Ana to Group 2"): the toasts say "Undone: …" */
  label: string;
  /** a long step (putting back a restore) may say how far it has got */
  undo: (progress?: StepProgress) => Promise<void> | void;
  redo?: (progress?: StepProgress) => Promise<void> | void;
};

export type UndoEntry = UndoStep & { id: number; screen: string };

export type ScreenStacks = { done: UndoEntry[]; undone: UndoEntry[] };
export type UndoStacks = Readonly<Record<string, ScreenStacks>>;

/** How many steps each screen keeps: enough for a lesson's worth of moves, bounded in memory. */
export const UNDO_DEPTH = 50;

const EMPTY: ScreenStacks = { done: [], undone: [] };

export function stacksOf(stacks: UndoStacks, screen: string): ScreenStacks {
  return stacks[screen] ?? EMPTY;
}

/** A new step on a screen: it goes on top, and what was undone there can no longer be redone. */
export function pushStep(stacks: UndoStacks, entry: UndoEntry): UndoStacks {
  const { done } = stacksOf(stacks, entry.screen);
  return { ...stacks, [entry.screen]: { done: [...done.slice(-(UNDO_DEPTH - 1)), entry], undone: [] } };
}

/** The step Ctrl+Z takes back on this screen, and the stacks without it; null when there is none. */
export function takeUndo(stacks: UndoStacks, screen: string): { entry: UndoEntry; stacks: UndoStacks } | null {
  const s = stacksOf(stacks, screen);
  const entry = s.done[s.done.length - 1];
  if (!entry) return null;
  return { entry, stacks: { ...stacks, [screen]: { ...s, done: s.done.slice(0, -1) } } };
}

/** Takes one given step back wherever it is (a toast's own Undo button names its step). */
export function takeEntry(stacks: UndoStacks, id: number): { entry: UndoEntry; stacks: UndoStacks } | null {
  for (const [screen, s] of Object.entries(stacks)) {
    const at = s.done.findIndex((e) => e.id === id);
    if (at < 0) continue;
    const entry = s.done[at]!;
    // Steps above it were done on top of it: redoing them after this one is undone could clash,
    // so a step taken back out of order clears what could be redone.
    return { entry, stacks: { ...stacks, [screen]: { done: s.done.filter((e) => e.id !== id), undone: [] } } };
  }
  return null;
}

/**
 * After a step was undone: it waits to be redone when it can be. A step that cannot be redone
 * clears the redo stack, since the steps undone before it were taken on top of it.
 */
export function afterUndo(stacks: UndoStacks, entry: UndoEntry): UndoStacks {
  const s = stacksOf(stacks, entry.screen);
  return { ...stacks, [entry.screen]: { ...s, undone: entry.redo ? [...s.undone, entry] : [] } };
}

/** The step Ctrl+Y (or Ctrl+Shift+Z) takes again on this screen. */
export function takeRedo(stacks: UndoStacks, screen: string): { entry: UndoEntry; stacks: UndoStacks } | null {
  const s = stacksOf(stacks, screen);
  const entry = s.undone[s.undone.length - 1];
  if (!entry) return null;
  return { entry, stacks: { ...stacks, [screen]: { ...s, undone: s.undone.slice(0, -1) } } };
}

/** After a step was redone: it can be undone again, without clearing what else waits to be redone. */
export function afterRedo(stacks: UndoStacks, entry: UndoEntry): UndoStacks {
  const s = stacksOf(stacks, entry.screen);
  return { ...stacks, [entry.screen]: { ...s, done: [...s.done.slice(-(UNDO_DEPTH - 1)), entry] } };
}

/** Whether a step is still waiting to be undone (a toast's Undo button shows only then). */
export function isUndoable(stacks: UndoStacks, id: number): boolean {
  return Object.values(stacks).some((s) => s.done.some((e) => e.id === id));
}

/**
 * The screen a route belongs to: its path without the query ("#/classes/c1/tracker?x=1" ->
 * "/classes/c1/tracker"), so each class's tracker, groups board and plan has a stack of its own.
 */
export function screenKeyOf(hashOrPath: string): string {
  const path = hashOrPath.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed || '/';
}
