import type { SampleClearSummary } from '../db/sample';
import { listInWords, plural } from '../../shared';

const MAX_NAMED = 8;

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
    s.plans.length && plural(s.plans.length, 'plan'),
    s.groupings.length && plural(s.groupings.length, 'grouping'),
    s.reviews.length && `${plural(s.reviews.length, 'review')}${s.comments ? ` (with ${plural(s.comments, 'comment')})` : ''}`,
    s.goals.length && `${plural(s.goals.length, 'goal')}${s.checkIns ? ` (with ${plural(s.checkIns, 'check-in')})` : ''}`,
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
      `This also deletes ${listInWords(kinds)} you made on the sample class: ${shown.join(', ')}${more ? ` and ${more} more` : ''}.`,
    );
  }
  const own = [
    s.ownClasses.evidence && plural(s.ownClasses.evidence, 'score'),
    s.ownClasses.classSkills && plural(s.ownClasses.classSkills, 'tracked skill'),
    s.ownClasses.enrollments && plural(s.ownClasses.enrollments, 'sample student', 'sample students'),
  ].filter((k): k is string => !!k);
  if (own.length) {
    sentences.push(`It also deletes, from your own classes, what uses sample skills or students: ${listInWords(own)}.`);
  }
  return sentences;
}

/** The toast after clearing: what went, so the teacher knows what Undo brings back. */
export function clearedWords(s: SampleClearSummary): string {
  const kinds = [
    s.plans.length && plural(s.plans.length, 'plan'),
    s.groupings.length && plural(s.groupings.length, 'grouping'),
    s.reviews.length && plural(s.reviews.length, 'review'),
    s.goals.length && plural(s.goals.length, 'goal'),
  ].filter((k): k is string => !!k);
  return kinds.length ? `Sample data cleared, with ${listInWords(kinds)}.` : 'Sample data cleared. You can load it again from Settings.';
}
