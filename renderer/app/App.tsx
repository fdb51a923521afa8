import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { createHashRouter, Navigate, Route, RouterProvider, Routes, useLocation } from 'react-router';
import { SCREENS } from './screens';
import { Toaster } from '../ui/Toaster';
import { LeaveGuard } from '../ui/LeaveGuard';
import { useLive } from '../db/live';
import { getAppRole } from '../db/profile';
import { ErrorBoundary, QuietBoundary } from './ErrorBoundary';
import { ScreenLoading } from './ScreenLoading';
import { Sidebar, SidebarFallback } from './Sidebar';
import { useGlobalKeys } from './useGlobalKeys';
import { markStartup } from './startupMarks';

// The desktop menu's commands (backup, export, print, about) load once the first screen is up:
// nothing on it needs them, and a menu is not opened in the first instant. A browser has no menu.
const MenuCommands = lazy(() => import('./MenuCommands').then((m) => ({ default: m.MenuCommands })));
// The review folder's watcher is the desktop's alone (a browser picks files instead), and not on the first screen.
const FolderSync = lazy(() => import('../review/FolderSync').then((m) => ({ default: m.FolderSync })));
const hasMenu = typeof window !== 'undefined' && !!window.blendwise;

/** False until the browser is first idle after the first screen (at most a couple of seconds). */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const id = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);
  return idle;
}

/** Where the app opens: Reviews for someone who chose "I am a coach" on the first run, else Classes. */
function StartScreen() {
  const role = useLive(() => getAppRole(), []);
  if (role === undefined) return null;
  return <Navigate to={role === 'coach' ? '/reviews' : '/classes'} replace />;
}

function Screens() {
  const location = useLocation();
  const idle = useIdle();
  useGlobalKeys();
  return (
    <div className="shell">
      <QuietBoundary name="The sidebar" fallback={<SidebarFallback />}>
        <Sidebar />
      </QuietBoundary>
      <main className="main" id="main">
        <ErrorBoundary resetKey={location.pathname}>
          <Routes>
            <Route path="/" element={<StartScreen />} />
            {SCREENS.map(({ path, name, Component }) => (
              <Route
                key={path}
                path={path}
                element={
                  // One boundary per screen, keyed by it: going to another screen while its code
                  // loads leaves the screen before behind at once (never kept hidden with its
                  // state, to come back if the teacher returns before the code arrives).
                  <Suspense key={name} fallback={<ScreenLoading />}>
                    <Component />
                  </Suspense>
                }
              />
            ))}
            <Route path="*" element={<Navigate to="/classes" replace />} />
          </Routes>
        </ErrorBoundary>
      </main>
      {hasMenu && idle && (
        <QuietBoundary name="The menu commands">
          <Suspense fallback={null}>
            <MenuCommands />
          </Suspense>
        </QuietBoundary>
      )}
      {hasMenu && (
        <QuietBoundary name="The review folder">
          <Suspense fallback={null}>
            <FolderSync />
          </Suspense>
        </QuietBoundary>
      )}
      <QuietBoundary name="The leave guard">
        <LeaveGuard />
      </QuietBoundary>
      <QuietBoundary name="The messages">
        <Toaster />
      </QuietBoundary>
    </div>
  );
}

// A data router (one route holding the screens) so a form with unsaved typed work can hold a
// navigation back and ask (LeaveGuard's useBlocker); the screens' own routes stay as they were.
// One per mount, so it starts at the address the window has then.
const makeRouter = () => createHashRouter([{ path: '*', element: <Screens /> }]);

export function App() {
  const [router] = useState(makeRouter);
  useLayoutEffect(() => markStartup('firstCommit'), []);
  return (
    // Navigations are not transitions: a transition keeps the previous screen (another class's rows)
    // on view while the next one renders, and typing on it restarts the render. Going to another
    // class shows that class's screen (or its loading state) at the next paint.
    <RouterProvider router={router} useTransitions={false} />
  );
}
