import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, masteryMatrix, type Evidence, type Student } from '../../../shared';
import { belowMasteryCount, offsetShowing, visibleStudents } from '../../../renderer/mastery/tracker/trackerView';

const student = (id: string, familyName: string): Student => ({
  id,
  givenName: id.toUpperCase(),
  familyName,
  preferredName: '',
  studentNumber: '',
  email: '',
  notes: '',
  archived: 0,
  createdAt: '',
});
const ev = (studentId: string, skillId: string, score: number): Evidence => ({
  id: `${studentId}${skillId}`,
  classId: 'c',
  studentId,
  skillId,
  score,
  date: '2026-10-01',
  source: '',
  note: '',
  createdAt: '2026-10-01T00:00:00Z',
});

const students = [student('a', 'Zeller'), student('b', 'Young'), student('c', 'Xu'), student('d', 'Walsh')];
const matrix = masteryMatrix({
  studentIds: students.map((s) => s.id),
  skillIds: ['k', 'j'],
  evidence: [ev('a', 'k', 4), ev('b', 'k', 1), ev('b', 'j', 1), ev('c', 'k', 2.5), ev('c', 'j', 3)],
  scale: DEFAULT_SCALE,
  method: { kind: 'latest' },
});
const none = { attentionMin: null, skillLevel: null };
const names = (list: Student[]) => list.map((s) => s.familyName);

describe('visibleStudents', () => {
  it('sorts by name, by a skill either way with the unknown last, and by need', () => {
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'name' }, none))).toEqual(['Walsh', 'Xu', 'Young', 'Zeller']);
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'skill', skillId: 'k', dir: 'asc' }, none))).toEqual(['Young', 'Xu', 'Zeller', 'Walsh']);
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'skill', skillId: 'k', dir: 'desc' }, none))).toEqual(['Zeller', 'Xu', 'Young', 'Walsh']);
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'attention' }, none))[0]).toBe('Young');
  });

  it('filters to who needs attention and to a level on a skill', () => {
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'name' }, { attentionMin: 2, skillLevel: null }))).toEqual(['Young']);
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'name' }, { attentionMin: 1, skillLevel: null }))).toEqual(['Xu', 'Young']);
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'name' }, { attentionMin: null, skillLevel: { skillId: 'k', level: 2 } }))).toEqual(['Xu']);
    expect(names(visibleStudents(students, matrix, DEFAULT_SCALE, { by: 'name' }, { attentionMin: null, skillLevel: { skillId: 'j', level: 'none' } }))).toEqual(['Walsh', 'Zeller']);
  });
});

describe('offsetShowing: scrolling a cell wholly into view past the sticky header', () => {
  // a 400 px view whose first 76 px are the sticky header; rows of 38 px
  it('keeps the offset when the row is wholly in view', () => {
    expect(offsetShowing(0, 400, 76, 76, 38)).toBe(0);
    expect(offsetShowing(100, 400, 76, 200, 38)).toBe(100);
  });
  it('scrolls down just enough to show a row below the view', () => {
    expect(offsetShowing(0, 400, 76, 76 + 9 * 38, 38)).toBe(76 + 10 * 38 - 400);
  });
  it('scrolls up so a row above is clear of the header, not under it', () => {
    expect(offsetShowing(500, 400, 76, 76 + 5 * 38, 38)).toBe(5 * 38);
  });
  it('shows a row cut by the bottom edge in full', () => {
    expect(offsetShowing(0, 400, 76, 380, 38)).toBe(18);
  });
});

describe('belowMasteryCount', () => {
  it('counts again when a row changes, and answers the same for the same row', () => {
    const build = (a: number) =>
      masteryMatrix({ studentIds: ['a'], skillIds: ['s1', 's2'], evidence: [ev('a', 's1', a), ev('a', 's2', 4)], scale: DEFAULT_SCALE, method: { kind: 'latest' } });
    const before = build(1);
    expect(belowMasteryCount(before, 'a', DEFAULT_SCALE)).toBe(1);
    expect(belowMasteryCount(before, 'a', DEFAULT_SCALE)).toBe(1);
    expect(belowMasteryCount(build(4), 'a', DEFAULT_SCALE)).toBe(0);
    expect(belowMasteryCount(before, 'nobody', DEFAULT_SCALE)).toBe(0);
  });
});
