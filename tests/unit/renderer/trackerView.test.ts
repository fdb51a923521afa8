import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, masteryMatrix, type Evidence, type Student } from '../../../shared';
import { visibleStudents } from '../../../renderer/mastery/tracker/trackerView';

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
