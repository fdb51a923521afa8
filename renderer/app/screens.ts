// Every screen, loaded when it is first opened: the first screen's script carries only the shell and
// that screen, and charts, prints, PDFs, importers and the live board come with the screens that use them.
import { createElement, use, type ComponentType } from 'react';
import { matchPath } from 'react-router';

/** What a screen reads first, started with its code when the window opens on it. */
type Reads = 'classWorkspace';

type Screen = { path: string; name: string; load: () => Promise<ComponentType>; Component: ComponentType; reads?: Reads };

const componentByName = new Map<string, { load: () => Promise<ComponentType>; Component: ComponentType }>();

/**
 * Starts the scripts of the screen at the window's address downloading together, from the route
 * table the build puts in the page (scripts/firstScreenPreload.ts); not there when Vite serves
 * the source, which loads module by module anyway.
 */
function preloadOpeningScreen(): void {
  (globalThis as { blendwisePreload?: (address: string) => void }).blendwisePreload?.(globalThis.location?.hash ?? '');
}

/**
 * A screen module's named export, loadable ahead of time and rendered through `use`. Its code,
 * once loaded (as the window's first screen is, before the first render), renders in the same
 * pass as the shell: no loading state painted for one frame, no second render. Until then the
 * screen suspends to its loading state. Two routes showing one screen share its component, so
 * going from one to the other (a new plan once saved) keeps the screen mounted.
 */
function screen<K extends string>(path: string, load: () => Promise<Record<K, ComponentType>>, name: K, reads?: Reads): Screen {
  let made = componentByName.get(name);
  if (!made) {
    let loading: Promise<ComponentType> | undefined;
    const get = () => {
      if (!loading) {
        preloadOpeningScreen();
        const tracked = load().then((m) => {
          // Marked as React's `use` marks a promise it has seen settle, so it returns at once.
          Object.assign(tracked, { status: 'fulfilled', value: m[name] });
          return m[name];
        });
        loading = tracked;
      }
      return loading;
    };
    const Component = () => createElement(use(get()));
    Component.displayName = name;
    made = { load: get, Component };
    componentByName.set(name, made);
  }
  return { path, name, load: made.load, Component: made.Component, ...(reads ? { reads } : {}) };
}

/** The routes of the app, in the order they are matched. */
export const SCREENS: Screen[] = [
  screen('/classes', () => import('../roster/ClassesPage'), 'ClassesPage'),
  screen('/classes/:classId', () => import('../roster/RosterPage'), 'RosterPage', 'classWorkspace'),
  screen('/classes/:classId/import', () => import('../roster/RosterImportPage'), 'RosterImportPage'),
  screen('/classes/:classId/skills', () => import('../skills/ClassSkillsPage'), 'ClassSkillsPage', 'classWorkspace'),
  screen('/classes/:classId/tracker', () => import('../mastery/tracker/TrackerPage'), 'TrackerPage', 'classWorkspace'),
  screen('/classes/:classId/mastery-report', () => import('../mastery/report/MasteryReportPage'), 'MasteryReportPage', 'classWorkspace'),
  screen('/classes/:classId/assess', () => import('../mastery/assessment/AssessmentEntryPage'), 'AssessmentEntryPage', 'classWorkspace'),
  screen('/classes/:classId/mastery', () => import('../mastery/settings/ClassMasterySettingsPage'), 'ClassMasterySettingsPage', 'classWorkspace'),
  screen('/classes/:classId/import-results', () => import('../mastery/import/ResultsImportPage'), 'ResultsImportPage', 'classWorkspace'),
  screen('/classes/:classId/students/:studentId', () => import('../mastery/profile/StudentProfilePage'), 'StudentProfilePage'),
  screen('/classes/:classId/students/:studentId/goal-sheet', () => import('../goals/sheet/GoalSheetPage'), 'GoalSheetPage', 'classWorkspace'),
  screen('/classes/:classId/goals', () => import('../goals/GoalsDashboardPage'), 'GoalsDashboardPage', 'classWorkspace'),
  screen('/classes/:classId/goal-sheets', () => import('../goals/sheet/GoalSheetsPage'), 'GoalSheetsPage', 'classWorkspace'),
  screen('/classes/:classId/goals/:goalId', () => import('../goals/detail/GoalDetailPage'), 'GoalDetailPage', 'classWorkspace'),
  screen('/classes/:classId/groups', () => import('../groups/GroupsBoardPage'), 'GroupsBoardPage', 'classWorkspace'),
  screen('/classes/:classId/groups/print', () => import('../groups/GroupListPage'), 'GroupListPage', 'classWorkspace'),
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
 * Starts loading the code of the screen at `pathname` (the window's address when the app starts)
 * and what it reads first, so both arrive while the database opens instead of after the first
 * render asks for them. Resolves when both are there, or one of them failed (the screen's own
 * error boundary shows a failed load when it renders).
 */
export async function preloadScreen(pathname: string): Promise<void> {
  const target = pathname === '/' || pathname === '' ? '/classes' : pathname;
  let params: Record<string, string | undefined> = {};
  const found = SCREENS.find((s) => {
    const match = matchPath(s.path, target);
    if (match) params = match.params;
    return !!match;
  });
  if (!found) return;
  const classId = params.classId;
  const reads =
    found.reads === 'classWorkspace' && classId
      ? import('../db/workspace').then((m) => m.prefetchClassWorkspace(classId))
      : undefined;
  await Promise.all([found.load(), reads]).catch(() => undefined);
}
