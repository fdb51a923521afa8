import { describe, expect, it } from 'vitest';
import { makeGroupsAround, type GroupingRequest } from '../../../shared';

const students = Array.from({ length: 27 }, (_, i) => ({ id: `s${i}`, score: 1 + (i % 10) * 0.3 }));
const base: GroupingRequest = { students, strategy: 'similar', groupCount: 5, seed: 7 };
const locked = ['s3', 's8', 's12', 's20', 's26'];

describe('regrouping around whole locked groups', () => {
  it('keeps a locked group exactly, at its place, and groups everyone else into the other groups', () => {
    for (const strategy of ['similar', 'mixed'] as const) {
      const r = makeGroupsAround({ ...base, strategy }, [{ at: 2, studentIds: locked }]);
      expect(r.groups).toHaveLength(5);
      expect(r.lockedAt).toEqual([2]);
      expect(r.groups[2]).toEqual(locked);
      const others = r.groups.filter((_, i) => i !== 2);
      expect(others.flat().sort()).toEqual(students.map((s) => s.id).filter((id) => !locked.includes(id)).sort());
      // the 22 others in 4 balanced groups
      expect(others.map((g) => g.length).sort()).toEqual([5, 5, 6, 6]);
      expect(r.unmet).toEqual([]);
    }
  });

  it('counts locked groups in the number asked for, and keeps two locks apart', () => {
    const r = makeGroupsAround({ ...base, groupCount: 4 }, [
      { at: 0, studentIds: ['s0', 's1'] },
      { at: 3, studentIds: ['s2'] },
    ]);
    expect(r.groups).toHaveLength(4);
    expect(r.groups[0]).toEqual(['s0', 's1']);
    expect(r.groups[3]).toEqual(['s2']);
    expect(r.groups[1]!.length + r.groups[2]!.length).toBe(24);
  });

  it('leaves absent members out of a locked group and moves a lock past the end to the last place', () => {
    const r = makeGroupsAround({ ...base, groupCount: 3, absent: ['s8'] }, [{ at: 6, studentIds: locked }]);
    expect(r.groups).toHaveLength(3);
    expect(r.lockedAt).toEqual([2]);
    expect(r.groups[2]).toEqual(['s3', 's12', 's20', 's26']);
    expect(r.groups.flat()).not.toContain('s8');
  });

  it('reports the rules a lock breaks, and keeps pins into the other groups', () => {
    const r = makeGroupsAround(
      {
        ...base,
        keepTogether: [['s3', 's4']],
        keepApart: [['s3', 's8']],
        pinned: { s5: 4, s6: 1 },
      },
      [{ at: 1, studentIds: locked }],
    );
    expect(r.groups[1]).toEqual(locked);
    expect(r.groups[4]).toContain('s5');
    expect(r.unmet).toEqual([
      { rule: 'pinned', students: ['s6'] },
      { rule: 'keepApart', students: ['s3', 's8'] },
      { rule: 'keepTogether', students: ['s3', 's4'] },
    ]);
  });

  it('is makeGroups itself with no lock', () => {
    const r = makeGroupsAround(base, []);
    expect(r.groups.flat().sort()).toEqual(students.map((s) => s.id).sort());
    expect(r.lockedAt).toEqual([]);
  });
});
