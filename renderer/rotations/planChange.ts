// What an edit of a plan draft changed, in a teacher's words: the label of its undo step, and
// whether it is typing that merges with the edit before it. Pure, so it is tested on its own.
import type { PlanDraft } from '../db/plans';

export type PlanChange = {
  /** what the step did, in a teacher's words (the toasts say "Undone: …") */
  label: string;
  /** steps with the same key, one right after the other, are merged into one (typing) */
  key: string;
  merge: boolean;
};

const BODY_WORDS: Record<string, [string, boolean]> = {
  model: ['Changed the model', false],
  dates: ['Changed the date', true],
  start: ['Changed the start time', true],
  minutesPerStation: ['Changed the minutes per station', true],
  transitionMinutes: ['Changed the transition minutes', true],
  periodMinutes: ['Changed the class period', true],
  screenLimitPerDay: ['Changed the screen time limit', true],
  notes: ['Changed the teacher’s notes', true],
  showNames: ['Changed whether names show', false],
  playlist: ['Changed the playlist', true],
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed between two drafts, for the step's label and for merging typing into one step. */
export function describeChange(before: PlanDraft, after: PlanDraft): PlanChange {
  if (before.title !== after.title) return { label: 'Changed the title', key: 'title', merge: true };
  if (before.groupingId !== after.groupingId)
    return { label: 'Changed the grouping', key: 'grouping', merge: false };
  const b = before.body;
  const a = after.body;
  if (!same(b.groups, a.groups)) {
    const ids = (gs: typeof b.groups) => gs.map((g) => g.id);
    const reordered =
      ids(b.groups).length === ids(a.groups).length &&
      ids(b.groups).every((id) => ids(a.groups).includes(id)) &&
      !same(ids(b.groups), ids(a.groups));
    return {
      label: reordered ? 'Changed the group order' : 'Changed the groups',
      key: 'groups',
      merge: false,
    };
  }
  if (!same(b.stations, a.stations)) {
    if (a.stations.length > b.stations.length)
      return { label: 'Added a station', key: 'stations', merge: false };
    if (a.stations.length < b.stations.length)
      return { label: 'Removed a station', key: 'stations', merge: false };
    const i = a.stations.findIndex((s, j) => !same(s, b.stations[j]));
    const was = b.stations[i]!;
    const now = a.stations[i]!;
    if (was.id !== now.id) return { label: 'Moved a station', key: 'stations', merge: false };
    const field =
      (Object.keys({ ...was, ...now }) as (keyof typeof now)[]).find((k) => !same(was[k], now[k])) ?? 'name';
    const name = now.name.trim() || was.name.trim() || `station ${i + 1}`;
    const typed = ['name', 'room', 'capacity', 'devices', 'activities', 'everyGroup'].includes(field);
    const what = field === 'activities' || field === 'everyGroup' ? `the activities at ${name}` : name;
    return { label: `Changed ${what}`, key: `station:${now.id}:${field}`, merge: typed };
  }
  const field =
    Object.keys({ ...b, ...a }).find((k) => !same(b[k as keyof typeof b], a[k as keyof typeof a])) ?? 'plan';
  const [label, merge] = BODY_WORDS[field] ?? ['Changed the plan', false];
  return { label, key: `body:${field}`, merge };
}
