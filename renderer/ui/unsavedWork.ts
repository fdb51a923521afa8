// Typed work on screen that is not saved anywhere yet (a form in a dialog, a form on a page
// without a draft). Forms say so with useUnsavedWork; the LeaveGuard reads this to ask before a
// navigation inside the app drops the form, and to warn before the window closes or reloads.
import { useEffect, useId } from 'react';
import { create } from 'zustand';

type UnsavedState = {
  /** form handle -> what the teacher would call it ("New class") */
  pending: Record<string, string>;
};

export const useUnsavedStore = create<UnsavedState>(() => ({ pending: {} }));

/** Marks the calling form as holding unsaved typed work while `dirty` is true (and it is mounted). */
export function useUnsavedWork(dirty: boolean, label: string): void {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    useUnsavedStore.setState((s) => ({ pending: { ...s.pending, [id]: label } }));
    return () =>
      useUnsavedStore.setState((s) => {
        const { [id]: _gone, ...rest } = s.pending;
        return { pending: rest };
      });
  }, [dirty, label, id]);
}

export function unsavedLabels(pending: Record<string, string>): string[] {
  return [...new Set(Object.values(pending))];
}

export function hasUnsavedWork(): boolean {
  return Object.keys(useUnsavedStore.getState().pending).length > 0;
}

/** Whether typing into this element is typed work (text, numbers, dates; not a tick, a pick or a search). */
export function isTypedField(target: EventTarget | null): boolean {
  if (typeof HTMLTextAreaElement !== 'undefined' && target instanceof HTMLTextAreaElement) return true;
  if (typeof HTMLInputElement === 'undefined' || !(target instanceof HTMLInputElement)) return false;
  return !['search', 'checkbox', 'radio', 'file', 'button', 'submit', 'reset', 'range', 'color', 'hidden', 'image'].includes(target.type);
}
