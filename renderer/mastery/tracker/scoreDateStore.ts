import { create } from 'zustand';
import { scoreDateFor, type ChosenScoreDate } from './scoreDate';

/*
 * The tracker's "Scores dated" day, per class, kept in memory for this session only.
 * - In memory rather than component state: a teacher entering last Friday's quiz often opens a
 *   student's profile and comes back; the date must still be Friday when they do.
 * - Not stored (Dexie, localStorage): a back date is a one-off for one stack of papers. Carried
 *   into tomorrow or the next launch, it would quietly misdate a week of scores; so it also
 *   lapses when the calendar day changes (scoreDateFor), even if the app stays open.
 * - Per class: each class's papers are their own stack; switching class starts on today.
 */
type ScoreDateState = {
  byClass: Record<string, ChosenScoreDate>;
  choose: (classId: string, date: string, today: string) => void;
};

export const useScoreDates = create<ScoreDateState>((set) => ({
  byClass: {},
  choose(classId, date, today) {
    set((s) => {
      const byClass = { ...s.byClass };
      // Today is the default, not a choice: dropping it lets the date follow the clock again.
      if (date === today) delete byClass[classId];
      else byClass[classId] = { date, chosenOn: today };
      return { byClass };
    });
  },
}));

/** The class's score date (possibly a draft the teacher is still typing) and a way to change it. */
export function useScoreDate(classId: string, today: string): { date: string; choose: (date: string) => void } {
  const chosen = useScoreDates((s) => s.byClass[classId]);
  const choose = useScoreDates((s) => s.choose);
  return { date: scoreDateFor(chosen, today), choose: (date) => choose(classId, date, today) };
}
