import type { UndoStep } from '../ui/undo';
import { focusIsOnBoard, requestChipFocus } from './boardFocus';
import { moveGroup, moveStudent, seatOf, toggleGroupLock, toggleStudentLock, UNPLACED } from './boardMoves';
import { useBoardStore, type Board } from './boardStore';

/**
 * The board's changes as steps the teacher can undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y on the
 * groups screen): each applies a change to the class's board and puts its way back on the stack.
 */
export function boardActions(classId: string, push: (step: UndoStep) => void, nameOf: (studentId: string) => string) {
  const current = () => useBoardStore.getState().byClass[classId]?.board ?? null;
  const apply = (change: (b: Board) => Partial<Board>) => useBoardStore.getState().updateBoard(classId, change);
  const groupName = (b: Board, groupId: string) => {
    if (groupId === UNPLACED) return 'Not in a group';
    const at = b.groups.findIndex((g) => g.id === groupId);
    return at < 0 ? 'a group' : b.groups[at]!.name.trim() || `Group ${at + 1}`;
  };
  // A student moved by undo or redo lands on another card: focus goes with them when it was on the board.
  const moveWithFocus = (studentId: string, to: string, at?: number) => {
    const follow = focusIsOnBoard();
    apply((b) => moveStudent(b, studentId, to, at));
    if (follow) requestChipFocus(studentId, 'handle');
  };

  return {
    move(studentId: string, to: string) {
      const b = current();
      if (!b) return;
      const from = seatOf(b, studentId);
      if (from.groupId === to) return;
      apply((x) => moveStudent(x, studentId, to));
      push({
        label: `Moved ${nameOf(studentId)} to ${groupName(b, to)}`,
        undo: () => moveWithFocus(studentId, from.groupId, from.index),
        redo: () => moveWithFocus(studentId, to),
      });
    },
    moveGroup(groupId: string, step: -1 | 1) {
      const b = current();
      if (!b) return;
      const at = b.groups.findIndex((g) => g.id === groupId);
      if (at < 0 || at + step < 0 || at + step >= b.groups.length) return;
      apply((x) => moveGroup(x, groupId, step));
      push({
        label: `Moved ${groupName(b, groupId)} ${step < 0 ? 'earlier' : 'later'}`,
        undo: () => apply((x) => moveGroup(x, groupId, step === 1 ? -1 : 1)),
        redo: () => apply((x) => moveGroup(x, groupId, step)),
      });
    },
    toggleLock(studentId: string) {
      const b = current();
      if (!b) return;
      const was = b.locked.includes(studentId);
      const set = (on: boolean) => apply((x) => (x.locked.includes(studentId) === on ? {} : toggleStudentLock(x, studentId)));
      set(!was);
      push({ label: `${was ? 'Unlocked' : 'Locked'} ${nameOf(studentId)}`, undo: () => set(was), redo: () => set(!was) });
    },
    toggleGroupLock(groupId: string) {
      const b = current();
      if (!b) return;
      const was = (b.lockedGroups ?? []).includes(groupId);
      const set = (on: boolean) =>
        apply((x) => ((x.lockedGroups ?? []).includes(groupId) === on ? {} : toggleGroupLock(x, groupId)));
      set(!was);
      push({ label: `${was ? 'Unlocked' : 'Locked'} ${groupName(b, groupId)}`, undo: () => set(was), redo: () => set(!was) });
    },
    /** A whole new board (Make groups, Regroup the rest): undo puts the one before back. */
    replace(label: string, next: Board) {
      const before = current();
      const { setBoard } = useBoardStore.getState();
      setBoard(classId, next);
      push({ label, undo: () => setBoard(classId, before), redo: () => setBoard(classId, next) });
    },
  };
}
