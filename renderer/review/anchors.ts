// What a review comment is about: the plan, a station, a group or a time slot (a round).
import type { PlanBody } from '../../shared';
import type { Anchor } from '../db/reviews';
import { planView } from '../rotations/planView';

export type AnchorOption = { value: string; label: string; anchor: Anchor };

export function anchorValue(anchor: Anchor): string {
  return `${anchor.kind}:${anchor.ref}`;
}

/** Every anchor a comment on this plan can have, in the order the "About" select lists them. */
export function anchorOptions(body: PlanBody): AnchorOption[] {
  const options: AnchorOption[] = [{ value: 'plan:', label: 'The whole plan', anchor: { kind: 'plan', ref: '' } }];
  for (const s of body.stations) {
    const anchor: Anchor = { kind: 'station', ref: s.id };
    options.push({ value: anchorValue(anchor), label: `Station: ${s.name.trim() || 'unnamed station'}`, anchor });
  }
  for (const g of body.groups) {
    const anchor: Anchor = { kind: 'group', ref: g.id };
    options.push({ value: anchorValue(anchor), label: `Group: ${g.name.trim() || 'unnamed group'}`, anchor });
  }
  const view = planView(body);
  for (const r of view.rounds) {
    const anchor: Anchor = { kind: 'slot', ref: `round-${r.round}` };
    const day = view.days > 1 ? `day ${r.day + 1}, ` : '';
    options.push({ value: anchorValue(anchor), label: `Time: round ${r.round + 1} (${day}${r.start}–${r.end})`, anchor });
  }
  return options;
}

/**
 * The anchor in words; one that names nothing in the plan any more says so, with what the reviewer
 * saw it as (`about`) when the review file says.
 */
export function anchorLabel(anchor: Anchor, body: PlanBody | null, about?: string): string {
  if (anchor.kind === 'plan') return 'The whole plan';
  const found = body ? anchorOptions(body).find((o) => o.value === anchorValue(anchor)) : undefined;
  if (found) return found.label;
  if (about?.trim()) return `${about.trim()} — no longer in the plan`;
  const kind = anchor.kind === 'slot' ? 'a time slot' : `a ${anchor.kind}`;
  return `About ${kind} that is no longer in the plan`;
}
