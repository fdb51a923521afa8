import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { entryHistory, historyKey } from './entryHistory';

export type GridCell = { row: number; col: number };

/** What the grid asks of the editor. */
export type CellEditorHandle = {
  /** Opens on `cell` holding `text` and takes focus (F2, Enter, a double click). */
  open: (cell: GridCell, text?: string) => void;
  /**
   * Typing over a cell, as in a spreadsheet: the box shows what was typed at once, while the
   * keyboard stays on the cell until the teacher pauses (see `keyWhileTyping`).
   */
  typeOver: (cell: GridCell, from: HTMLElement, key: string) => void;
  /** A key pressed on the cell while typing over it: true when the editor took it. */
  keyWhileTyping: (e: KeyboardEvent<HTMLElement>) => boolean;
  close: () => void;
  /** the cell being edited, or null */
  editing: () => GridCell | null;
};

type Props = {
  /** where the editor waits when closed: the active cell */
  active: GridCell;
  /** the box's position and size over a cell */
  placeOf: (cell: GridCell) => { left: number; top: number; width: number; height: number };
  labelOf: (cell: GridCell) => string;
  /** what typing there does (adds a score to those the cell holds), shown under the box */
  hintOf: (cell: GridCell) => string;
  /** where a refused score's message goes (outside the grid), and where under the cell it sits */
  errorHost: HTMLElement | null;
  errorPlaceOf: (cell: GridCell) => { top: number; left: number };
  /** Enter, Tab or leaving the box with text in it; returns an error to show, or null when taken */
  onCommit: (cell: GridCell, text: string, then: 'down' | 'right' | 'stay') => string | null;
  /** Esc: the entry is dropped and the keyboard goes back to the cell */
  onCancel: (cell: GridCell) => void;
};

/**
 * How long typing over a cell may pause before the box takes the keyboard (its caret, its own
 * editing keys, a screen reader saying "edit"). Shorter than anyone notices; longer than the gap
 * between a digit and the Enter after it, so a score typed in one go costs one focus, not two,
 * and paints in the frame after the Enter.
 */
const TAKE_KEYBOARD_AFTER_MS = 120;

/**
 * How long the first key typed over a cell waits before the box shows it: about a frame. A digit
 * and the Enter after it, typed in one go, then change the page once and paint once, in the frame
 * after the Enter; shown at once, the digit's own frame would push the saved value's paint to the
 * frame after that. A teacher sees the digit within a frame either way.
 */
const SHOW_AFTER_MS = 16;

/**
 * The one score box of the grid. It is always on the page, over the active cell, and shows only
 * while a score is typed: opening an entry re-renders nothing but this box, and no box is made or
 * removed per entry (each of which made the browser rebuild its layers).
 */
export const CellEditor = forwardRef<CellEditorHandle, Props>(function CellEditor({ active, placeOf, labelOf, hintOf, errorHost, errorPlaceOf, onCommit, onCancel }, ref) {
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<GridCell | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read synchronously by the handlers (a blur comes before React has re-rendered).
  const current = useRef<GridCell | null>(null);
  // While typing over a cell: the cell that keeps the keyboard, and the pause timer.
  // `text` is what was typed; the box shows it once `shown`.
  const typing = useRef<{ from: HTMLElement; text: string; shown: boolean; showTimer: number; timer: number; leave: (e: FocusEvent) => void } | null>(null);
  const [history] = useState(entryHistory);

  const stopTyping = () => {
    const t = typing.current;
    if (!t) return;
    typing.current = null;
    window.clearTimeout(t.timer);
    window.clearTimeout(t.showTimer);
    t.from.removeEventListener('focusout', t.leave);
  };

  /** The box shows what is being typed over the cell. */
  const showTyped = () => {
    const t = typing.current;
    const cell = current.current;
    if (!t || t.shown || !cell) return;
    t.shown = true;
    window.clearTimeout(t.showTimer);
    show(cell, t.text);
  };

  const setTyped = (text: string) => {
    const t = typing.current;
    if (!t) return;
    t.text = text;
    if (t.shown && input.current) input.current.value = text;
  };

  // The box keeps its text until it next opens: emptying it now would make the browser lay it out
  // again before the focus that follows can move.
  const close = () => {
    stopTyping();
    current.current = null;
    // Undone here as well as by the render: opened and closed within one batch of updates, the
    // box's render sees no change and would leave what `show` did by hand.
    const el = input.current;
    if (el) {
      el.inert = true;
      el.setAttribute('aria-hidden', 'true');
    }
    setEditing(null);
    setError(null);
  };

  const show = (cell: GridCell, text: string) => {
    const el = input.current;
    if (!el) return null;
    current.current = cell;
    // Closed, the box is inert (unseen, and out of reach of focus and assistive technology).
    el.inert = false;
    el.removeAttribute('aria-hidden');
    el.value = text;
    history.reset(text);
    setEditing(cell);
    setError(null);
    return el;
  };

  /** The box takes the keyboard, its caret after the text typed so far. */
  const takeKeyboard = () => {
    showTyped();
    stopTyping();
    const el = input.current;
    if (!el || !current.current) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
    history.reset(el.value);
  };

  /** Ctrl+Z or Ctrl+Y in the box: a step through this entry's typing (see entryHistory). */
  const stepHistory = (step: 'undo' | 'redo') => {
    const el = input.current;
    const text = step === 'undo' ? history.undo() : history.redo();
    if (!el || text === null) return;
    el.value = text;
    el.setSelectionRange(text.length, text.length);
    setError(null);
  };

  // The Edit menu's Undo and Redo (and anything else that asks the browser to undo) reach the box
  // as these events, not as keys: they too step through this entry only.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onBeforeInput = (e: InputEvent) => {
      if (e.inputType !== 'historyUndo' && e.inputType !== 'historyRedo') return;
      e.preventDefault();
      stepHistory(e.inputType === 'historyUndo' ? 'undo' : 'redo');
    };
    el.addEventListener('beforeinput', onBeforeInput);
    return () => el.removeEventListener('beforeinput', onBeforeInput);
  });

  const commit = (then: 'down' | 'right' | 'stay', typed?: string) => {
    const cell = current.current;
    if (!cell) return;
    const text = typed ?? typing.current?.text ?? input.current?.value ?? '';
    const refused = onCommit(cell, text, then);
    if (!refused) return;
    // The refused text is on view where it was typed, with its message. Refused on Enter or Tab,
    // the box takes the keyboard, where the score is fixed; refused on a click elsewhere, it stays
    // open and the click keeps the keyboard.
    if (then !== 'stay') takeKeyboard();
    else if (input.current?.inert) show(cell, text);
    setError(refused);
  };

  const cancel = () => {
    const cell = current.current;
    close();
    if (cell) onCancel(cell);
  };

  useImperativeHandle(ref, () => ({
    open(cell, text = '') {
      stopTyping();
      // The text goes in before focus, so the caret lands after it, and the browser has no typing
      // of its own to do (which would scroll to show the caret).
      show(cell, text)?.focus({ preventScroll: true });
    },
    typeOver(cell, from, key) {
      stopTyping();
      current.current = cell;
      // Leaving the cell (a click elsewhere) keeps what was typed, as leaving the box does.
      const leave = (e: FocusEvent) => {
        const t = typing.current;
        if (t?.from !== from) return;
        if (e.relatedTarget === input.current) return stopTyping();
        const text = t.text;
        stopTyping();
        commit('stay', text);
      };
      from.addEventListener('focusout', leave);
      typing.current = {
        from,
        leave,
        text: key,
        shown: false,
        showTimer: window.setTimeout(showTyped, SHOW_AFTER_MS),
        timer: window.setTimeout(takeKeyboard, TAKE_KEYBOARD_AFTER_MS),
      };
    },
    keyWhileTyping(e) {
      const t = typing.current;
      if (!t) return false;
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        commit(e.key === 'Enter' ? 'down' : 'right');
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        cancel();
      } else if (e.key === 'Backspace' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setTyped(t.text.slice(0, -1));
      } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        setTyped(t.text + e.key);
      } else {
        // Any other key (arrows, paste, a shortcut) is the box's to handle: it takes the keyboard
        // now and the key goes on to it, not to the page (Ctrl+Z undoes typing, not a saved score).
        e.stopPropagation();
        takeKeyboard();
        const step = historyKey(e);
        if (step) {
          e.preventDefault();
          stepHistory(step);
        }
      }
      if (error) setError(null);
      return true;
    },
    close,
    editing: () => current.current,
  }));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = historyKey(e);
    if (step) {
      e.preventDefault();
      stepHistory(step);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      commit('down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit('right');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel();
    }
  };

  const cell = editing ?? active;
  const place = placeOf(cell);
  const showError = editing && error && errorHost;
  return (
    // A form of its own: when a text box takes focus, Chromium looks through the form it belongs
    // to (without one: every field on the page, the toolbar's long skill lists included), which
    // made each entry's focus several times slower.
    <form className="cell-editor-form" onSubmit={(e) => e.preventDefault()}>
      <input
        ref={input}
        className={`cell-input cell-editor${editing ? ' open' : ''}`}
        style={place}
        tabIndex={-1}
        inert={!editing}
        aria-hidden={editing ? undefined : true}
        aria-label={labelOf(cell)}
        aria-describedby={hintId}
        aria-invalid={!!error}
        autoComplete="off"
        spellCheck={false}
        onInput={(e) => {
          history.edited(e.currentTarget.value);
          if (error) setError(null);
        }}
        onFocus={stopTyping}
        onKeyDown={onKeyDown}
        // Clicking elsewhere keeps a typed score (saved where it was typed), as a spreadsheet does;
        // a refused one stays open with its message.
        onBlur={() => {
          if (!current.current || error) return;
          if ((input.current?.value ?? '').trim() === '') close();
          else commit('stay');
        }}
      />
      <span id={hintId} className={`cell-hint${editing && !error ? ' open' : ''}`} style={{ left: place.left + place.width + 4, top: place.top + 8 }}>
        {hintOf(cell)}
      </span>
      {showError &&
        createPortal(
          <p className="cell-error" role="alert" style={errorPlaceOf(editing)}>
            {error}
          </p>,
          errorHost,
        )}
    </form>
  );
});
