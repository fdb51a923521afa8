// What a teacher has typed into Enter assessment and not saved yet. Pure: the store keeps these
// per class (and across a restart); the page reads and changes them through it.

export type ScoreKind = 'level' | 'percent' | 'points';

export type AssessmentDraft = {
  skillIds: string[];
  /** 'YYYY-MM-DD': the day the assessment was taken */
  date: string;
  source: string;
  kind: ScoreKind;
  outOf: number;
  /** "<studentId>|<skillId>" -> the text typed in that cell */
  cells: Record<string, string>;
  /** full ISO time of the last change, to tell the teacher how old a draft is */
  changedAt: string;
};

export const cellKey = (studentId: string, skillId: string) => `${studentId}|${skillId}`;

export function blankDraft(today: string, now: string): AssessmentDraft {
  return { skillIds: [], date: today, source: '', kind: 'level', outOf: 10, cells: {}, changedAt: now };
}

/** The cells holding something, for the given students and skills only (a skill unticked since keeps its cells, unseen). */
export function typedCells(draft: AssessmentDraft, studentIds: readonly string[], skillIds: readonly string[]): string[] {
  const keys: string[] = [];
  for (const studentId of studentIds)
    for (const skillId of skillIds) {
      const key = cellKey(studentId, skillId);
      if ((draft.cells[key] ?? '').trim() !== '') keys.push(key);
    }
  return keys;
}

/** Whether losing this draft would lose something the teacher typed. */
export function hasTypedWork(draft: AssessmentDraft | undefined): boolean {
  if (!draft) return false;
  return draft.source.trim() !== '' || Object.values(draft.cells).some((text) => text.trim() !== '');
}
