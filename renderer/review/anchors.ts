// What a review comment is about: the plan, a station, a group, a time slot (a round), what one
// group does at one station, an activity of the playlist, or the teacher's notes.
import type { PlanBody } from '../../shared';
import type { Anchor } from '../db/reviews';
import { planView } from '../rotations/planView';

export type AnchorOption = { value: string; label: string; anchor: Anchor };

export function anchorValue(anchor: Anchor): string {
  return `${anchor.kind}:${anchor.ref}`;
}

/** The anchor of what `groupId` does at `stationId`. */
export function activityAnchor(stationId: string, groupId: string): Anchor {
  return { kind: 'activity', ref: `${stationId}:${groupId}` };
}

export const NOTES_ANCHOR: Anchor = { kind: 'notes', ref: '' };

const stationWords = (name: string) => name.trim() || 'unnamed station';
const groupWords = (name: string) => name.trim() || 'unnamed group';

/** Every anchor a comment on this plan can have, in the order the "About" select lists them. */
export function anchorOptions(body: PlanBody): AnchorOption[] {
  const options: AnchorOption[] = [{ value: 'plan:', label: 'The whole plan', anchor: { kind: 'plan', ref: '' } }];
  const add = (anchor: Anchor, label: string) => options.push({ value: anchorValue(anchor), label, anchor });
  for (const s of body.stations) add({ kind: 'station', ref: s.id }, `Station: ${stationWords(s.name)}`);
  for (const g of body.groups) add({ kind: 'group', ref: g.id }, `Group: ${groupWords(g.name)}`);
  // What each group does at each station: the station activities a coach judges ("is the collaborative task a discussion?").
  if (body.model !== 'individual') {
    for (const s of body.stations) {
      for (const g of body.groups) add(activityAnchor(s.id, g.id), `Activity: ${stationWords(s.name)} — ${groupWords(g.name)}`);
    }
  }
  for (const item of body.playlist ?? []) add({ kind: 'playlist', ref: item.id }, `Playlist: ${item.title.trim() || 'untitled activity'}`);
  if (body.notes.trim()) add(NOTES_ANCHOR, 'The teacher’s notes');
  const view = planView(body);
  for (const r of view.rounds) {
    const day = view.days > 1 ? `day ${r.day + 1}, ` : '';
    add({ kind: 'slot', ref: `round-${r.round}` }, `Time: round ${r.round + 1} (${day}${r.start}–${r.end})`);
  }
  return options;
}

const GONE: Record<Anchor['kind'], string> = {
  plan: 'the plan',
  station: 'a station',
  group: 'a group',
  slot: 'a time slot',
  activity: 'an activity',
  playlist: 'a playlist activity',
  notes: 'the teacher’s notes',
};

/**
 * The anchor in words; one that names nothing in the plan any more says so, with what the reviewer
 * saw it as (`about`) when the review file says.
 */
export function anchorLabel(anchor: Anchor, body: PlanBody | null, about?: string): string {
  if (anchor.kind === 'plan') return 'The whole plan';
  const found = body ? anchorOptions(body).find((o) => o.value === anchorValue(anchor)) : undefined;
  if (found) return found.label;
  if (about?.trim()) return `${about.trim()} — no longer in the plan`;
  return `About ${GONE[anchor.kind]} that is no longer in the plan`;
}
