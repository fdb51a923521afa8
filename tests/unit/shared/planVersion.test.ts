import { describe, expect, it } from 'vitest';
import {
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  currentPlanVersion,
  reviewedPlanVersion,
  makePlanBundle,
  makeReviewFile,
  planVersion,
  readPlanBundle,
  readReviewFile,
  reviewedVersion,
  serializeBundle,
  serializeReviewFile,
} from '../../../shared';
import type { PlanBody, PlanBundleInput } from '../../../shared';

const OPTIONS = { appVersion: '1.4.0', exportedAt: '2025-03-14T09:00:00.000Z' };

function input(change: (body: PlanBody) => PlanBody = (b) => b): PlanBundleInput {
  const body: PlanBody = {
    model: 'station',
    dates: ['2025-03-14'],
    start: '09:00',
    minutesPerStation: 20,
    transitionMinutes: 2,
    stations: [
      {
        id: 'st-t',
        name: 'Teacher table',
        kind: 'teacher',
        adult: 'teacher',
        activities: { g1: { activity: 'Ana Lee reads', resources: '', evidence: '' } },
      },
      { id: 'st-o', name: 'Online practice', kind: 'online', adult: null, devices: 10, activities: {} },
    ],
    groups: [
      { id: 'g1', name: 'Group 1', color: '#1a3578', studentIds: ['a1', 'b2'], need: 1.5 },
      { id: 'g2', name: 'Group 2', color: '#1f7a3a', studentIds: ['c3'], need: null },
    ],
    screenLimitPerDay: 60,
    notes: 'Ben Okafor needs the large print.',
  };
  return {
    plan: { id: 'plan-1', title: 'Fractions rotation', date: '2025-03-14', body: change(body) },
    grouping: null,
    skills: [{ id: 'sk-1', code: '4.NF.1', statement: 'Explain equivalent fractions' }],
    mastery: {
      scale: DEFAULT_SCALE,
      method: DEFAULT_METHOD,
      summaries: { a1: { 'sk-1': 2 }, b2: { 'sk-1': 3 }, c3: { 'sk-1': null } },
    },
    students: [
      { id: 'a1', name: 'Ana Lee' },
      { id: 'b2', name: 'Ben Okafor' },
      { id: 'c3', name: 'Chloé Dubois' },
    ],
    className: 'Grade 4 Maths',
  };
}

/** The plan part of a bundle the way a coach holds it: exported, written to a file and read back. */
function coachPlan(source: PlanBundleInput, pseudonymise: boolean) {
  const read = readPlanBundle(serializeBundle(makePlanBundle(source, { ...OPTIONS, pseudonymise })));
  if (!read.ok) throw new Error(read.problem);
  return read.bundle.content.plan;
}

describe('plan version', () => {
  it('is a SHA-256 of the plan part alone', () => {
    expect(planVersion(input().plan)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('a coach’s copy records the teacher’s version, plain or pseudonymised, and it matches the plan now', () => {
    for (const pseudonymise of [false, true]) {
      const bundle = makePlanBundle(input(), { ...OPTIONS, pseudonymise, planVersion: currentPlanVersion(input())! });
      const read = readPlanBundle(serializeBundle(bundle));
      if (!read.ok) throw new Error(read.problem);
      expect(reviewedPlanVersion(read.bundle.content)).toBe(currentPlanVersion(input()));
    }
    // Without the teacher's version, a plain copy still gives its own; a pseudonymised one cannot.
    expect(reviewedPlanVersion({ plan: coachPlan(input(), false), pseudonymised: false })).toBe(currentPlanVersion(input()));
    expect(reviewedPlanVersion({ plan: coachPlan(input(), true), pseudonymised: true })).toBeNull();
  });

  it('does not change when a student joins the class, though pseudonym numbers may shift', () => {
    const joined = input();
    joined.students = [...joined.students, { id: 'zz-new', name: 'Zed Newcomer' }];
    expect(currentPlanVersion(joined)).toBe(currentPlanVersion(input()));
  });

  it('ignores what is not the plan: export time, app version, mastery data, class name, key order', () => {
    const before = planVersion(coachPlan(input(), false));
    const other = input();
    other.mastery.summaries = { a1: { 'sk-1': 4 } };
    other.className = 'Renamed class';
    const reordered = {
      ...other,
      plan: { body: other.plan.body, date: other.plan.date, title: other.plan.title, id: other.plan.id },
    };
    const bundle = makePlanBundle(reordered, {
      appVersion: '9.9.9',
      exportedAt: '2030-01-01T00:00:00.000Z',
      pseudonymise: false,
    });
    expect(planVersion(bundle.content.plan)).toBe(before);
  });

  it('changes with any edit of the plan itself', () => {
    const before = currentPlanVersion(input());
    const edits: ((b: PlanBody) => PlanBody)[] = [
      (b) => ({ ...b, minutesPerStation: 21 }),
      (b) => ({ ...b, stations: b.stations.slice(1) }),
      (b) => ({ ...b, groups: [...b.groups].reverse() }),
      (b) => ({ ...b, notes: `${b.notes} ` }),
      (b) => ({
        ...b,
        groups: b.groups.map((g) => (g.id === 'g2' ? { ...g, studentIds: [...g.studentIds, 'd4'] } : g)),
      }),
    ];
    for (const edit of edits) expect(currentPlanVersion(input(edit))).not.toBe(before);
    const retitled = input();
    retitled.plan.title = 'Fractions rotation, take 2';
    expect(currentPlanVersion(retitled)).not.toBe(before);
  });

  it('drops what a reader would drop, so a field this Blendwise does not know does not count as a change', () => {
    const extra = input((b) => ({ ...b, somethingNew: 'from a later version' }) as PlanBody);
    expect(currentPlanVersion(extra)).toBe(currentPlanVersion(input()));
  });

  it('is null for a plan a reader would refuse, and never throws', () => {
    expect(planVersion(input((b) => ({ ...b, start: 'nine' })).plan)).toBeNull();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(planVersion(cyclic as never)).toBeNull();
  });
});

describe('reviewed version', () => {
  const seen = { exportedAt: '2025-03-14T09:00:00.000Z', version: 'sha256:aa', pseudonymised: false };

  it('says whether the reviewer saw the plan as it is now', () => {
    expect(reviewedVersion({ reviewedPlan: seen }, 'sha256:aa')).toEqual({
      state: 'current',
      planExportedAt: seen.exportedAt,
    });
    expect(reviewedVersion({ reviewedPlan: seen }, 'sha256:bb')).toEqual({
      state: 'earlier',
      planExportedAt: seen.exportedAt,
    });
  });

  it('cannot tell for a file from before the version was written, or when the plan now is not known', () => {
    expect(reviewedVersion({}, 'sha256:aa')).toEqual({ state: 'unknown', planExportedAt: null });
    expect(reviewedVersion({ reviewedPlan: seen }, null)).toEqual({
      state: 'unknown',
      planExportedAt: seen.exportedAt,
    });
  });
});

describe('review file: the version reviewed and what comments are about', () => {
  it('round-trips, and reads files written without them', () => {
    const base = {
      planId: 'plan-1',
      planChecksum: 'sha256:00',
      reviewer: 'Coach Rivera',
      lookFors: [],
      comments: [
        {
          id: 'c1',
          anchor: { kind: 'station' as const, ref: 'st-o' },
          text: 'Fewer devices?',
          createdAt: '2025-03-14T10:00:00.000Z',
        },
      ],
    };
    const full = makeReviewFile(
      {
        ...base,
        reviewedPlan: { exportedAt: OPTIONS.exportedAt, version: 'sha256:aa', pseudonymised: true },
        comments: base.comments.map((c) => ({ ...c, about: 'Station: Online practice' })),
      },
      OPTIONS,
    );
    expect(readReviewFile(serializeReviewFile(full))).toEqual({ ok: true, review: full });
    expect(full.content.reviewedPlan).toEqual({
      exportedAt: OPTIONS.exportedAt,
      version: 'sha256:aa',
      pseudonymised: true,
    });
    expect(full.content.comments[0]!.about).toBe('Station: Online practice');

    const old = makeReviewFile(base, OPTIONS);
    expect(serializeReviewFile(old)).not.toContain('reviewedPlan');
    expect(serializeReviewFile(old)).not.toContain('"about"');
    const read = readReviewFile(serializeReviewFile(old));
    expect(read.ok && read.review.content.reviewedPlan).toBeUndefined();
  });
});
