// The plan editor's undo and redo: every edit of the draft is a step on the editor's own stack
// (renderer/ui/undo), so Ctrl+Z there takes back a swap, a reorder, a settings change or what was
// typed, and never reaches another screen. Typing in one field is one step, not one per key.
import { useCallback, useRef } from 'react';
import type { PlanDraft } from '../db/plans';
import { toast } from '../ui/toasts';
import { useScreenUndo, useUndoStore } from '../ui/undo';
import { stacksOf } from '../ui/undoStacks';
import { describeChange } from './planChange';
import { usePlanDrafts } from './planDraftStore';

/** Edits of one field closer together than this are one step. */
const MERGE_MS = 2000;

type Step = { id: number; key: string; at: number; before: PlanDraft; after: PlanDraft };

/**
 * `apply(change)` changes the draft of `key` and puts the change on the editor's undo stack;
 * `{ toast }` says so in a toast with its Undo button (for a removal).
 */
export function usePlanHistory(key: string) {
  const { push, screen } = useScreenUndo(`plan:${key}`);
  const last = useRef<Step | null>(null);
  const replaying = useRef(false);

  const put = useCallback(
    (draft: PlanDraft) => {
      replaying.current = true;
      try {
        usePlanDrafts.getState().change(key, () => draft);
      } finally {
        replaying.current = false;
      }
    },
    [key],
  );

  const apply = useCallback(
    (fn: (d: PlanDraft) => PlanDraft, options: { toast?: string } = {}) => {
      const entry = usePlanDrafts.getState().drafts[key];
      if (!entry) return;
      const before = entry.draft;
      const after = fn(before);
      usePlanDrafts.getState().change(key, () => after);
      if (replaying.current || after === before) return;
      const what = describeChange(before, after);
      const now = Date.now();
      const top = stacksOf(useUndoStore.getState().stacks, screen).done.at(-1);
      const prev = last.current;
      if (
        !options.toast &&
        what.merge &&
        prev &&
        prev.key === what.key &&
        top?.id === prev.id &&
        now - prev.at < MERGE_MS
      ) {
        prev.after = after;
        prev.at = now;
        return;
      }
      const step: Step = { id: 0, key: what.key, at: now, before, after };
      const undo = async () => put(step.before);
      const redo = async () => put(step.after);
      if (options.toast) {
        toast.undoable(options.toast, undo, redo);
        step.id = stacksOf(useUndoStore.getState().stacks, screen).done.at(-1)?.id ?? -1;
      } else step.id = push({ label: what.label, undo, redo });
      last.current = step;
    },
    [key, push, put, screen],
  );

  return apply;
}
