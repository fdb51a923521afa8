import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../../renderer/db/plans';
import { describeChange } from '../../../renderer/rotations/planChange';

const draft: PlanDraft = {
  classId: 'c',
  title: 'Ratios',
  groupingId: 'g',
  body: {
    model: 'station',
    dates: ['2026-11-24'],
    start: '09:00',
    minutesPerStation: 15,
    transitionMinutes: 2,
    stations: [
      { id: 's1', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: {} },
      { id: 's2', name: 'Online', kind: 'online', adult: null, activities: {} },
    ],
    groups: [
      { id: 'a', name: 'Group 1', color: '#123456', studentIds: ['x'] },
      { id: 'b', name: 'Group 2', color: '#654321', studentIds: ['y'] },
    ],
    screenLimitPerDay: 40,
    notes: '',
  },
};
const withBody = (body: Partial<PlanDraft['body']>): PlanDraft => ({
  ...draft,
  body: { ...draft.body, ...body },
});

describe('describeChange', () => {
  it('names a swap or reorder of the groups, which never merges with the step before', () => {
    expect(describeChange(draft, withBody({ groups: [...draft.body.groups].reverse() }))).toEqual({
      label: 'Changed the group order',
      key: 'groups',
      merge: false,
    });
  });

  it('merges typing in one field into one step, field by field', () => {
    expect(describeChange(draft, withBody({ minutesPerStation: 2 }))).toEqual({
      label: 'Changed the minutes per station',
      key: 'body:minutesPerStation',
      merge: true,
    });
    expect(describeChange(draft, { ...draft, title: 'Ratios 2' })).toMatchObject({
      key: 'title',
      merge: true,
    });
    const named = withBody({
      stations: [{ ...draft.body.stations[0]!, name: 'Teacher tables' }, draft.body.stations[1]!],
    });
    expect(describeChange(draft, named)).toEqual({
      label: 'Changed Teacher tables',
      key: 'station:s1:name',
      merge: true,
    });
    const shared = withBody({
      stations: [
        draft.body.stations[0]!,
        { ...draft.body.stations[1]!, everyGroup: { activity: 'Khan', resources: '', evidence: '' } },
      ],
    });
    expect(describeChange(draft, shared)).toEqual({
      label: 'Changed the activities at Online',
      key: 'station:s2:everyGroup',
      merge: true,
    });
  });

  it('names stations added, removed and moved, and a model change', () => {
    expect(describeChange(draft, withBody({ stations: draft.body.stations.slice(0, 1) })).label).toBe(
      'Removed a station',
    );
    expect(describeChange(draft, withBody({ stations: [...draft.body.stations].reverse() })).label).toBe(
      'Moved a station',
    );
    expect(describeChange(draft, withBody({ model: 'lab' }))).toEqual({
      label: 'Changed the model',
      key: 'body:model',
      merge: false,
    });
  });
});
