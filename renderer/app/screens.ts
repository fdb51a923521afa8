// Every screen, loaded when it is first opened: the first screen's script carries only the shell and
// that screen, and charts, prints, PDFs, importers and the live board come with the screens that use them.
import { lazy, type ComponentType } from 'react';

/** A screen module's named export as a lazy component (React.lazy wants a default export). */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

export const ClassesPage = screen(() => import('../roster/ClassesPage'), 'ClassesPage');
export const RosterPage = screen(() => import('../roster/RosterPage'), 'RosterPage');
export const RosterImportPage = screen(() => import('../roster/RosterImportPage'), 'RosterImportPage');
export const ClassSkillsPage = screen(() => import('../skills/ClassSkillsPage'), 'ClassSkillsPage');
export const SkillsPage = screen(() => import('../skills/SkillsPage'), 'SkillsPage');
export const SkillsImportPage = screen(() => import('../skills/SkillsImportPage'), 'SkillsImportPage');
export const SettingsPage = screen(() => import('../settings/SettingsPage'), 'SettingsPage');
export const TrackerPage = screen(() => import('../mastery/tracker/TrackerPage'), 'TrackerPage');
export const MasteryReportPage = screen(() => import('../mastery/report/MasteryReportPage'), 'MasteryReportPage');
export const AssessmentEntryPage = screen(() => import('../mastery/assessment/AssessmentEntryPage'), 'AssessmentEntryPage');
export const ClassMasterySettingsPage = screen(() => import('../mastery/settings/ClassMasterySettingsPage'), 'ClassMasterySettingsPage');
export const StudentProfilePage = screen(() => import('../mastery/profile/StudentProfilePage'), 'StudentProfilePage');
export const ResultsImportPage = screen(() => import('../mastery/import/ResultsImportPage'), 'ResultsImportPage');
export const GoalsDashboardPage = screen(() => import('../goals/GoalsDashboardPage'), 'GoalsDashboardPage');
export const GoalDetailPage = screen(() => import('../goals/detail/GoalDetailPage'), 'GoalDetailPage');
export const GoalSheetPage = screen(() => import('../goals/sheet/GoalSheetPage'), 'GoalSheetPage');
export const GoalSheetsPage = screen(() => import('../goals/sheet/GoalSheetsPage'), 'GoalSheetsPage');
export const GroupsBoardPage = screen(() => import('../groups/GroupsBoardPage'), 'GroupsBoardPage');
export const GroupListPage = screen(() => import('../groups/GroupListPage'), 'GroupListPage');
export const PlansListPage = screen(() => import('../rotations/PlansListPage'), 'PlansListPage');
export const PlanEditorPage = screen(() => import('../rotations/PlanEditorPage'), 'PlanEditorPage');
export const LiveBoardPage = screen(() => import('../rotations/live/LiveBoardPage'), 'LiveBoardPage');
export const RotationPrintPage = screen(() => import('../rotations/print/RotationPrintPage'), 'RotationPrintPage');
export const PlaylistCardsPage = screen(() => import('../rotations/print/PlaylistCardsPage'), 'PlaylistCardsPage');
export const PlanPdfPage = screen(() => import('../rotations/pdf/PlanPdfPage'), 'PlanPdfPage');
export const WeekPage = screen(() => import('../rotations/week/WeekPage'), 'WeekPage');
export const OneRosterImportPage = screen(() => import('../imports/OneRosterImportPage'), 'OneRosterImportPage');
export const CaseImportPage = screen(() => import('../imports/CaseImportPage'), 'CaseImportPage');
export const CanvasOutcomesImportPage = screen(() => import('../skills/CanvasOutcomesImportPage'), 'CanvasOutcomesImportPage');
export const ReviewsPage = screen(() => import('../review/ReviewsPage'), 'ReviewsPage');
export const ReviewPage = screen(() => import('../review/ReviewPage'), 'ReviewPage');
export const CoachSummaryPrintPage = screen(() => import('../review/CoachSummaryPrintPage'), 'CoachSummaryPrintPage');
