import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { GroupingResult } from '../../shared';
import { todayIso } from '../mastery/format';

export type Strategy = 'similar' | 'mixed';

/** A group on the board; `id` is the board's own handle (drag target, React key), never stored. */
export type BoardGroup = { id: string; name: string; color: string; studentIds: string[] };

/** What the "Make groups" panel asks for. Number fields stay text so a teacher can clear them. */
export type BoardSettings = {
  /** the skills to group by: nothing is ticked at first */
  skillIds: string[];
  strategy: Strategy;
  groupCount: string;
  maxSize: string;
  absent: string[];
  /** the next seed: each "Make groups" draws a fresh one so a second click can offer another arrangement */
  seed: number;
};

/** The groups on the board: made here, or opened from a saved grouping to adjust. */
export type Board = {
  groups: BoardGroup[];
  skillIds: string[];
  strategy: Strategy;
  /** each student's grouping score when the groups were made (the data behind them) */
  scores: Record<string, number | null>;
  locked: string[];
  /** whole groups (board ids) locked: "Regroup the rest" keeps each exactly as it is */
  lockedGroups?: string[];
  unmet: GroupingResult['unmet'];
  unscored: string[];
  /** the saved grouping this board came from: Save updates it */
  savedId: string | null;
  name: string;
  /** true once the teacher typed a name of their own (else it follows the date) */
  nameEdited: boolean;
  date: string;
  /** changed since it was made, opened or saved */
  dirty: boolean;
};

export type ClassBoard = { settings: BoardSettings; board: Board | null };

export const DEFAULT_SETTINGS: BoardSettings = {
  skillIds: [],
  strategy: 'similar',
  groupCount: '4',
  maxSize: '',
  absent: [],
  seed: 1,
};

const EMPTY: ClassBoard = { settings: DEFAULT_SETTINGS, board: null };

type BoardState = {
  byClass: Record<string, ClassBoard>;
  setSettings: (classId: string, change: Partial<BoardSettings>) => void;
  setBoard: (classId: string, board: Board | null) => void;
  /** changes the board (marking it unsaved unless told otherwise) */
  updateBoard: (classId: string, change: (board: Board) => Partial<Board>, dirty?: boolean) => void;
  /** puts a whole earlier state back (what "Undo" after opening a saved grouping does) */
  restore: (classId: string, state: ClassBoard) => void;
};

/** A class's unsaved board as kept on disk, with the day it was kept (absences hold for that day only). */
export type KeptBoard = ClassBoard & { keptOn: string };

/** What survives a restart: each class's board with unsaved changes, and the settings it was made with. */
export function boardsToKeep(byClass: Record<string, ClassBoard>, today: string): Record<string, KeptBoard> {
  return Object.fromEntries(
    Object.entries(byClass)
      .filter(([, c]) => c.board?.dirty)
      .map(([classId, c]) => [classId, { ...c, keptOn: today }]),
  );
}

/** What the "Make groups" panel remembers for each class from one session to the next. */
export type RememberedSettings = Pick<BoardSettings, 'skillIds' | 'strategy' | 'groupCount' | 'maxSize'>;

/** Every class's chosen skills, strategy and sizes (absences are for one day, the seed for one click). */
export function settingsToRemember(byClass: Record<string, ClassBoard>): Record<string, RememberedSettings> {
  return Object.fromEntries(
    Object.entries(byClass).map(([classId, { settings: s }]) => [
      classId,
      { skillIds: s.skillIds, strategy: s.strategy, groupCount: s.groupCount, maxSize: s.maxSize },
    ]),
  );
}

/** The remembered panel settings back, for classes without a kept board (a kept board brings its own). */
export function rememberedBack(remembered: Record<string, Partial<RememberedSettings>> | undefined): Record<string, ClassBoard> {
  return Object.fromEntries(
    Object.entries(remembered ?? {}).map(([classId, r]) => [
      classId,
      {
        settings: {
          ...DEFAULT_SETTINGS,
          ...(Array.isArray(r.skillIds) ? { skillIds: r.skillIds.filter((x) => typeof x === 'string') } : {}),
          ...(r.strategy === 'similar' || r.strategy === 'mixed' ? { strategy: r.strategy } : {}),
          ...(typeof r.groupCount === 'string' ? { groupCount: r.groupCount } : {}),
          ...(typeof r.maxSize === 'string' ? { maxSize: r.maxSize } : {}),
        },
        board: null,
      },
    ]),
  );
}

/** The kept boards back on screen: a board kept on another day forgets who was absent that day. */
export function keptBoardsBack(kept: Record<string, KeptBoard> | undefined, today: string): Record<string, ClassBoard> {
  return Object.fromEntries(
    Object.entries(kept ?? {}).map(([classId, { keptOn, settings, board }]) => [
      classId,
      { settings: { ...DEFAULT_SETTINGS, ...settings, ...(keptOn === today ? {} : { absent: [] }) }, board },
    ]),
  );
}

/**
 * The unsaved board of each class, so leaving the screen and coming back loses nothing, nor does a
 * reload or a restart (the unsaved boards are kept in localStorage, like the plan drafts), and each
 * class's skills, strategy and sizes, so the panel opens as the teacher left it. UI state only:
 * saved groupings live in the database and are read with useLive.
 */
export const useBoardStore = create<BoardState>()(
  persist(
    (set) => ({
      byClass: {},
      setSettings(classId, change) {
        set((s) => {
          const current = s.byClass[classId] ?? EMPTY;
          return { byClass: { ...s.byClass, [classId]: { ...current, settings: { ...current.settings, ...change } } } };
        });
      },
      setBoard(classId, board) {
        set((s) => ({ byClass: { ...s.byClass, [classId]: { ...(s.byClass[classId] ?? EMPTY), board } } }));
      },
      updateBoard(classId, change, dirty = true) {
        set((s) => {
          const current = s.byClass[classId] ?? EMPTY;
          if (!current.board) return s;
          const board = { ...current.board, ...change(current.board), ...(dirty ? { dirty: true } : {}) };
          return { byClass: { ...s.byClass, [classId]: { ...current, board } } };
        });
      },
      restore(classId, state) {
        set((s) => ({ byClass: { ...s.byClass, [classId]: state } }));
      },
    }),
    {
      name: 'blendwise.groupBoards',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ kept: boardsToKeep(s.byClass, todayIso()), remembered: settingsToRemember(s.byClass) }),
      merge: (persisted, current) => {
        const { kept, remembered } = (persisted ?? {}) as {
          kept?: Record<string, KeptBoard>;
          remembered?: Record<string, Partial<RememberedSettings>>;
        };
        return {
          ...current,
          byClass: { ...rememberedBack(remembered), ...keptBoardsBack(kept, todayIso()), ...current.byClass },
        };
      },
    },
  ),
);

export function useClassBoard(classId: string): ClassBoard {
  return useBoardStore((s) => s.byClass[classId] ?? EMPTY);
}
