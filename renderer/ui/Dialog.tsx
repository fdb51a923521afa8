import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isTypedField, useUnsavedWork } from './unsavedWork';

type Props = {
  title: string;
  open: boolean;
  /** the teacher asked to close it (Esc, Close, or Discard after being asked) */
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** whether the dialog holds unsaved typed work; by default, whether anything was typed in it since it opened */
  dirty?: boolean;
};

const FIELD = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)';
const FOCUSABLE = 'button:not(:disabled), a[href], [tabindex]:not([tabindex="-1"]), summary';

/**
 * Where typing should go when the dialog opens: the field the form marks as its main one
 * (data-autofocus), else its first field, else its first safe control; never Close.
 */
function firstFocus(body: HTMLElement): HTMLElement | null {
  const fields = [...body.querySelectorAll<HTMLElement>(FIELD)];
  const main = fields.find((f) => f.hasAttribute('data-autofocus')) ?? fields[0];
  if (main) return main;
  const controls = [...body.querySelectorAll<HTMLElement>(FOCUSABLE)];
  return controls.find((c) => !c.classList.contains('danger')) ?? controls[0] ?? null;
}

/**
 * The one modal of the app, on the native <dialog> (focus trapping and the accessible name come with
 * it). It opens with focus on its first field, so typing lands there at once; Esc and Close cancel,
 * but when something was typed in it they ask first, so a stray key never loses the text; and while
 * it holds typed work, leaving the page or closing the window asks too (see LeaveGuard).
 */
export function Dialog({ title, open, onClose, children, wide, dirty }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef(open);
  const returnTo = useRef<HTMLElement | null>(null);
  const [typed, setTyped] = useState(false);
  const [asking, setAsking] = useState(false);
  // Each opening starts afresh: nothing typed, nothing asked.
  const [shownOpen, setShownOpen] = useState(open);
  if (shownOpen !== open) {
    setShownOpen(open);
    setTyped(false);
    setAsking(false);
  }
  const holdsWork = open && (dirty ?? typed);
  useUnsavedWork(holdsWork, title);

  useEffect(() => {
    openRef.current = open;
    const el = ref.current;
    const body = bodyRef.current;
    if (!el) return;
    if (!open) {
      if (el.open) el.close();
      return;
    }
    if (el.open || !body) return;
    el.showModal();
    // showModal focuses the first focusable element, the Close button: move on to the first field.
    const target = firstFocus(body);
    (target ?? body).focus();
    if (body.querySelector(FIELD)) return;
    // The fields may come a moment later (read from the database): take the first one then,
    // unless the teacher has moved on.
    const watch = new MutationObserver(() => {
      if (!body.querySelector(FIELD)) return;
      watch.disconnect();
      if (document.activeElement === body || document.activeElement === target) firstFocus(body)?.focus();
    });
    watch.observe(body, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [open]);

  // Focus follows the question: to Keep editing while asked, back where the teacher was after
  // (once the form is no longer inert).
  useEffect(() => {
    if (asking) {
      keepRef.current?.focus();
      return;
    }
    const back = returnTo.current;
    returnTo.current = null;
    const body = bodyRef.current;
    if (!back || !body) return;
    if (body.contains(back)) back.focus();
    else firstFocus(body)?.focus();
  }, [asking]);

  const keepEditing = () => setAsking(false);
  const requestClose = () => {
    if (asking) keepEditing();
    else if (!holdsWork) onClose();
    else {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : bodyRef.current;
      setAsking(true);
    }
  };

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        // Handled here rather than by the native cancel, which Chrome lets through on a second Esc.
        e.preventDefault();
        requestClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onClose={() => {
        // Closed by the browser while the screen still wants it open: put it back and ask.
        const el = ref.current;
        if (openRef.current && el && !el.open) {
          el.showModal();
          requestClose();
        }
      }}
    >
      {open && (
        <>
          <header className="dialog-header">
            <h2>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={requestClose}>
              ×
            </button>
          </header>
          {asking && (
            <div className="banner warning dialog-confirm" role="alert">
              <p>
                <strong>Close without saving?</strong> What you typed here is not saved yet and would be lost.
              </p>
              <div className="actions">
                <button type="button" ref={keepRef} onClick={keepEditing}>
                  Keep editing
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    setAsking(false);
                    onClose();
                  }}
                >
                  Discard and close
                </button>
              </div>
            </div>
          )}
          <div
            className="dialog-body"
            ref={bodyRef}
            tabIndex={-1}
            style={{ outline: 'none' }}
            inert={asking}
            onInput={(e) => isTypedField(e.target) && setTyped(true)}
          >
            {children}
          </div>
        </>
      )}
    </dialog>
  );
}
