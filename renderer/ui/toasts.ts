import { create } from 'zustand';
import { describeStorageFailure } from '../db/writeErrors';
import {
  currentScreenKey,
  pushUndo,
  runRedo,
  runRedoEntry,
  runUndo,
  runUndoEntry,
  useUndoStore,
  type StepProgress,
  type UndoOutcome,
} from './undo';
import { isUndoable } from './undoStacks';

export type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  /** the undo step behind the toast's Undo button (on the stack of the screen it was shown on) */
  undoStep?: number;
  /** an "Undone: …" toast's Redo button: the step it can take again */
  redoStep?: number;
  /**
   * Set on a note on work under way, which stays until the work is done: how far it has got, or
   * null until the work first says.
   */
  working?: { done: number; total: number } | null;
};

type ToastState = {
  toasts: Toast[];
  show: (
    message: string,
    tone?: Toast['tone'],
    undo?: (progress?: StepProgress) => Promise<void>,
    redo?: (progress?: StepProgress) => Promise<void>,
  ) => number;
  dismiss: (id: number) => void;
  /**
   * An undoable step without a toast, for quick repeated entry where a toast each time is noise.
   * It belongs to the screen on view (Ctrl+Z elsewhere never runs it); give `redo` so Ctrl+Y
   * can take it again.
   */
  register: (label: string, undo: () => Promise<void>, redo?: () => Promise<void>) => void;
};

let nextId = 1;
/** More than two stack over the work (the tracker's cells); an older step stays on Ctrl+Z. */
const MAX_SHOWN = 2;

export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  show(message, tone = 'info', undo, redo) {
    const id = nextId++;
    const undoStep = undo ? pushUndo(currentScreenKey(), { label: message, undo, redo }) : undefined;
    set((s) => ({ toasts: [...s.toasts.slice(1 - MAX_SHOWN), { id, message, tone, undoStep }] }));
    return id;
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
  register(label, undo, redo) {
    pushUndo(currentScreenKey(), { label, undo, redo });
  },
}));

export const toast = {
  info: (message: string) => useToasts.getState().show(message, 'info'),
  success: (message: string) => useToasts.getState().show(message, 'success'),
  error: (message: string) => useToasts.getState().show(message, 'error'),
  /**
   * For destructive steps: the message plus an Undo that puts everything back (and a redo, when it
   * can be taken again). A long one may report how far it has got through `progress`.
   */
  undoable: (message: string, undo: (progress?: StepProgress) => Promise<void>, redo?: (progress?: StepProgress) => Promise<void>) =>
    useToasts.getState().show(message, 'success', undo, redo),
};

/** How long a toast stays on view, in ms; null while it is a note on work still under way. */
export function toastLifetimeMs(t: Toast): number | null {
  if (t.working !== undefined) return null;
  // Toasts that offer Undo or Redo stay longer: the teacher needs time to notice and reach the button.
  if (t.undoStep !== undefined || t.redoStep !== undefined) return 12_000;
  return t.tone === 'error' ? 10_000 : 5_000;
}

function report(outcome: UndoOutcome, direction: 'undo' | 'redo'): void {
  const words = direction === 'undo' ? { done: 'Undone', cannot: 'Could not undo', none: 'Nothing to undo on this screen.' } : { done: 'Redone', cannot: 'Could not redo', none: 'Nothing to redo on this screen.' };
  if (outcome.kind === 'none') {
    toast.info(words.none);
    return;
  }
  const { entry } = outcome;
  // The step's own toast no longer offers what was just done.
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.undoStep !== entry.id && t.redoStep !== entry.id) }));
  if (outcome.kind === 'failed') {
    toast.error(`${words.cannot}: ${errorMessage(outcome.error)}`);
    return;
  }
  const id = nextId++;
  const message = `${words.done}: ${entry.label}`;
  const extra = direction === 'undo' && entry.redo ? { redoStep: entry.id } : {};
  useToasts.setState((s) => ({ toasts: [...s.toasts.slice(1 - MAX_SHOWN), { id, message, tone: 'info', ...extra }] }));
}

/** How long an undo or redo may run before a toast says it is under way. */
const WORKING_NOTE_AFTER_MS = 400;

/**
 * Runs an undo or redo; one that takes a while (putting back a restore or a big import can take a
 * minute) shows "Undoing…" until it is done, so the click is seen to have been taken.
 */
async function whileWorking(direction: 'undo' | 'redo', run: (progress: StepProgress) => Promise<UndoOutcome>): Promise<UndoOutcome> {
  let note: number | undefined;
  let working: Toast['working'] = null;
  const showWorking = () =>
    useToasts.setState((s) => ({ toasts: s.toasts.map((t) => (t.id === note ? { ...t, working } : t)) }));
  const timer = setTimeout(() => {
    note = useToasts.getState().show(direction === 'undo' ? 'Undoing… Keep Blendwise open until it is done.' : 'Redoing… Keep Blendwise open until it is done.');
    showWorking();
  }, WORKING_NOTE_AFTER_MS);
  try {
    return await run((done, total) => {
      working = { done, total };
      if (note !== undefined) showWorking();
    });
  } finally {
    clearTimeout(timer);
    if (note !== undefined) useToasts.getState().dismiss(note);
  }
}

/**
 * Ctrl+Z: the newest step of the screen on view. A screen with nothing of its own to undo
 * undoes what a toast still on view offers (a restore made in Settings, an import that went on
 * to another screen), never a step taken silently elsewhere.
 */
export async function undoLast(): Promise<void> {
  const { stacks } = useUndoStore.getState();
  const offered = useToasts
    .getState()
    .toasts.flatMap((t) => (t.undoStep !== undefined && isUndoable(stacks, t.undoStep) ? [t.undoStep] : []));
  report(await whileWorking('undo', (progress) => runUndo(currentScreenKey(), offered, progress)), 'undo');
}

/** Ctrl+Shift+Z or Ctrl+Y: the step last undone on the screen on view. */
export async function redoLast(): Promise<void> {
  report(await whileWorking('redo', (progress) => runRedo(currentScreenKey(), progress)), 'redo');
}

/** A toast's Undo button: its own step, wherever it was taken. */
export async function undoToast(t: Toast): Promise<void> {
  if (t.undoStep === undefined) return;
  const step = t.undoStep;
  report(await whileWorking('undo', (progress) => runUndoEntry(step, progress)), 'undo');
}

/** An "Undone" toast's Redo button. */
export async function redoToast(t: Toast): Promise<void> {
  if (t.redoStep === undefined) return;
  const step = t.redoStep;
  report(await whileWorking('redo', (progress) => runRedoEntry(step, progress)), 'redo');
}

/**
 * The plain message: a storage failure (disk or quota full, a value too large, storage closed)
 * in words that say what to do, anything else without the wrapper Electron puts round errors
 * that cross IPC.
 */
export function errorMessage(error: unknown): string {
  const storage = describeStorageFailure(error);
  if (storage) return storage.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}
