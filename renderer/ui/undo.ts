import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import {
  afterRedo,
  afterUndo,
  pushStep,
  screenKeyOf,
  stacksOf,
  takeEntry,
  takeRedo,
  takeUndo,
  type UndoEntry,
  type UndoStacks,
  type StepProgress,
  type UndoStep,
} from './undoStacks';

export type { StepProgress, UndoStep } from './undoStacks';

/** Every screen's undo and redo stacks: UI state, gone on reload like any unsaved selection. */
export const useUndoStore = create<{ stacks: UndoStacks }>(() => ({ stacks: {} }));

let nextId = 1;

// A screen whose address changes under it (a new plan gets its id on first save) names its stack
// itself while it is on view, so its steps stay together.
const scopes: { key: string }[] = [];

/** The screen on view now: its own scope when it named one, else its route. */
export function currentScreenKey(): string {
  const scope = scopes[scopes.length - 1];
  if (scope) return scope.key;
  if (typeof window === 'undefined') return '/';
  return screenKeyOf(window.location.hash || window.location.pathname);
}

/** Puts a step on a screen's stack (and clears what could be redone there); returns its id. */
export function pushUndo(screen: string, step: UndoStep): number {
  const entry: UndoEntry = { ...step, id: nextId++, screen };
  useUndoStore.setState((s) => ({ stacks: pushStep(s.stacks, entry) }));
  return entry.id;
}

export type UndoOutcome =
  | { kind: 'none' }
  | { kind: 'done'; entry: UndoEntry }
  | { kind: 'failed'; entry: UndoEntry; error: unknown };

// Steps run one after another: a second Ctrl+Z waits for the first to finish writing, so the
// steps are reversed in the order they were taken.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function perform(
  taken: { entry: UndoEntry; stacks: UndoStacks } | null,
  direction: 'undo' | 'redo',
  progress?: StepProgress,
): Promise<UndoOutcome> {
  if (!taken) return { kind: 'none' };
  const { entry } = taken;
  useUndoStore.setState({ stacks: taken.stacks });
  try {
    await (direction === 'undo' ? entry.undo(progress) : entry.redo?.(progress));
    useUndoStore.setState((s) => ({ stacks: direction === 'undo' ? afterUndo(s.stacks, entry) : afterRedo(s.stacks, entry) }));
    return { kind: 'done', entry };
  } catch (error) {
    // A step that failed half way is dropped: running it again could do harm twice.
    return { kind: 'failed', entry, error };
  }
}

/**
 * Undoes the newest step of a screen. When that screen has none, `fallback` (the steps whose Undo
 * toasts are still on view, newest last) may name one: what the teacher sees offered is undone.
 */
export function runUndo(screen: string, fallback: number[] = [], progress?: StepProgress): Promise<UndoOutcome> {
  return serial(() => {
    const { stacks } = useUndoStore.getState();
    let taken = takeUndo(stacks, screen);
    for (let i = fallback.length - 1; !taken && i >= 0; i--) taken = takeEntry(stacks, fallback[i]!);
    return perform(taken, 'undo', progress);
  });
}

/** Undoes one given step wherever it was taken (a toast's Undo button). */
export function runUndoEntry(id: number, progress?: StepProgress): Promise<UndoOutcome> {
  return serial(() => perform(takeEntry(useUndoStore.getState().stacks, id), 'undo', progress));
}

/** Redoes the step last undone on a screen. */
export function runRedo(screen: string, progress?: StepProgress): Promise<UndoOutcome> {
  return serial(() => perform(takeRedo(useUndoStore.getState().stacks, screen), 'redo', progress));
}

/** Redoes one given step, when it is the next to redo on its screen (an "Undone" toast's Redo button). */
export function runRedoEntry(id: number, progress?: StepProgress): Promise<UndoOutcome> {
  return serial(() => {
    const { stacks } = useUndoStore.getState();
    const screen = Object.entries(stacks).find(([, s]) => s.undone[s.undone.length - 1]?.id === id)?.[0];
    return perform(screen === undefined ? null : takeRedo(stacks, screen), 'redo', progress);
  });
}

/** Whether a step is next in line to be redone (so its Redo button still means something). */
export function isNextRedo(stacks: UndoStacks, id: number): boolean {
  return Object.values(stacks).some((s) => s.undone[s.undone.length - 1]?.id === id);
}

/**
 * A screen's own undo: `push` puts a step (with its redo) on this screen's stack; Ctrl+Z,
 * Ctrl+Shift+Z and Ctrl+Y on this screen run it. Give `scope` when the screen's address can change
 * while it stays the same piece of work (a new plan getting its id), so its steps stay together.
 *
 *   const { push } = useScreenUndo();
 *   push({ label: 'Swapped Group 1 and Group 2', undo: () => swap(1, 0), redo: () => swap(0, 1) });
 */
export function useScreenUndo(scope?: string) {
  useEffect(() => {
    if (!scope) return;
    const entry = { key: `scope:${scope}` };
    scopes.push(entry);
    return () => {
      const at = scopes.indexOf(entry);
      if (at >= 0) scopes.splice(at, 1);
    };
  }, [scope]);
  const screen = scope ? `scope:${scope}` : currentScreenKey();
  const canUndo = useUndoStore((s) => stacksOf(s.stacks, screen).done.length > 0);
  const canRedo = useUndoStore((s) => stacksOf(s.stacks, screen).undone.length > 0);
  return useMemo(
    () => ({ screen, canUndo, canRedo, push: (step: UndoStep) => pushUndo(screen, step) }),
    [screen, canUndo, canRedo],
  );
}
