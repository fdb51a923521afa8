import { describe, expect, it } from 'vitest';
import type { SampleClearSummary } from '../../../renderer/db/sample';
import { clearedWords, teacherWorkCount, teacherWorkWords } from '../../../renderer/settings/sampleClearWords';

const fresh: SampleClearSummary = {
  classes: ['Grade 6 Math — Period 2'],
  students: 28,
  evidence: 650,
  plans: [],
  groupings: [],
  reviews: [],
  comments: 0,
  goals: [],
  checkIns: 0,
  ownClasses: { evidence: 0, enrollments: 0, classSkills: 0 },
};

describe('the words for clearing the sample', () => {
  it('names nothing, and asks nothing, for a sample the teacher has not built on', () => {
    expect(teacherWorkCount(fresh)).toBe(0);
    expect(teacherWorkWords(fresh)).toEqual([]);
    expect(clearedWords(fresh)).toBe('Sample data cleared. You can load it again from Settings.');
  });

  it('names every plan, grouping and review the teacher made on the sample', () => {
    const s = { ...fresh, plans: ['Monday', 'Tuesday'], groupings: ['Ratio groups'], reviews: ['Coach Rivera on “Monday”'], comments: 3 };
    expect(teacherWorkCount(s)).toBe(4);
    expect(teacherWorkWords(s)).toEqual([
      'This also deletes 2 plans, 1 grouping and 1 review (with 3 comments) you made on the sample class: “Monday”, “Tuesday”, “Ratio groups”, the review by Coach Rivera on “Monday”.',
    ]);
    expect(clearedWords(s)).toBe('Sample data cleared, with 2 plans, 1 grouping and 1 review.');
  });

  it('says what goes from the teacher\'s own classes, and shortens a long list', () => {
    const s = { ...fresh, plans: Array.from({ length: 10 }, (_, i) => `Plan ${i + 1}`), ownClasses: { evidence: 4, enrollments: 0, classSkills: 1 } };
    const [made, own] = teacherWorkWords(s);
    expect(made).toMatch(/^This also deletes 10 plans you made on the sample class: “Plan 1”, .*“Plan 8” and 2 more\.$/);
    expect(own).toBe('It also deletes, from your own classes, what uses sample skills or students: 4 scores and 1 tracked skill.');
  });
});
