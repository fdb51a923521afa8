// Unsaved Enter assessment work, one draft per class: kept while the teacher goes elsewhere in the
// app and comes back, and across a reload, a crash or a restart (localStorage), like the plan
// drafts. Saving the scores or discarding the draft clears it. UI state only: saved scores are
// evidence in the database.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { blankDraft, hasTypedWork, type AssessmentDraft } from './assessmentDraft';

type DraftState = {
  drafts: Record<string, AssessmentDraft>;
  /** changes the class's draft, starting a blank one dated `today` when there is none */
  change: (classId: string, today: string, change: (draft: AssessmentDraft) => Partial<AssessmentDraft>) => void;
  discard: (classId: string) => void;
  /** puts a draft back as it was (Undo of a discard or of a save) */
  restore: (classId: string, draft: AssessmentDraft) => void;
};

export const useAssessmentDrafts = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      change: (classId, today, change) =>
        set((s) => {
          const now = new Date().toISOString();
          const current = s.drafts[classId] ?? blankDraft(today, now);
          return { drafts: { ...s.drafts, [classId]: { ...current, ...change(current), changedAt: now } } };
        }),
      discard: (classId) =>
        set((s) => {
          const { [classId]: _gone, ...rest } = s.drafts;
          return { drafts: rest };
        }),
      restore: (classId, draft) => set((s) => ({ drafts: { ...s.drafts, [classId]: draft } })),
    }),
    {
      name: 'blendwise.assessmentDrafts',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Only drafts holding typed work: ticking a skill alone is not worth keeping past a restart.
      partialize: (s) => ({ drafts: Object.fromEntries(Object.entries(s.drafts).filter(([, d]) => hasTypedWork(d))) }),
    },
  ),
);

export function useAssessmentDraft(classId: string): AssessmentDraft | undefined {
  return useAssessmentDrafts((s) => s.drafts[classId]);
}
