// The numbers behind a goal's progress picture: one view per linked skill, built from
// goalProgressSeries() so the plot, its spoken summary and the goal's status agree. Pure.
import { format, isValid, parseISO } from 'date-fns';
import { expectedLevel, formatLevel, type GoalSkillProgress } from '../../../shared';
import { longDate } from './checkIns';

const DAY = 86_400_000;

/** One x position on the plot: the expected level there (inside start..due) and the actual level. */
export type ProgressRow = {
  t: number;
  date: string;
  expected: number | null;
  actual: number | null;
  /** a dot on the actual line: the starting level, or the level after a day with scores */
  mark: 'start' | 'score' | null;
};

export type SkillProgressView = {
  skillId: string;
  code: string;
  target: number;
  startLevel: number;
  /** the actual level at the end of the picture (today, or the day the goal was closed) */
  now: number;
  /** where the straight line expects the skill to be at the end of the picture */
  expectedNow: number;
  /** whether any score counts for `now` (else it is the scale's lowest points by default) */
  scored: boolean;
  rows: ProgressRow[];
  domain: [number, number];
  ticks: number[];
  /** the vertical line: today, or the day the goal was closed */
  marker: { t: number; label: string };
  /** the role="img" name */
  summary: string;
  /** every point in words, for the visually hidden list */
  spoken: string[];
};

/** A 'YYYY-MM-DD' as a time on the plot (that day's local midnight); NaN when it is not a date. */
export function dayTime(date: string): number {
  const d = parseISO(date);
  return isValid(d) ? d.getTime() : NaN;
}

/** A level as every screen writes it (shared/format). */
const num = (x: number): string => formatLevel(x);

/** The given dates and a few evenly spaced ones between, never two crowded together. */
function axisTicks(lo: number, hi: number, marks: number[], most = 5): number[] {
  const span = Math.max(hi - lo, DAY);
  const fixed = [...new Set(marks.filter(Number.isFinite))].sort((a, b) => a - b);
  const out = [...fixed];
  const first = fixed[0] ?? lo;
  const last = fixed[fixed.length - 1] ?? hi;
  const between = Math.max(0, most - fixed.length);
  for (let i = 1; i <= between; i++) {
    const t = first + ((last - first) * i) / (between + 1);
    const day = new Date(t);
    day.setHours(0, 0, 0, 0);
    out.push(day.getTime());
  }
  const sorted = [...new Set(out)].sort((a, b) => a - b);
  // Drop a tick that would sit on top of a neighbour (fixed ones win).
  const kept: number[] = [];
  for (const t of sorted) {
    const prev = kept[kept.length - 1];
    if (prev !== undefined && t - prev < span * 0.12) {
      if (fixed.includes(t) && !fixed.includes(prev)) kept[kept.length - 1] = t;
      continue;
    }
    kept.push(t);
  }
  return kept;
}

export type ProgressOptions = {
  code: string;
  startDate: string;
  dueDate: string;
  /** the last day the picture shows: today for an open goal, the closing day for a closed one */
  endDate: string;
  /** how the end is named: 'today' for an open goal, else e.g. 'closed as met on 5 Dec 2025' */
  closed: { as: 'met' | 'dropped'; on: string } | null;
  scored: boolean;
};

export function skillProgressView(p: GoalSkillProgress, o: ProgressOptions): SkillProgressView {
  const startT = dayTime(o.startDate);
  const dueDate = p.expected[p.expected.length - 1]?.date ?? o.dueDate;
  const dueT = dayTime(dueDate);
  const endT = dayTime(o.endDate);
  const actual = p.actual.map((a) => ({ ...a, t: dayTime(a.date) })).filter((a) => Number.isFinite(a.t));
  const now = actual[actual.length - 1]?.value ?? p.startLevel;
  const expectedNow = expectedLevel(p.startLevel, p.target, o.startDate, o.dueDate, o.endDate);

  // Every x where something happens: start, due, each scored day, and the end (the actual line
  // runs on, flat, to the end: that is where the skill stands now).
  const times = new Set<number>([startT, dueT, ...actual.map((a) => a.t)]);
  if (endT >= startT) times.add(endT);
  const lastActualT = Math.max(endT, actual[actual.length - 1]?.t ?? startT);
  const rows: ProgressRow[] = [...times]
    .filter(Number.isFinite)
    .sort((a, b) => a - b)
    .map((t) => {
      const date = format(t, 'yyyy-MM-dd');
      const inLine = t >= startT && t <= Math.max(dueT, startT);
      let level: number | null = null;
      if (t >= startT && t <= lastActualT) {
        for (const a of actual) if (a.t <= t) level = a.value;
      }
      const exact = actual.find((a) => a.t === t);
      return {
        t,
        date,
        expected: inLine ? expectedLevel(p.startLevel, p.target, o.startDate, dueDate, date) : null,
        actual: level,
        mark: exact ? (exact === actual[0] ? 'start' : 'score') : null,
      };
    });

  const markerT = Number.isFinite(endT) ? endT : startT;
  const lo = Math.min(startT, markerT);
  const hi = Math.max(dueT, markerT);
  const span = Math.max(hi - lo, DAY);
  const pad = Math.max(span * 0.04, DAY / 2);
  const markerLabel = o.closed ? (o.closed.as === 'met' ? 'Closed' : 'Dropped') : 'Today';

  const nowWords = o.scored ? num(now) : `${num(now)} (no scores yet)`;
  const summary = o.closed
    ? `Progress on ${o.code}: ${o.closed.as === 'met' ? 'closed as met' : 'dropped'} on ${longDate(o.closed.on)} at ${nowWords}, expected ${num(expectedNow)} by then, target ${num(p.target)} by ${longDate(dueDate)}`
    : `Progress on ${o.code}: expected ${num(expectedNow)} by today, now ${nowWords}, target ${num(p.target)} by ${longDate(dueDate)}`;
  const spoken = [
    `Expected line: from ${num(p.startLevel)} on ${longDate(o.startDate)} to the target ${num(p.target)} on ${longDate(dueDate)}.`,
    ...actual.map((a, i) =>
      i === 0
        ? `Starting level on ${longDate(a.date)}: ${num(a.value)}.`
        : `After the scores of ${longDate(a.date)}: ${num(a.value)}.`,
    ),
    o.closed
      ? `When the goal was closed on ${longDate(o.closed.on)}: ${nowWords}.`
      : `Today, ${longDate(o.endDate)}: ${nowWords}, expected ${num(expectedNow)}.`,
  ];

  return {
    skillId: p.skillId,
    code: o.code,
    target: p.target,
    startLevel: p.startLevel,
    now,
    expectedNow,
    scored: o.scored,
    rows,
    domain: [lo - pad, hi + pad],
    // The start and the due date always get a tick, and today too when it lies outside them.
    ticks: axisTicks(lo, hi, markerT < startT || markerT > dueT ? [startT, dueT, markerT] : [startT, dueT]),
    marker: { t: markerT, label: markerLabel },
    summary,
    spoken,
  };
}
