import { useEffect } from 'react';
import { errorMessage, redoLast, toast, undoLast } from '../ui/toasts';
import { saveScreen } from '../ui/saveShortcut';

// Inputs that take no typing keep nothing for the browser to undo: Ctrl+Z there is the screen's.
const UNTYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Where the browser's own undo applies: a text field, a text area, editable text. */
function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && !UNTYPED_INPUTS.has(target.type);
}

/**
 * The screen's keys: Ctrl/Cmd+Z undoes the screen's last step and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes
 * it, except while typing, where the browser undoes the typing; Ctrl/Cmd+S runs the screen's Save.
 */
export function useGlobalKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      const key = e.key.toLowerCase();
      if (key === 's' && !e.shiftKey) {
        // Never the browser's "Save page as…": Ctrl+S is the screen's Save, from a field too.
        e.preventDefault();
        void saveScreen()
          .then((outcome) => {
            if (outcome === 'none') toast.info('This screen has no Save: what you change here is kept as you go.');
            else if (outcome === 'nothing') toast.info('Nothing to save: everything here is saved.');
          })
          .catch((error: unknown) => toast.error(`Not saved: ${errorMessage(error)}`));
        return;
      }
      const undo = key === 'z' && !e.shiftKey;
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (!(undo || redo) || isTextTarget(e.target)) return;
      e.preventDefault();
      void (undo ? undoLast() : redoLast());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
