import { describe, expect, it } from 'vitest';
import type { GoalRecord } from '../../../shared';
import { sheetChoices } from '../../../renderer/goals/sheet/sheetChoices';

const goal = (id: string, studentId: string, title = 'I can reach Meets on 6.RP.A.3', dueDate = '2026-03-20'): GoalRecord =>
  ({
    id,
    classId: 'c',
    studentId,
    title,
    skills: [{ skillId: 's3', target: 3 }],
    startDate: '2026-03-01',
    dueDate,
    actionSteps: [],
    createdAt: '',
  }) as unknown as GoalRecord;

const students = [
  { id: 'ana', name: 'Ana Able' },
  { id: 'ben', name: 'Ben Baker' },
  { id: 'cy', name: 'Cy Cole' },
  { id: 'dee', name: 'Dee Dunn' },
];

describe('whose goal sheets print together', () => {
  it('offers the whole class, each goal set for several students, and each group of the newest grouping', () => {
    const choices = sheetChoices({
      students,
      goals: [goal('g1', 'cy'), goal('g2', 'ana'), goal('g3', 'ben', 'My own words'), goal('g4', 'dee', 'I can reach Meets on 6.RP.A.3', '2026-04-01')],
      groupings: [
        { id: 'new', name: 'Tuesday', groups: [{ name: 'Front table', color: '', studentIds: ['dee', 'gone', 'ana'] }, { name: '', color: '', studentIds: [] }] },
        { id: 'old', name: 'Monday', groups: [{ name: 'Old', color: '', studentIds: ['ben'] }] },
      ],
    });
    expect(choices).toEqual([
      { key: 'class', label: 'Everyone with an open goal (4 students)', studentIds: ['ana', 'ben', 'cy', 'dee'] },
      { key: 'goal:g1', label: 'The goal “I can reach Meets on 6.RP.A.3” (2 students)', studentIds: ['ana', 'cy'] },
      { key: 'group:new:0', label: 'Front table of “Tuesday” (2 students)', studentIds: ['ana', 'dee'] },
    ]);
  });

  it('always offers the class, even with no goal yet', () => {
    expect(sheetChoices({ students, goals: [], groupings: [] })).toEqual([
      { key: 'class', label: 'Everyone with an open goal (0 students)', studentIds: [] },
    ]);
  });
});
