import { useEffect } from 'react';
import { countOf } from '../../shared';
import { redoToast, toastLifetimeMs, undoToast, useToasts, type Toast } from './toasts';
import { isNextRedo, useUndoStore } from './undo';
import { isUndoable } from './undoStacks';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((s) => s.dismiss);
  // The buttons show only while their step can still be taken (another Undo may have taken it).
  const canUndo = useUndoStore((s) => toast.undoStep !== undefined && isUndoable(s.stacks, toast.undoStep));
  const canRedo = useUndoStore((s) => toast.redoStep !== undefined && isNextRedo(s.stacks, toast.redoStep));
  useEffect(() => {
    const lifetime = toastLifetimeMs(toast);
    if (lifetime === null) return;
    const timer = setTimeout(() => dismiss(toast.id), lifetime);
    return () => clearTimeout(timer);
  }, [toast, dismiss]);
  const done = toast.working;
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{toast.message}</span>
      {done && (
        // The count is shown, not read out at each step: the bar tells a screen reader how far on request.
        <span className="toast-progress">
          <progress max={done.total} value={done.done} aria-label="Records written" />
          <span aria-hidden="true">{countOf(done.done, done.total)}</span>
        </span>
      )}
      {canUndo && (
        <button type="button" className="link-button" onClick={() => void undoToast(toast)}>
          Undo
        </button>
      )}
      {canRedo && (
        <button type="button" className="link-button" onClick={() => void redoToast(toast)}>
          Redo
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  return (
    <div className="toaster" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
