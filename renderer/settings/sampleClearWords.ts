import type { SampleClearSummary } from '../db/sample';

const MAX_NAMED = 8;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" */
export function listWords(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** How many things of the teacher's own a clear would take with it. */
export function teacherWorkCount(s: SampleClearSummary): number {
  return s.plans.length + s.groupings.length + s.reviews.length + s.goals.length + s.ownClasses.evidence + s.ownClasses.enrollments + s.ownClasses.classSkills;
}

/**
 * What clearing the sample takes besides the sample itself, in words, or null when nothing of the
 * teacher's goes: "This also deletes 2 plans, 1 grouping and 1 review you made on the sample
 * class: “Tuesday”, “Wednesday”, “Ratio groups”, Coach Rivera on “Tuesday”."
 */
export function teacherWorkWords(s: SampleClearSummary): string[] {
  const sentences: string[] = [];
  const kinds = [
    s.plans.length && count(s.plans.length, 'plan'),
    s.groupings.length && count(s.groupings.length, 'grouping'),
    s.reviews.length && `${count(s.reviews.length, 'review')}${s.comments ? ` (with ${count(s.comments, 'comment')})` : ''}`,
    s.goals.length && `${count(s.goals.length, 'goal')}${s.checkIns ? ` (with ${count(s.checkIns, 'check-in')})` : ''}`,
  ].filter((k): k is string => !!k);
  if (kinds.length) {
    const names = [
      ...s.plans.map((t) => `“${t}”`),
      ...s.groupings.map((t) => `“${t}”`),
      ...s.reviews.map((t) => `the review by ${t}`),
      ...s.goals.map((t) => `“${t}”`),
    ];
    const shown = names.slice(0, MAX_NAMED);
    const more = names.length - shown.length;
    sentences.push(
      `This also deletes ${listWords(kinds)} you made on the sample class: ${shown.join(', ')}${more ? ` and ${more} more` : ''}.`,
    );
  }
  const own = [
    s.ownClasses.evidence && count(s.ownClasses.evidence, 'score'),
    s.ownClasses.classSkills && count(s.ownClasses.classSkills, 'tracked skill'),
    s.ownClasses.enrollments && count(s.ownClasses.enrollments, 'sample student', 'sample students'),
  ].filter((k): k is string => !!k);
  if (own.length) {
    sentences.push(`It also deletes, from your own classes, what uses sample skills or students: ${listWords(own)}.`);
  }
  return sentences;
}

/** The toast after clearing: what went, so the teacher knows what Undo brings back. */
export function clearedWords(s: SampleClearSummary): string {
  const kinds = [
    s.plans.length && count(s.plans.length, 'plan'),
    s.groupings.length && count(s.groupings.length, 'grouping'),
    s.reviews.length && count(s.reviews.length, 'review'),
    s.goals.length && count(s.goals.length, 'goal'),
  ].filter((k): k is string => !!k);
  return kinds.length ? `Sample data cleared, with ${listWords(kinds)}.` : 'Sample data cleared. You can load it again from Settings.';
}
