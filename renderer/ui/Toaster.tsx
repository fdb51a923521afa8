import { useEffect } from 'react';
import { redoToast, undoToast, useToasts, type Toast } from './toasts';
import { isNextRedo, useUndoStore } from './undo';
import { isUndoable } from './undoStacks';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToasts((s) => s.dismiss);
  // The buttons show only while their step can still be taken (another Undo may have taken it).
  const canUndo = useUndoStore((s) => toast.undoStep !== undefined && isUndoable(s.stacks, toast.undoStep));
  const canRedo = useUndoStore((s) => toast.redoStep !== undefined && isNextRedo(s.stacks, toast.redoStep));
  const offers = toast.undoStep !== undefined || toast.redoStep !== undefined;
  useEffect(() => {
    // Toasts that offer Undo or Redo stay longer: the teacher needs time to notice and reach the button.
    const timer = setTimeout(() => dismiss(toast.id), offers ? 12_000 : toast.tone === 'error' ? 10_000 : 5_000);
    return () => clearTimeout(timer);
  }, [toast, dismiss, offers]);
  return (
    <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span>{toast.message}</span>
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
