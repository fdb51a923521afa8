// The coach's overview on real IndexedDB (fake-indexeddb): status from what the coach did, the
// latest comment, and the author of each bundle, through the same rows the Reviews screen shows.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_METHOD, DEFAULT_SCALE, makePlanBundle, type PlanBundleInput } from '../../../shared';
import { db } from '../../../renderer/db/db';
import { addCoachReviews, addComment, changeLookFors, listCoachOverview, markReviewSent } from '../../../renderer/db/reviews';
import { getTeacherProfile, setTeacherProfile } from '../../../renderer/db/profile';
import { overviewRow } from '../../../renderer/review/overviewRows';

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterAll(async () => {
  await db.delete();
});

function input(id: string, author?: PlanBundleInput['author']): PlanBundleInput {
  return {
    ...(author ? { author } : {}),
    plan: {
      id,
      title: `Plan ${id}`,
      date: '2026-03-02',
      body: {
        model: 'station',
        dates: ['2026-03-02'],
        start: '09:00',
        minutesPerStation: 45,
        transitionMinutes: 2,
        stations: [
          { id: 't', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: {} },
          { id: 'o', name: 'Online', kind: 'online', adult: null, activities: {} },
        ],
        groups: [
          { id: 'g1', name: 'Group 1', color: '#1a3578', studentIds: ['a', 'b', 'c'], need: 1.5 },
          { id: 'g2', name: 'Group 2', color: '#1f7a3a', studentIds: ['d', 'e', 'f'], need: 3 },
        ],
        screenLimitPerDay: 40,
        notes: '',
      },
    },
    grouping: null,
    skills: [],
    mastery: { scale: DEFAULT_SCALE, method: DEFAULT_METHOD, summaries: {} },
    students: ['a', 'b', 'c', 'd', 'e', 'f'].map((s) => ({ id: s, name: `Student ${s}` })),
    className: 'Grade 6',
  };
}

const OPTIONS = { appVersion: '1', exportedAt: '2026-03-02T08:00:00.000Z', pseudonymise: false };

describe('the coach overview', () => {
  it('goes from to review, to reviewed, to sent, and back to reviewed on a change', async () => {
    const { id } = (await addCoachReviews([makePlanBundle(input('p1', { name: 'Ana Okafor', school: 'Maplewood' }), OPTIONS)], 'Coach'))[0]!;
    const status = async () => overviewRow((await listCoachOverview())[0]!).status;
    expect(await status()).toBe('to_review');
    await addComment(id, { kind: 'activity', ref: 'o:g1' }, 'Headphones on: no talk here.');
    expect(await status()).toBe('reviewed');
    await markReviewSent(id, new Date(Date.now() + 1000).toISOString());
    expect(await status()).toBe('sent');
    await new Promise((r) => setTimeout(r, 1100));
    await changeLookFors(id, (all) => all.map((l, i) => (i === 0 ? { ...l, rating: 3 } : l)));
    expect(await status()).toBe('reviewed');
  });

  it('reads the author, the warnings, teacher time to the neediest group and the latest comment', async () => {
    const { id } = (await addCoachReviews(
      [makePlanBundle(input('p1', { name: 'Ana Okafor', school: 'Maplewood' }), OPTIONS), makePlanBundle(input('p2'), OPTIONS)],
      'Coach',
    ))[0]!;
    await addComment(id, { kind: 'plan', ref: '' }, 'First');
    await new Promise((r) => setTimeout(r, 5));
    await addComment(id, { kind: 'notes', ref: '' }, 'Second');
    const rows = (await listCoachOverview()).map(overviewRow);
    const ana = rows.find((r) => r.reviewId === id)!;
    expect(ana.teacher).toBe('Ana Okafor');
    expect(ana.school).toBe('Maplewood');
    expect(ana.commentCount).toBe(2);
    expect(ana.lastComment?.text).toBe('Second');
    expect(ana.neediestGroup).toBe('Group 1');
    expect(ana.neediestTeacherMinutes).toBe(45);
    expect(ana.screenMinutes).toBe(45);
    expect(ana.warnings.some((w) => /screen time/.test(w))).toBe(true);
    // A bundle without an author (older exports) is the unnamed teacher, not an error.
    expect(rows.find((r) => r.reviewId !== id)!.teacher).toBe('Teacher not named');
  });

  it('keeps the teacher profile, trimmed, and reads an empty one before it is set', async () => {
    expect(await getTeacherProfile()).toEqual({ name: '', school: '', email: '' });
    await setTeacherProfile({ name: ' Ana Okafor ', school: 'Maplewood', email: '' });
    expect(await getTeacherProfile()).toEqual({ name: 'Ana Okafor', school: 'Maplewood', email: '' });
  });
});
