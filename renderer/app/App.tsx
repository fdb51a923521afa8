import { lazy, Suspense, useState } from 'react';
import { createHashRouter, Navigate, Route, RouterProvider, Routes, useLocation } from 'react-router';
import {
  ClassesPage, RosterPage, RosterImportPage, ClassSkillsPage, SkillsPage, SkillsImportPage, SettingsPage, TrackerPage, MasteryReportPage, AssessmentEntryPage, ClassMasterySettingsPage, StudentProfilePage, ResultsImportPage, GoalsDashboardPage, GoalDetailPage, GoalSheetPage, GoalSheetsPage, GroupsBoardPage, GroupListPage, PlansListPage, PlanEditorPage, LiveBoardPage, RotationPrintPage, PlaylistCardsPage, PlanPdfPage, WeekPage, OneRosterImportPage, CaseImportPage, CanvasOutcomesImportPage, ReviewsPage, ReviewPage, CoachSummaryPrintPage,
} from './screens';
import { Toaster } from '../ui/Toaster';
import { LeaveGuard } from '../ui/LeaveGuard';
import { useLive } from '../db/live';
import { getAppRole } from '../db/profile';
import { ErrorBoundary, QuietBoundary } from './ErrorBoundary';
import { ScreenLoading } from './ScreenLoading';
import { Sidebar, SidebarFallback } from './Sidebar';
import { useGlobalKeys } from './useGlobalKeys';

// The desktop menu's commands (backup, export, print, about) load after the first screen: nothing
// on it needs them, and a menu is not opened in the first instant.
const MenuCommands = lazy(() => import('./MenuCommands').then((m) => ({ default: m.MenuCommands })));

/** Where the app opens: Reviews for someone who chose "I am a coach" on the first run, else Classes. */
function StartScreen() {
  const role = useLive(() => getAppRole(), []);
  if (role === undefined) return null;
  return <Navigate to={role === 'coach' ? '/reviews' : '/classes'} replace />;
}

function Screens() {
  const location = useLocation();
  useGlobalKeys();
  return (
    <div className="shell">
      <QuietBoundary name="The sidebar" fallback={<SidebarFallback />}>
        <Sidebar />
      </QuietBoundary>
      <main className="main" id="main">
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<ScreenLoading />}>
            <Routes>
              <Route path="/" element={<StartScreen />} />
              <Route path="/classes" element={<ClassesPage />} />
              <Route path="/classes/:classId" element={<RosterPage />} />
              <Route path="/classes/:classId/import" element={<RosterImportPage />} />
              <Route path="/classes/:classId/skills" element={<ClassSkillsPage />} />
              <Route path="/classes/:classId/tracker" element={<TrackerPage />} />
              <Route path="/classes/:classId/mastery-report" element={<MasteryReportPage />} />
              <Route path="/classes/:classId/assess" element={<AssessmentEntryPage />} />
              <Route path="/classes/:classId/mastery" element={<ClassMasterySettingsPage />} />
              <Route path="/classes/:classId/import-results" element={<ResultsImportPage />} />
              <Route path="/classes/:classId/students/:studentId" element={<StudentProfilePage />} />
              <Route path="/classes/:classId/students/:studentId/goal-sheet" element={<GoalSheetPage />} />
              <Route path="/classes/:classId/goals" element={<GoalsDashboardPage />} />
              <Route path="/classes/:classId/goal-sheets" element={<GoalSheetsPage />} />
              <Route path="/classes/:classId/goals/:goalId" element={<GoalDetailPage />} />
              <Route path="/classes/:classId/groups" element={<GroupsBoardPage />} />
              <Route path="/classes/:classId/groups/print" element={<GroupListPage />} />
              <Route path="/classes/:classId/plans" element={<PlansListPage />} />
              <Route path="/classes/:classId/plans/new" element={<PlanEditorPage />} />
              <Route path="/classes/:classId/plans/:planId" element={<PlanEditorPage />} />
              <Route path="/classes/:classId/week" element={<WeekPage />} />
              <Route path="/classes/:classId/plans/:planId/live" element={<LiveBoardPage />} />
              <Route path="/classes/:classId/plans/:planId/print" element={<RotationPrintPage />} />
              <Route path="/classes/:classId/plans/:planId/playlists" element={<PlaylistCardsPage />} />
              <Route path="/classes/:classId/plans/:planId/pdf" element={<PlanPdfPage />} />
              <Route path="/skills" element={<SkillsPage />} />
              <Route path="/skills/:frameworkId" element={<SkillsPage />} />
              <Route path="/skills/:frameworkId/import" element={<SkillsImportPage />} />
              <Route path="/import/oneroster" element={<OneRosterImportPage />} />
              <Route path="/skills-import/case" element={<CaseImportPage />} />
              <Route path="/skills-import/canvas" element={<CanvasOutcomesImportPage />} />
              <Route path="/reviews" element={<ReviewsPage />} />
              <Route path="/reviews/summary" element={<CoachSummaryPrintPage />} />
              <Route path="/reviews/:reviewId" element={<ReviewPage />} />
              <Route path="/settings" element={<SettingsPage />} />
              <Route path="*" element={<Navigate to="/classes" replace />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </main>
      <QuietBoundary name="The menu commands">
        <Suspense fallback={null}>
          <MenuCommands />
        </Suspense>
      </QuietBoundary>
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
  return (
    // Navigations are not transitions: a transition keeps the previous screen (another class's rows)
    // on view while the next one renders, and typing on it restarts the render. Going to another
    // class shows that class's screen (or its loading state) at the next paint.
    <RouterProvider router={router} useTransitions={false} />
  );
}
