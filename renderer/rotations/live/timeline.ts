// The live board's clock: a day's rounds laid on today's date, and where the board is at a moment.
// Pure functions of a time in milliseconds, so the page computes everything from Date.now() and a
// test (or Playwright's clock) can drive it.

import { addDays, format, isValid, parse, startOfDay } from 'date-fns';
import type { PlanBody, RotationSlot } from '../../../shared';

export type BoardRound = {
  /** position in the day, from 0 */
  index: number;
  /** the rotation-wide round number of RotationSlot.round */
  round: number;
  start: number;
  end: number;
  startClock: string;
  endClock: string;
  slots: RotationSlot[];
};

export type BoardPhase =
  | { kind: 'before'; next: BoardRound; remaining: number }
  | { kind: 'round'; round: BoardRound; next: BoardRound | null; remaining: number }
  | { kind: 'transition'; from: BoardRound; next: BoardRound; remaining: number }
  | { kind: 'finished'; last: BoardRound | null };

/** Milliseconds of the local clock time 'HH:mm' on the day of `base`; NaN when it is not a time. */
export function clockOn(base: Date, clock: string): number {
  const at = parse(clock, 'H:mm', startOfDay(base));
  return isValid(at) ? at.getTime() : Number.NaN;
}

/** The day of the plan the board runs today: today's position in its dates, else the first day. */
export function boardDay(body: Pick<PlanBody, 'dates'>, slots: RotationSlot[], now: number): number {
  const today = format(new Date(now), 'yyyy-MM-dd');
  const i = (body.dates ?? []).indexOf(today);
  return i > 0 && slots.some((s) => s.day === i) ? i : 0;
}

/** The rounds of one day of the schedule, in time order, on the calendar day of `now`. */
export function dayRounds(slots: RotationSlot[], day: number, now: number): BoardRound[] {
  const base = new Date(now);
  const byRound = new Map<number, RotationSlot[]>();
  for (const slot of slots) {
    if (slot.day !== day) continue;
    const list = byRound.get(slot.round) ?? [];
    list.push(slot);
    byRound.set(slot.round, list);
  }
  return [...byRound.entries()]
    .sort(([a], [b]) => a - b)
    .map(([round, list], index) => {
      const first = list[0]!;
      const start = clockOn(base, first.start);
      let end = clockOn(base, first.end);
      if (end < start) end = addDays(new Date(end), 1).getTime();
      return { index, round, start, end, startClock: first.start, endClock: first.end, slots: list };
    });
}

/** Where the board is at time `t`. */
export function phaseAt(rounds: BoardRound[], t: number): BoardPhase {
  if (rounds.length === 0) return { kind: 'finished', last: null };
  const first = rounds[0]!;
  if (t < first.start) return { kind: 'before', next: first, remaining: first.start - t };
  for (let i = 0; i < rounds.length; i++) {
    const round = rounds[i]!;
    const next = rounds[i + 1] ?? null;
    if (t < round.end) return { kind: 'round', round, next, remaining: round.end - t };
    if (next && t < next.start) return { kind: 'transition', from: round, next, remaining: next.start - t };
  }
  return { kind: 'finished', last: rounds[rounds.length - 1]! };
}

/** The time the board jumps to on "Skip to next round": the next round's start, or the end of the last. */
export function skipTarget(rounds: BoardRound[], t: number): number | null {
  const phase = phaseAt(rounds, t);
  switch (phase.kind) {
    case 'before':
      return phase.next.start;
    case 'round':
      return phase.next ? phase.next.start : phase.round.end;
    case 'transition':
      return phase.next.start;
    case 'finished':
      return null;
  }
}

/** A key that changes exactly when the board moves to another phase (for chimes and announcements). */
export function phaseKey(phase: BoardPhase): string {
  switch (phase.kind) {
    case 'before':
      return 'before';
    case 'round':
      return `round-${phase.round.index}`;
    case 'transition':
      return `transition-${phase.from.index}`;
    case 'finished':
      return 'finished';
  }
}

/** '14:59' from milliseconds left (whole seconds, rounded up, so it reads 00:00 only at the end); hours when needed. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** 'ahead 2:30' / 'behind 0:45' in words: how far the board runs from the wall clock. */
export function offsetWords(offset: number): string {
  const text = formatCountdown(Math.abs(offset));
  return offset >= 0 ? `${text} ahead of the clock` : `${text} behind the clock`;
}

/**
 * The rounds moved so the first starts at `at` (Start now, Rehearse): the same lengths and moves,
 * with the clock times they now run at.
 */
export function roundsFrom(rounds: BoardRound[], at: number): BoardRound[] {
  if (rounds.length === 0) return rounds;
  const shift = at - rounds[0]!.start;
  const clock = (ms: number) => format(new Date(ms), 'HH:mm');
  return rounds.map((r) => ({
    ...r,
    start: r.start + shift,
    end: r.end + shift,
    startClock: clock(r.start + shift),
    endClock: clock(r.end + shift),
  }));
}

/** Whether the plan is for another day than `now` (a plan without dates runs any day). */
export function datedAnotherDay(body: Pick<PlanBody, 'dates'>, now: number): boolean {
  const dates = body.dates ?? [];
  return dates.length > 0 && !dates.includes(format(new Date(now), 'yyyy-MM-dd'));
}
