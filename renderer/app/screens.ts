// Every screen, loaded when it is first opened: the first screen's script carries only the shell and
// that screen, and charts, prints, PDFs, importers and the live board come with the screens that use them.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { matchPath } from 'react-router';

type Screen = { path: string; name: string; load: () => Promise<ComponentType>; Component: LazyExoticComponent<ComponentType> };

const lazyByName = new Map<string, LazyExoticComponent<ComponentType>>();

/**
 * A screen module's named export, loadable ahead of time and as a lazy component (React.lazy
 * wants a default export). Two routes showing one screen share its component, so going from one
 * to the other (a new plan once saved) keeps the screen mounted, as a plain element would.
 */
function screen<K extends string>(path: string, load: () => Promise<Record<K, ComponentType>>, name: K): Screen {
  const get = () => load().then((m) => m[name]);
  let Component = lazyByName.get(name);
  if (!Component) {
    Component = lazy(() => get().then((c) => ({ default: c })));
    lazyByName.set(name, Component);
  }
  return { path, name, load: get, Component };
}

/** The routes of the app, in the order they are matched. */
export const SCREENS: Screen[] = [
  screen('/classes', () => import('../roster/ClassesPage'), 'ClassesPage'),
  screen('/classes/:classId', () => import('../roster/RosterPage'), 'RosterPage'),
  screen('/classes/:classId/import', () => import('../roster/RosterImportPage'), 'RosterImportPage'),
  screen('/classes/:classId/skills', () => import('../skills/ClassSkillsPage'), 'ClassSkillsPage'),
  screen('/classes/:classId/tracker', () => import('../mastery/tracker/TrackerPage'), 'TrackerPage'),
  screen('/classes/:classId/mastery-report', () => import('../mastery/report/MasteryReportPage'), 'MasteryReportPage'),
  screen('/classes/:classId/assess', () => import('../mastery/assessment/AssessmentEntryPage'), 'AssessmentEntryPage'),
  screen('/classes/:classId/mastery', () => import('../mastery/settings/ClassMasterySettingsPage'), 'ClassMasterySettingsPage'),
  screen('/classes/:classId/import-results', () => import('../mastery/import/ResultsImportPage'), 'ResultsImportPage'),
  screen('/classes/:classId/students/:studentId', () => import('../mastery/profile/StudentProfilePage'), 'StudentProfilePage'),
  screen('/classes/:classId/students/:studentId/goal-sheet', () => import('../goals/sheet/GoalSheetPage'), 'GoalSheetPage'),
  screen('/classes/:classId/goals', () => import('../goals/GoalsDashboardPage'), 'GoalsDashboardPage'),
  screen('/classes/:classId/goal-sheets', () => import('../goals/sheet/GoalSheetsPage'), 'GoalSheetsPage'),
  screen('/classes/:classId/goals/:goalId', () => import('../goals/detail/GoalDetailPage'), 'GoalDetailPage'),
  screen('/classes/:classId/groups', () => import('../groups/GroupsBoardPage'), 'GroupsBoardPage'),
  screen('/classes/:classId/groups/print', () => import('../groups/GroupListPage'), 'GroupListPage'),
  screen('/classes/:classId/plans', () => import('../rotations/PlansListPage'), 'PlansListPage'),
  screen('/classes/:classId/plans/new', () => import('../rotations/PlanEditorPage'), 'PlanEditorPage'),
  screen('/classes/:classId/plans/:planId', () => import('../rotations/PlanEditorPage'), 'PlanEditorPage'),
  screen('/classes/:classId/week', () => import('../rotations/week/WeekPage'), 'WeekPage'),
  screen('/classes/:classId/plans/:planId/live', () => import('../rotations/live/LiveBoardPage'), 'LiveBoardPage'),
  screen('/classes/:classId/plans/:planId/print', () => import('../rotations/print/RotationPrintPage'), 'RotationPrintPage'),
  screen('/classes/:classId/plans/:planId/playlists', () => import('../rotations/print/PlaylistCardsPage'), 'PlaylistCardsPage'),
  screen('/classes/:classId/plans/:planId/pdf', () => import('../rotations/pdf/PlanPdfPage'), 'PlanPdfPage'),
  screen('/skills', () => import('../skills/SkillsPage'), 'SkillsPage'),
  screen('/skills/:frameworkId', () => import('../skills/SkillsPage'), 'SkillsPage'),
  screen('/skills/:frameworkId/import', () => import('../skills/SkillsImportPage'), 'SkillsImportPage'),
  screen('/import/oneroster', () => import('../imports/OneRosterImportPage'), 'OneRosterImportPage'),
  screen('/skills-import/case', () => import('../imports/CaseImportPage'), 'CaseImportPage'),
  screen('/skills-import/canvas', () => import('../skills/CanvasOutcomesImportPage'), 'CanvasOutcomesImportPage'),
  screen('/reviews', () => import('../review/ReviewsPage'), 'ReviewsPage'),
  screen('/reviews/summary', () => import('../review/CoachSummaryPrintPage'), 'CoachSummaryPrintPage'),
  screen('/reviews/:reviewId', () => import('../review/ReviewPage'), 'ReviewPage'),
  screen('/settings', () => import('../settings/SettingsPage'), 'SettingsPage'),
];

/**
 * Starts loading the code of the screen at `pathname` (the window's address when the app starts),
 * so it arrives while the database opens instead of after the first render asks for it.
 */
export function preloadScreen(pathname: string): void {
  const target = pathname === '/' || pathname === '' ? '/classes' : pathname;
  const found = SCREENS.find((s) => matchPath(s.path, target));
  // A failed load is shown by the screen's own error boundary when it renders.
  found?.load().catch(() => undefined);
}
