// One row of the coach's overview per plan under review: who, which class, when, and the plan's
// figures read the way the review page reads them (planView: the editor's own health checks).
import { bundleAuthor, reviewStatus, UNNAMED_TEACHER, type PlayModel, type ReviewStatus, type SummaryPlan } from '../../shared';
import { listCoachOverview, type CoachOverviewReview } from '../db/reviews';
import { meanScore } from '../rotations/planDraft';
import { planView } from '../rotations/planView';

export type OverviewRow = SummaryPlan & {
  reviewId: string;
  lookFors: readonly { text: string; rating: number | null; note: string }[];
  school: string;
  className: string;
  title: string;
  model: PlayModel;
  groups: number;
  /** minutes the group with the most need spends with the teacher; null when no group has a score */
  neediestTeacherMinutes: number | null;
  neediestGroup: string;
  /** the most minutes on screens any student has in one day, and the plan's limit */
  screenMinutes: number;
  screenLimit: number;
  status: ReviewStatus;
  commentCount: number;
  lastComment: { text: string; at: string } | null;
};

export function overviewRow(review: CoachOverviewReview): OverviewRow {
  const c = review.bundle.content;
  const body = c.plan.body;
  const names = Object.fromEntries(c.students.map((s) => [s.id, s.name]));
  const view = planView(body, names);
  const author = bundleAuthor(c);
  // The group with the most need: the lowest mean, from the plan's own need or the grouping's scores.
  const needs = body.groups.flatMap((g) => {
    const need = typeof g.need === 'number' ? g.need : meanScore(g.studentIds, c.grouping?.scores);
    return need === null ? [] : [{ id: g.id, name: g.name, need }];
  });
  const neediest = needs.length > 0 ? needs.reduce((a, b) => (b.need < a.need ? b : a)) : null;
  const teacherMinutes = neediest ? (view.groupMinutes.find((m) => m.groupId === neediest.id)?.minutes.teacher ?? 0) : null;
  return {
    reviewId: review.id,
    teacher: author.name || UNNAMED_TEACHER,
    school: author.school,
    className: c.className,
    title: c.plan.title,
    date: c.plan.date || review.bundle.exportedAt.slice(0, 10),
    model: body.model,
    groups: body.groups.length,
    warnings: view.health.filter((h) => h.level === 'warning').map((h) => h.message),
    neediestTeacherMinutes: view.slots.length > 0 ? teacherMinutes : null,
    neediestGroup: neediest?.name ?? '',
    screenMinutes: Math.max(0, ...view.students.flatMap((s) => s.perDay)),
    screenLimit: body.screenLimitPerDay,
    status: reviewStatus({ lookFors: review.lookFors, commentCount: review.commentCount, sentAt: review.sentAt, changedAt: review.changedAt }),
    commentCount: review.commentCount,
    lastComment: review.lastComment,
    lookFors: review.lookFors,
  };
}

export type SortKey = 'teacher' | 'school' | 'className' | 'title' | 'date' | 'model' | 'groups' | 'warnings' | 'teacherTime' | 'screen' | 'status' | 'lastComment';
export type Sort = { key: SortKey; dir: 'asc' | 'desc' };

const STATUS_ORDER: Record<ReviewStatus, number> = { to_review: 0, reviewed: 1, sent: 2 };

function sortValue(row: OverviewRow, key: SortKey): string | number {
  switch (key) {
    case 'warnings':
      return row.warnings.length;
    case 'teacherTime':
      return row.neediestTeacherMinutes ?? -1;
    case 'screen':
      return row.screenMinutes;
    case 'status':
      return STATUS_ORDER[row.status];
    case 'lastComment':
      return row.lastComment?.at ?? '';
    case 'groups':
      return row.groups;
    default:
      return row[key];
  }
}

/** The rows in the chosen order; ties keep the plan date, newest first, then the title. */
export function sortRows(rows: readonly OverviewRow[], sort: Sort): OverviewRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const compare = (a: string | number, b: string | number) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { sensitivity: 'base', numeric: true });
  return [...rows].sort(
    (a, b) => sign * compare(sortValue(a, sort.key), sortValue(b, sort.key)) || b.date.localeCompare(a.date) || a.title.localeCompare(b.title),
  );
}

export type Filters = { teacher: string; status: ReviewStatus | '' };

export function filterRows(rows: readonly OverviewRow[], filters: Filters): OverviewRow[] {
  return rows.filter((r) => (!filters.teacher || r.teacher === filters.teacher) && (!filters.status || r.status === filters.status));
}

/** The overview's rows, live from the database: a new or changed review shows at once. */
export async function loadOverviewRows(): Promise<OverviewRow[]> {
  return (await listCoachOverview()).map(overviewRow);
}
