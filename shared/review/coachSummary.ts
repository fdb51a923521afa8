// The coach's overview across every plan under review: each plan's status, and the summary a
// coaching conversation starts from — look-for ratings per look-for, per teacher and over time,
// and the plan-health warnings that come up most. Pure: the screens, the CSV and the print view
// all read this one result.
import { roundHalfUp2 } from '../mastery/round';
import { warningKind } from './warningKinds';

export type ReviewStatus = 'to_review' | 'reviewed' | 'sent';

export const REVIEW_STATUS_WORDS: Record<ReviewStatus, string> = {
  to_review: 'To review',
  reviewed: 'Reviewed',
  sent: 'Sent',
};

/**
 * 'sent' once the coach exported the review and changed nothing since; 'reviewed' when it holds a
 * rating, a note or a comment; else 'to_review'.
 */
export function reviewStatus(review: {
  lookFors: readonly { rating: number | null; note: string }[];
  commentCount: number;
  sentAt?: string | undefined;
  changedAt?: string | undefined;
}): ReviewStatus {
  if (review.sentAt && (!review.changedAt || review.changedAt <= review.sentAt)) return 'sent';
  const worked = review.commentCount > 0 || review.lookFors.some((l) => l.rating !== null || l.note.trim() !== '');
  return worked ? 'reviewed' : 'to_review';
}

/** What the summary needs of one plan under review. */
export type SummaryPlan = {
  /** the teacher's name as the bundle gives it ('' when it does not) */
  teacher: string;
  /** the plan's date (YYYY-MM-DD), the time axis of the look-for trend */
  date: string;
  lookFors: readonly { text: string; rating: number | null }[];
  /** plan-health warnings (not the infos), in plain words */
  warnings: readonly string[];
};

export type Mean = { mean: number; count: number };

export type LookForSummary = {
  text: string;
  /** every rating of this look-for */
  overall: Mean | null;
  /** teacher -> the mean of their ratings on it, teachers in name order */
  byTeacher: ({ teacher: string } & Mean)[];
  /** one point per plan date with ratings, oldest first: the mean of that date's ratings, and per teacher */
  overTime: { date: string; mean: number; count: number; byTeacher: Record<string, number> }[];
};

export type WarningCount = { kind: string; count: number; plans: number; teachers: string[] };

export type CoachSummary = {
  plans: number;
  /** plans with at least one rating */
  rated: number;
  /** every teacher with a plan, in name order ('' is written as the unnamed teacher) */
  teachers: string[];
  lookFors: LookForSummary[];
  /** warnings by kind, the most frequent first */
  warnings: WarningCount[];
};

/** How a plan without an author is listed. */
export const UNNAMED_TEACHER = 'Teacher not named';

/** Name order without case, then exact (no locale: shared/ runs the same everywhere). */
const byName = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

function mean(values: readonly number[]): Mean | null {
  if (values.length === 0) return null;
  return { mean: roundHalfUp2(values.reduce((s, v) => s + v, 0) / values.length), count: values.length };
}

function teacherOf(plan: SummaryPlan): string {
  return plan.teacher.trim() || UNNAMED_TEACHER;
}

/**
 * The summary across `plans`. Look-fors are matched by their text (trimmed, any case); a look-for
 * is listed once it appears in any plan, in the order first met, and rated or not. A rating counts
 * when it is 1 to 4. Each warning kind counts every time it comes up, and in how many plans.
 */
export function coachSummary(plans: readonly SummaryPlan[]): CoachSummary {
  const teachers = [...new Set(plans.map(teacherOf))].sort(byName);
  const lookForOrder: string[] = [];
  const textOf = new Map<string, string>();
  type Rating = { teacher: string; date: string; value: number };
  const ratings = new Map<string, Rating[]>();
  let rated = 0;
  for (const plan of plans) {
    let any = false;
    for (const l of plan.lookFors) {
      const key = l.text.trim().toLowerCase();
      if (!key) continue;
      if (!textOf.has(key)) {
        textOf.set(key, l.text.trim());
        lookForOrder.push(key);
        ratings.set(key, []);
      }
      if (typeof l.rating === 'number' && Number.isInteger(l.rating) && l.rating >= 1 && l.rating <= 4) {
        ratings.get(key)!.push({ teacher: teacherOf(plan), date: plan.date, value: l.rating });
        any = true;
      }
    }
    if (any) rated += 1;
  }

  const lookFors: LookForSummary[] = lookForOrder.map((key) => {
    const all = ratings.get(key)!;
    const byTeacher = teachers.flatMap((teacher) => {
      const m = mean(all.filter((r) => r.teacher === teacher).map((r) => r.value));
      return m ? [{ teacher, ...m }] : [];
    });
    const dates = [...new Set(all.map((r) => r.date))].sort();
    const overTime = dates.map((date) => {
      const onDate = all.filter((r) => r.date === date);
      const perTeacher: Record<string, number> = {};
      for (const teacher of teachers) {
        const m = mean(onDate.filter((r) => r.teacher === teacher).map((r) => r.value));
        if (m) perTeacher[teacher] = m.mean;
      }
      return { date, ...mean(onDate.map((r) => r.value))!, byTeacher: perTeacher };
    });
    return { text: textOf.get(key)!, overall: mean(all.map((r) => r.value)), byTeacher, overTime };
  });

  const counts = new Map<string, { count: number; plans: number; teachers: Set<string> }>();
  for (const plan of plans) {
    const seen = new Set<string>();
    for (const message of plan.warnings) {
      const kind = warningKind(message);
      const entry = counts.get(kind) ?? { count: 0, plans: 0, teachers: new Set<string>() };
      entry.count += 1;
      if (!seen.has(kind)) entry.plans += 1;
      seen.add(kind);
      entry.teachers.add(teacherOf(plan));
      counts.set(kind, entry);
    }
  }
  const warnings = [...counts.entries()]
    .map(([kind, c]) => ({ kind, count: c.count, plans: c.plans, teachers: [...c.teachers].sort(byName) }))
    .sort((a, b) => b.count - a.count || b.plans - a.plans || byName(a.kind, b.kind));

  return { plans: plans.length, rated, teachers, lookFors, warnings };
}

/**
 * The summary as a spreadsheet, for a coaching conversation: the look-fors (mean of all ratings,
 * how many, then each teacher's mean), a blank line, and the warnings by kind.
 */
export function coachSummaryRows(summary: CoachSummary): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    ['Look-for', 'Mean rating (1-4)', 'Ratings', ...summary.teachers.map((t) => `${t}: mean`)],
  ];
  for (const l of summary.lookFors) {
    const mine = new Map(l.byTeacher.map((t) => [t.teacher, t.mean]));
    rows.push([l.text, l.overall?.mean ?? null, l.overall?.count ?? 0, ...summary.teachers.map((t) => mine.get(t) ?? null)]);
  }
  rows.push([]);
  rows.push(['Plan-health warning', 'Times', 'Plans', 'Teachers']);
  for (const w of summary.warnings) rows.push([w.kind, w.count, w.plans, w.teachers.join('; ')]);
  return rows;
}
