// Unsaved plan edits, kept while the teacher goes elsewhere in the app (to make groups, say) and
// comes back, and across a reload or a crash: the unsaved ones are kept in localStorage. Keyed by
// class and plan: "<classId>/<planId>" or "<classId>/new". The saved plan stays in Dexie; this is
// the teacher's work in progress on top of it.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { PlanDraft } from '../db/plans';

export type DraftEntry = {
  draft: PlanDraft;
  /** changed since it was opened or saved */
  dirty: boolean;
  /** for a new plan: the play it started from ('blank' for none), so a different choice starts afresh */
  source?: string;
  /**
   * for a saved plan: the revision the draft started from. Saving sends it, so a save over a plan
   * another window has saved since is refused instead of silently overwriting it.
   */
  rev?: number;
};

type DraftState = {
  drafts: Record<string, DraftEntry>;
  start: (key: string, entry: DraftEntry) => void;
  change: (key: string, change: (draft: PlanDraft) => PlanDraft) => void;
  markSaved: (key: string) => void;
  discard: (key: string) => void;
};

export const draftKey = (classId: string, planId: string | undefined) => `${classId}/${planId ?? 'new'}`;

export const usePlanDrafts = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      start: (key, entry) => set((s) => ({ drafts: { ...s.drafts, [key]: entry } })),
      change: (key, change) =>
        set((s) => {
          const entry = s.drafts[key];
          if (!entry) return s;
          return { drafts: { ...s.drafts, [key]: { ...entry, draft: change(entry.draft), dirty: true } } };
        }),
      markSaved: (key) =>
        set((s) => {
          const entry = s.drafts[key];
          return entry ? { drafts: { ...s.drafts, [key]: { ...entry, dirty: false } } } : s;
        }),
      discard: (key) =>
        set((s) => {
          const { [key]: _gone, ...rest } = s.drafts;
          return { drafts: rest };
        }),
    }),
    {
      name: 'blendwise.planDrafts',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Only unsaved work: a saved plan is read afresh from the database.
      partialize: (s) => ({
        drafts: Object.fromEntries(Object.entries(s.drafts).filter(([, e]) => e.dirty)),
      }),
    },
  ),
);

/** Whether any plan of the class has unsaved changes (the list page offers to go back to it). */
export function unsavedNewPlan(classId: string): DraftEntry | undefined {
  const entry = usePlanDrafts.getState().drafts[draftKey(classId, undefined)];
  return entry?.dirty ? entry : undefined;
}
