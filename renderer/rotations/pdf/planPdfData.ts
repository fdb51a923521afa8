// What the plan PDF says about a plan, worked out from its parts: the groups with the scores behind
// them, the times of each day. Pure, so it is tested without a browser.
import { formatLevel, groupMean, levelFor, type MasteryScale, type PlanGroup, type RotationSlot } from '../../../shared';

export type StudentEvidence = {
  id: string;
  name: string;
  /** the student's grouping score when the grouping was made */
  score: number | null;
  /** the student's current level on each of the grouping's skills, in the skills' order */
  skills: (number | null)[];
};

export type GroupEvidence = {
  group: PlanGroup;
  students: StudentEvidence[];
  /** the mean grouping score (the plan's `need` when no student has a score) */
  mean: number | null;
  skillMeans: (number | null)[];
};

export type EvidenceSource = {
  names: Record<string, string>;
  /** grouping scores by student id */
  scores: Record<string, number | null>;
  skillIds: string[];
  /** student id -> skill id -> current level */
  summaries: Record<string, Record<string, number | null>>;
};

/** Each plan group with its students (by name) and their scores, and the group's means. */
export function groupEvidence(groups: readonly PlanGroup[], source: EvidenceSource): GroupEvidence[] {
  return groups.map((group) => {
    const students = group.studentIds
      .map(
        (id): StudentEvidence => ({
          id,
          name: source.names[id] ?? 'A student who left',
          score: source.scores[id] ?? null,
          skills: source.skillIds.map((skillId) => source.summaries[id]?.[skillId] ?? null),
        }),
      )
      .sort((a, b) => a.name.localeCompare(b.name));
    const mean = groupMean(students.map((s) => s.score)) ?? (typeof group.need === 'number' ? group.need : null);
    const skillMeans = source.skillIds.map((_, i) => groupMean(students.map((s) => s.skills[i] ?? null)));
    return { group, students, mean, skillMeans };
  });
}

/** 2.456 -> '2.46', 3 -> '3', 1.005 -> '1.01': a level or mean as every screen writes it (shared/format) */
export function num(x: number): string {
  return formatLevel(x);
}

/**
 * A score with its level's label, so it reads without colour: '2.5 Approaching'; '—' for none.
 * The label is the level of the number as written (a mean of 2.9986 reads '3 Meets', never
 * '3 Approaching'): both come from the same half-up rounding.
 */
export function scoreWords(value: number | null, scale: MasteryScale): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const written = num(value);
  const level = levelFor(Number(written), scale);
  return level ? `${written} ${level.label}` : written;
}

/** From the first start to the last end of each day's rounds, by day: ['09:00–10:06']. */
export function daySpans(slots: readonly RotationSlot[]): string[] {
  const spans: { start: string; end: string }[] = [];
  for (const slot of slots) {
    const span = spans[slot.day];
    if (!span) spans[slot.day] = { start: slot.start, end: slot.end };
    else {
      if (slot.start < span.start) span.start = slot.start;
      if (slot.end > span.end) span.end = slot.end;
    }
  }
  return Array.from(spans, (s) => (s ? `${s.start}–${s.end}` : ''));
}
