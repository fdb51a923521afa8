import { useCallback, useEffect, useState } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { Dialog } from './Dialog';
import { hasUnsavedWork, unsavedLabels, useUnsavedStore } from './unsavedWork';

/**
 * One guard for the whole app: a navigation inside it (sidebar, a link, Back) that would drop a form
 * holding unsaved typed work asks first (Stay / Leave without saving), and closing or reloading
 * the window warns. Screens with drafts (plans, Enter assessment, the groups board) keep their
 * work instead and never register here.
 */
export function LeaveGuard() {
  const pending = useUnsavedStore((s) => s.pending);
  const labels = unsavedLabels(pending);
  const holding = labels.length > 0;
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => hasUnsavedWork() && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlocker(shouldBlock);
  const [asking, setAsking] = useState(false);

  // A form that saves and then moves on (New class opens the class) is still open when its
  // navigation is checked. Decide once this render has settled (the dialog closed, its work no
  // longer pending): go on if nothing unsaved is left, else ask.
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    let live = true;
    void Promise.resolve().then(() => {
      if (!live) return;
      if (hasUnsavedWork()) setAsking(true);
      else blocker.proceed();
    });
    return () => {
      live = false;
    };
  }, [blocker]);

  useEffect(() => {
    if (!holding) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Chromium (and Electron's will-prevent-unload) look at returnValue.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [holding]);

  const stay = () => {
    setAsking(false);
    if (blocker.state === 'blocked') blocker.reset();
  };
  const leave = () => {
    setAsking(false);
    if (blocker.state === 'blocked') blocker.proceed();
  };
  return (
    <Dialog title="Leave without saving?" open={blocker.state === 'blocked' && asking} onClose={stay}>
      <p>
        What you typed in <strong>{labels.join(', ') || 'this form'}</strong> is not saved yet. If you leave, it is lost.
      </p>
      <div className="actions">
        <button type="button" onClick={stay}>
          Stay
        </button>
        <button type="button" className="danger" onClick={leave}>
          Leave without saving
        </button>
      </div>
    </Dialog>
  );
}
