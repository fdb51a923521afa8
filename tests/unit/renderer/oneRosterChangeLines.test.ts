import { describe, expect, it } from 'vitest';
import { pickPlan, type ClassPlan, type RosterSyncPlan } from '../../../shared/import/oneRoster/resync';
import { changeLines } from '../../../renderer/ui/import/oneRosterPlan';

const classPlan = (key: string, name: string, status: ClassPlan['status']): ClassPlan => ({
  key,
  status,
  classId: status === 'new' ? null : `id-${key}`,
  matchedBy: status === 'new' ? null : 'sourcedId',
  fields: { sourcedId: key, name, subject: '', grade: '', term: '', termStart: '', termEnd: '' },
  changes: [],
  classCode: '',
  teachers: [],
  studentKeys: [],
  joining: 0,
  leaving: [],
  note: '',
});

const plan: RosterSyncPlan = {
  classes: [classPlan('c1', 'Math 6', 'new'), classPlan('c2', 'Math 7', 'same'), classPlan('c3', 'Old', 'deleted')],
  students: [],
  enroll: [],
};

describe("the roster export preview's change lines", () => {
  it('says no class is picked when none is, rather than that nothing changes', () => {
    const lines = changeLines(pickPlan(plan, new Set()));
    expect(lines.map((l) => l.label)).toEqual(['No classes picked']);
  });

  it('counts a class marked to be deleted as not picked', () => {
    expect(changeLines(pickPlan(plan, new Set(['c3']))).map((l) => l.label)).toEqual(['No classes picked']);
  });

  it('says nothing changes when the picked classes are already here as the export has them', () => {
    expect(changeLines(pickPlan(plan, new Set(['c2']))).map((l) => l.label)).toEqual(['1 class is already in Blendwise', 'Nothing changes']);
  });

  it('names a new class', () => {
    expect(changeLines(pickPlan(plan, new Set(['c1'])))[0]).toEqual({ label: '1 new class', detail: 'Math 6' });
  });
});
