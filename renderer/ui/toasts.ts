import { create } from 'zustand';
import { describeStorageFailure } from '../db/writeErrors';

export type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  /** shown as an Undo button; also what Ctrl+Z runs while the toast is the latest undoable one */
  undo?: () => Promise<void>;
};

type ToastState = {
  toasts: Toast[];
  undoStack: { label: string; undo: () => Promise<void> }[];
  show: (message: string, tone?: Toast['tone'], undo?: () => Promise<void>) => number;
  dismiss: (id: number) => void;
  /** an undoable step without a toast, for quick repeated entry where a toast each time is noise */
  register: (label: string, undo: () => Promise<void>) => void;
};

let nextId = 1;
const UNDO_DEPTH = 20;

export const useToasts = create<ToastState>((set) => ({
  toasts: [],
  undoStack: [],
  show(message, tone = 'info', undo) {
    const id = nextId++;
    set((s) => ({
      toasts: [...s.toasts.slice(-3), { id, message, tone, undo }],
      undoStack: undo ? [...s.undoStack.slice(-(UNDO_DEPTH - 1)), { label: message, undo }] : s.undoStack,
    }));
    return id;
  },
  dismiss(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
  register(label, undo) {
    set((s) => ({ undoStack: [...s.undoStack.slice(-(UNDO_DEPTH - 1)), { label, undo }] }));
  },
}));

export const toast = {
  info: (message: string) => useToasts.getState().show(message, 'info'),
  success: (message: string) => useToasts.getState().show(message, 'success'),
  error: (message: string) => useToasts.getState().show(message, 'error'),
  /** for destructive steps: the message plus an Undo that puts everything back */
  undoable: (message: string, undo: () => Promise<void>) => useToasts.getState().show(message, 'success', undo),
};

/** Runs the most recent undo (Ctrl+Z outside a text field, or the toast's button). */
export async function undoLast(): Promise<void> {
  const { undoStack } = useToasts.getState();
  const last = undoStack[undoStack.length - 1];
  if (!last) {
    toast.info('Nothing to undo.');
    return;
  }
  useToasts.setState((s) => ({
    undoStack: s.undoStack.slice(0, -1),
    toasts: s.toasts.filter((t) => t.undo !== last.undo),
  }));
  try {
    await last.undo();
    toast.info(`Undone: ${last.label}`);
  } catch (error) {
    toast.error(`Could not undo: ${errorMessage(error)}`);
  }
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
