import { forwardRef, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';

export type GridCell = { row: number; col: number };

/** What the grid asks of the editor: open it on a cell, close it, show why an entry was refused. */
export type CellEditorHandle = {
  /** Opens on `cell` holding `text` (the key that opened it, or nothing) and takes focus. */
  open: (cell: GridCell, text?: string) => void;
  close: () => void;
  refuse: (error: string) => void;
  /** the cell being edited, or null */
  editing: () => GridCell | null;
};

type Props = {
  /** where the editor waits when closed: the active cell */
  active: GridCell;
  /** the box's position and size over a cell */
  placeOf: (cell: GridCell) => { left: number; top: number; width: number; height: number };
  labelOf: (cell: GridCell) => string;
  /** Enter, Tab or leaving the box with text in it; returns an error to show, or null when taken */
  onCommit: (cell: GridCell, text: string, then: 'down' | 'right' | 'stay') => string | null;
  /** Esc: the entry is dropped and the keyboard goes back to the cell */
  onCancel: (cell: GridCell) => void;
};

/**
 * The one score box of the grid. It is always on the page, over the active cell, and shows only
 * while a score is typed: opening an entry re-renders nothing but this box, and no box is made or
 * removed per entry (each of which made the browser rebuild its layers).
 */
export const CellEditor = forwardRef<CellEditorHandle, Props>(function CellEditor({ active, placeOf, labelOf, onCommit, onCancel }, ref) {
  const input = useRef<HTMLInputElement>(null);
  const [editing, setEditing] = useState<GridCell | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read synchronously by the handlers (a blur comes before React has re-rendered).
  const current = useRef<GridCell | null>(null);

  // The box keeps its text until it next opens: emptying it now would make the browser lay it out
  // again before the focus that follows can move.
  const close = () => {
    current.current = null;
    setEditing(null);
    setError(null);
  };

  useImperativeHandle(ref, () => ({
    open(cell, text = '') {
      const el = input.current;
      if (!el) return;
      current.current = cell;
      // Closed, the box is inert (unseen, and out of reach of focus and assistive technology).
      el.inert = false;
      el.removeAttribute('aria-hidden');
      // The text goes in before focus, so the caret lands after it, and the browser has no typing
      // of its own to do (which would scroll to show the caret).
      el.value = text;
      el.focus({ preventScroll: true });
      setEditing(cell);
      setError(null);
    },
    close,
    refuse(message) {
      setError(message);
    },
    editing: () => current.current,
  }));

  const commit = (then: 'down' | 'right' | 'stay') => {
    const cell = current.current;
    if (!cell) return;
    const refused = onCommit(cell, input.current?.value ?? '', then);
    if (refused) setError(refused);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit('down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit('right');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      const cell = current.current;
      close();
      if (cell) onCancel(cell);
    }
  };

  const cell = editing ?? active;
  const place = placeOf(cell);
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
        aria-invalid={!!error}
        autoComplete="off"
        spellCheck={false}
        onInput={() => {
          if (error) setError(null);
        }}
        onKeyDown={onKeyDown}
        // Clicking elsewhere keeps a typed score (saved where it was typed), as a spreadsheet does;
        // a refused one stays open with its message.
        onBlur={() => {
          if (!current.current || error) return;
          if ((input.current?.value ?? '').trim() === '') close();
          else commit('stay');
        }}
      />
      {editing && error && (
        <p className="cell-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
});
