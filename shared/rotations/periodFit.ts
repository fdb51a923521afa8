// When the rounds do not fit the class period, buildRotation carries the rest to the next day.
// For a rotation meant to run over several days that is the plan; for any other it is a surprise,
// so the plan's health says so in words, with the split and what would make it fit.

import { formatDate } from '../format';
import type { PlanBody } from '../planModel';
import { roundsPerDay } from './build';
import type { PlanCheck } from './checks';
import type { RotationSlot } from './types';
import { listWords, plural } from './words';

type Body = Pick<PlanBody, 'model' | 'periodMinutes' | 'minutesPerStation' | 'transitionMinutes' | 'dates'>;

export type PeriodSplit = {
  rounds: number;
  days: number;
  perDay: number;
  /** minutes from the first start to the last end, were every round on one day */
  totalMinutes: number;
  /** the longest station time that would fit every round in the period (null when none would) */
  fitMinutes: number | null;
  /** per day, its first and last round (counted from 1) */
  byDay: { day: number; first: number; last: number }[];
};

/** How the schedule splits over days because of the period; null when it runs on one day. */
export function periodSplit(body: Body, slots: readonly RotationSlot[]): PeriodSplit | null {
  const period = body.periodMinutes;
  if (!period || slots.length === 0) return null;
  const rounds = new Set(slots.map((s) => s.round)).size;
  const days = Math.max(...slots.map((s) => s.day)) + 1;
  if (days <= 1) return null;
  const { minutesPerStation: m, transitionMinutes: t } = body;
  const perDay = roundsPerDay(rounds, m, t, period);
  const fit = Math.floor((period - (rounds - 1) * t) / rounds);
  const byDay = Array.from({ length: days }, (_, day) => ({
    day,
    first: day * perDay + 1,
    last: Math.min(rounds, (day + 1) * perDay),
  }));
  return {
    rounds,
    days,
    perDay,
    totalMinutes: rounds * m + (rounds - 1) * t,
    fitMinutes: fit >= 1 ? fit : null,
    byDay,
  };
}

const roundWords = (first: number, last: number) =>
  first === last ? `round ${first}` : `rounds ${first}–${last}`;

/** 'rounds 1–2 on day 1 (Tue 24 Nov) and rounds 3–4 on day 2 (no date yet)' */
export function splitWords(split: PeriodSplit, dates: readonly string[]): string {
  return listWords(
    split.byDay.map(({ day, first, last }) => {
      const date = dates[day];
      return `${roundWords(first, last)} on day ${day + 1} (${date ? formatDate(date, 'weekday') : 'no date yet'})`;
    }),
  );
}

/**
 * The plan-health message about the period: a warning when a plan meant for one class period
 * spills into the next day (or a rotation over several days lacks a date for a day), a note that
 * states the split for a rotation over several days with its dates. Nothing when it fits, and
 * nothing when one station alone is longer than the period (buildRotation already says so).
 */
export function periodChecks(body: Body, slots: readonly RotationSlot[]): PlanCheck[] {
  const split = periodSplit(body, slots);
  if (!split || (body.periodMinutes ?? 0) < body.minutesPerStation) return [];
  const where = splitWords(split, body.dates);
  const undated = split.days - body.dates.length;
  if (body.model === 'multi_day') {
    if (undated <= 0)
      return [
        {
          level: 'info',
          message: `The rotation runs over ${split.days} days, ${plural(split.perDay, 'round')} a day: ${where}.`,
        },
      ];
    return [
      {
        level: 'warning',
        message:
          `The rotation runs over ${split.days} days (${where}), but the plan has ${plural(body.dates.length, 'date')}: ` +
          'add a date for each day.',
      },
    ];
  }
  const shorten =
    split.fitMinutes !== null
      ? `shorten the stations to ${split.fitMinutes} minutes${body.transitionMinutes > 0 ? ' (or the moves)' : ''} or lengthen the period`
      : 'lengthen the period or use fewer rounds';
  return [
    {
      level: 'warning',
      message:
        `The ${split.rounds} rounds take ${split.totalMinutes} minutes, longer than the ${body.periodMinutes}-minute class period, ` +
        `so the plan runs over ${split.days} days: ${where}. To fit one period, ${shorten}; ` +
        'to run it over several days, choose “Rotation over several days” as the model and give each day its date.',
    },
  ];
}
