import { create } from 'zustand';

/**
 * Where focus goes after a student's chip moves: a chip moved to another card is a new element, so
 * the one focused before is gone and focus would fall to the top of the page. The chip that mounts
 * with the student asked for takes focus instead (its drag handle, or its "Move to" list).
 */
export type FocusRequest = { studentId: string; target: 'handle' | 'move'; seq: number };

let seq = 0;

export const useBoardFocus = create<{ request: FocusRequest | null }>(() => ({ request: null }));

export function requestChipFocus(studentId: string, target: FocusRequest['target']): void {
  useBoardFocus.setState({ request: { studentId, target, seq: ++seq } });
}

export function focusTaken(request: FocusRequest): void {
  if (useBoardFocus.getState().request?.seq === request.seq) useBoardFocus.setState({ request: null });
}

/**
 * Whether focus is on the board (or already fell off it): only then does a move made by undo or
 * redo take focus with it, never away from a field or a button elsewhere.
 */
export function focusIsOnBoard(): boolean {
  if (typeof document === 'undefined') return false;
  const active = document.activeElement;
  return !active || active === document.body || !!active.closest('.gb-board, .gb-unplaced');
}
