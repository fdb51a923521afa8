// The tables a profile turns values into levels with (cut scores, placement bands, the teacher's
// own placement wordings), as a form holds them while they are typed.
import {
  placementTable,
  type AssessmentProfile,
  type AssessmentValueKind,
  type MasteryScale,
  type PlacementBand,
} from '../../../shared';

export type LevelTablesDraft = {
  cuts: { min: string; points: string }[];
  /** the cuts are a starting point nobody has checked against the school's norms */
  cutsDraft: boolean;
  bands: Record<PlacementBand, number>;
  own: { text: string; points: string }[];
};

/** A new profile's scale-score cuts: placeholders, shown as a draft until the teacher checks them. */
const PLACEHOLDER_CUTS = [
  { min: 600, points: 4 },
  { min: 500, points: 3 },
  { min: 400, points: 2 },
  { min: 0, points: 1 },
];

export function draftOf(profile: AssessmentProfile, scale: MasteryScale): LevelTablesDraft {
  const cuts = profile.scaleScoreCuts?.length ? profile.scaleScoreCuts : PLACEHOLDER_CUTS;
  return {
    cuts: cuts.map((c) => ({ min: String(c.min), points: String(c.points) })),
    cutsDraft: profile.scaleScoreCuts?.length ? !!profile.cutsDraft : true,
    bands: placementTable(profile.placementPoints, scale),
    own: Object.entries(profile.placementLevels ?? {}).map(([text, points]) => ({ text, points: String(points) })),
  };
}

export type LevelTablesFields = Pick<
  AssessmentProfile,
  'scaleScoreCuts' | 'cutsDraft' | 'placementPoints' | 'placementLevels'
>;

/** The profile's fields from the form, or what to fix first. */
export function fieldsOf(
  draft: LevelTablesDraft,
  kind: AssessmentValueKind,
): { ok: true; fields: LevelTablesFields } | { ok: false; error: string } {
  const cuts = draft.cuts
    .filter((c) => c.min.trim() !== '' || c.points.trim() !== '')
    .map((c) => ({ min: Number(c.min.trim() || NaN), points: Number(c.points.trim() || NaN) }));
  if (kind === 'scale_score' && (cuts.length === 0 || cuts.some((c) => !Number.isFinite(c.min) || !Number.isFinite(c.points)))) {
    return { ok: false, error: 'Give each cut score a number for the lowest scale score and the points it is worth.' };
  }
  const own = draft.own.filter((p) => p.text.trim() || p.points.trim());
  if (kind === 'placement' && own.some((p) => !p.text.trim() || !Number.isFinite(Number(p.points.trim() || NaN)))) {
    return { ok: false, error: 'Give each of your own placement wordings its text and the points it is worth.' };
  }
  return {
    ok: true,
    fields: {
      scaleScoreCuts: cuts.filter((c) => Number.isFinite(c.min) && Number.isFinite(c.points)).sort((a, b) => b.min - a.min),
      cutsDraft: draft.cutsDraft,
      placementPoints: { ...draft.bands },
      placementLevels: Object.fromEntries(own.map((p) => [p.text.trim(), Number(p.points)])),
    },
  };
}
