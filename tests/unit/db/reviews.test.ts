import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_LOOK_FORS,
  DEFAULT_METHOD,
  DEFAULT_SCALE,
  currentPlanVersion,
  emptyStudentFields,
  makePlanBundle,
  makeReviewFile,
  readPlanBundle,
  readReviewFile,
  serializeBundle,
  serializeReviewFile,
  type OpenedFile,
  type PlanBody,
  type PlanBundle,
  type PlanBundleInput,
  type ReviewFile,
} from '../../../shared';
import { db, newId } from '../../../renderer/db/db';
import { savePlan, updatePlan, planBody } from '../../../renderer/db/plans';
import {
  addCoachReviews,
  addComment,
  changeLookFors,
  deleteReview,
  getReviewerName,
  importReceivedReview,
  listCoachReviews,
  listReceivedReviews,
  loadReview,
  removeComment,
  restoreComment,
  restoreReview,
  setCommentResolved,
  setReviewerName,
  setReviewReviewer,
} from '../../../renderer/db/reviews';
import { loadSampleClass } from '../../../renderer/db/sample';
import { addStudentToClass } from '../../../renderer/db/students';
import { anchorLabel } from '../../../renderer/review/anchors';
import { planBundleInput } from '../../../renderer/review/exportData';
import { readPlanFiles } from '../../../renderer/review/files';
import { reviewFileFor } from '../../../renderer/review/reviewExport';
import { importReviewText } from '../../../renderer/review/reviewImport';

const TODAY = '2026-10-14';
const APP = { appVersion: '1.0.0' };

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterAll(async () => {
  await db.delete();
});

// ---- a plan bundle without a database: what a coach receives ----

function body(): PlanBody {
  return {
    model: 'station',
    dates: ['2026-10-15'],
    start: '09:00',
    minutesPerStation: 15,
    transitionMinutes: 2,
    stations: [
      { id: 'st-t', name: 'Teacher table', kind: 'teacher', adult: 'teacher', activities: {} },
      { id: 'st-o', name: 'Online practice', kind: 'online', adult: null, devices: 8, activities: {} },
    ],
    groups: [
      { id: 'g1', name: 'Group 1', color: '#1a3578', studentIds: ['a1', 'b2'] },
      { id: 'g2', name: 'Group 2', color: '#1f7a3a', studentIds: ['c3'] },
    ],
    screenLimitPerDay: 60,
    notes: '',
  };
}

function bundleInput(planId: string, title: string): PlanBundleInput {
  return {
    plan: { id: planId, title, date: '2026-10-15', body: body() },
    grouping: null,
    skills: [],
    mastery: { scale: DEFAULT_SCALE, method: DEFAULT_METHOD, summaries: {} },
    students: [
      { id: 'a1', name: 'Ana Lee' },
      { id: 'b2', name: 'Ben Okafor' },
      { id: 'c3', name: 'Chloé Dubois' },
    ],
    className: 'Grade 6 Math',
  };
}

/** A bundle as the coach's Blendwise holds it: written to a file and read back. */
function received(bundle: PlanBundle): PlanBundle {
  const read = readPlanBundle(serializeBundle(bundle));
  if (!read.ok) throw new Error(read.problem);
  return read.bundle;
}

function bundleOf(
  planId: string,
  title: string,
  exportedAt = '2026-10-14T18:00:00.000Z',
  pseudonymise = false,
): PlanBundle {
  // As the teacher's export does: the plan's version with real names goes into the bundle.
  const input = bundleInput(planId, title);
  return received(makePlanBundle(input, { ...APP, exportedAt, pseudonymise, planVersion: currentPlanVersion(input)! }));
}

function file(name: string, text: string): OpenedFile {
  return { name, data: new TextEncoder().encode(text) };
}

/** Opens one bundle for review; its review's id. */
async function openOne(bundle: PlanBundle, reviewer = ''): Promise<string> {
  const [opened] = await addCoachReviews([bundle], reviewer);
  return opened!.id;
}

/** Comments written within the same millisecond have no order of their own: sort them by what they are about. */
function byKind<T extends { anchor: { kind: string } }>(comments: T[]): T[] {
  return [...comments].sort((a, b) => a.anchor.kind.localeCompare(b.anchor.kind));
}

async function tableCounts() {
  return { reviews: await db.reviews.count(), comments: await db.comments.count() };
}

// ---- the teacher's side: a real plan in the database ----

/** The sample class, a grouping on its first skill and a saved three-station plan from it. */
async function teacherPlan(): Promise<{
  planId: string;
  classId: string;
  draft: Parameters<typeof savePlan>[0];
}> {
  const classId = await loadSampleClass(TODAY);
  const studentIds = (await db.enrollments.where('classId').equals(classId).toArray())
    .map((e) => e.studentId)
    .sort();
  const skillId = (await db.classSkills.where('classId').equals(classId).sortBy('order'))[0]!.skillId;
  const thirds = [0, 1, 2].map((k) => studentIds.filter((_, i) => i % 3 === k));
  const groupingId = newId();
  await db.groupings.add({
    id: groupingId,
    classId,
    date: TODAY,
    name: 'Ratio groups',
    skillIds: [skillId],
    strategy: 'similar',
    groups: thirds.map((ids, i) => ({ name: `Group ${i + 1}`, color: '#1a3578', studentIds: ids })),
    scores: Object.fromEntries(studentIds.map((id, i) => [id, (i % 4) + 0.5])),
    createdAt: `${TODAY}T12:00:00.000Z`,
  });
  const draft = {
    classId,
    title: 'Ratio stations',
    groupingId,
    body: {
      ...body(),
      stations: [
        {
          id: 'st-t',
          name: 'Teacher table',
          kind: 'teacher' as const,
          adult: 'teacher' as const,
          activities: {},
        },
        { id: 'st-o', name: 'Online practice', kind: 'online' as const, adult: null, activities: {} },
        { id: 'st-c', name: 'Ratio talk', kind: 'collaborative' as const, adult: null, activities: {} },
      ],
      groups: thirds.map((ids, i) => ({
        id: `g${i + 1}`,
        name: `Group ${i + 1}`,
        color: '#1a3578',
        studentIds: ids,
      })),
    },
  };
  const planId = await savePlan(draft);
  return { planId, classId, draft };
}

/** The teacher exports the plan; the coach opens it, comments on a station and a group, rates a look-for and exports. */
async function coachReviews(
  planId: string,
  options: { pseudonymise?: boolean; exportedAt?: string } = {},
): Promise<{ text: string; review: ReviewFile }> {
  const exportedAt = options.exportedAt ?? '2026-10-14T18:00:00.000Z';
  const input = await planBundleInput(planId);
  const bundle = received(
    makePlanBundle(input, {
      ...APP,
      exportedAt,
      pseudonymise: options.pseudonymise ?? false,
      planVersion: currentPlanVersion(input)!,
    }),
  );
  const id = await openOne(bundle, 'Coach Rivera');
  await addComment(id, { kind: 'station', ref: 'st-c' }, 'Give the talk station sentence starters.');
  await addComment(id, { kind: 'group', ref: 'g1' }, 'Meet this group twice this week.');
  await addComment(id, { kind: 'plan', ref: '' }, 'A strong plan.');
  await changeLookFors(id, (all) =>
    all.map((l, i) => (i === 0 ? { ...l, rating: 3, note: 'Uses this week’s exit ticket.' } : l)),
  );
  const review = await reviewFileFor(id, { ...APP, exportedAt: '2026-10-16T08:00:00.000Z' });
  // The coach's copy goes away: the teacher's machine only has the file.
  await deleteReview(id);
  return { text: serializeReviewFile(review), review };
}

describe('opening plan bundles for review', () => {
  it('opens one bundle as a coach review with the default look-fors, unrated', async () => {
    const bundle = bundleOf('plan-1', 'Monday stations');
    const [opened] = await addCoachReviews([bundle], 'Coach Rivera');
    expect(opened!.isNew).toBe(true);
    const list = await listCoachReviews();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: opened!.id,
      planId: 'plan-1',
      reviewer: 'Coach Rivera',
      kind: 'coach',
      commentCount: 0,
    });
    expect(list[0]!.bundle).toEqual(bundle);
    expect(list[0]!.lookFors).toEqual(DEFAULT_LOOK_FORS.map((text) => ({ text, rating: null, note: '' })));
  });

  it('opens many at once, each its own review, the newest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-10-15T08:00:00.000Z'));
      await addCoachReviews([bundleOf('plan-1', 'Monday stations')], '');
      vi.setSystemTime(new Date('2026-10-15T09:00:00.000Z'));
      const opened = await addCoachReviews(
        [bundleOf('plan-2', 'Tuesday stations'), bundleOf('plan-3', 'Wednesday lab')],
        '',
      );
      expect(opened.map((o) => o.isNew)).toEqual([true, true]);
    } finally {
      vi.useRealTimers();
    }
    const list = await listCoachReviews();
    expect(list.map((r) => r.bundle!.content.plan.title).slice(2)).toEqual(['Monday stations']);
    expect(new Set(list.map((r) => r.bundle!.content.plan.title))).toEqual(
      new Set(['Monday stations', 'Tuesday stations', 'Wednesday lab']),
    );
    expect(new Set(list.map((r) => r.id)).size).toBe(3);
  });

  it('does not open the same file twice: the review already written comes back, comments and all', async () => {
    const bundle = bundleOf('plan-1', 'Monday stations');
    const [first] = await addCoachReviews([bundle], 'Coach Rivera');
    await addComment(first!.id, { kind: 'plan', ref: '' }, 'Good pacing.');

    const again = await addCoachReviews([bundleOf('plan-1', 'Monday stations')], 'Coach Rivera');
    expect(again).toEqual([{ id: first!.id, isNew: false }]);
    // Two copies of one file in the same pick open once.
    const other = bundleOf('plan-2', 'Tuesday stations');
    const twice = await addCoachReviews([other, other], '');
    expect(twice[0]!.isNew).toBe(true);
    expect(twice[1]).toEqual({ id: twice[0]!.id, isNew: false });

    const list = await listCoachReviews();
    expect(list).toHaveLength(2);
    expect(list.find((r) => r.id === first!.id)!.commentCount).toBe(1);
  });

  it('opens a later export of the same plan as a review of its own', async () => {
    await addCoachReviews([bundleOf('plan-1', 'Monday stations', '2026-10-14T18:00:00.000Z')], '');
    const [later] = await addCoachReviews(
      [bundleOf('plan-1', 'Monday stations', '2026-10-15T18:00:00.000Z')],
      '',
    );
    expect(later!.isNew).toBe(true);
    expect(await listCoachReviews()).toHaveLength(2);
  });

  it('opens only the files that are plan bundles; a bad or foreign file is named with its problem and adds nothing', async () => {
    const good = bundleOf('plan-1', 'Monday stations');
    const review = makeReviewFile(
      { planId: 'plan-1', planChecksum: good.checksum, reviewer: 'R', lookFors: [], comments: [] },
      { ...APP, exportedAt: TODAY },
    );
    const edited = serializeBundle(good).replace('Monday stations', 'Friday stations');
    const { bundles, problems } = readPlanFiles([
      file('Monday.blendwise', serializeBundle(good)),
      file('Cut short.blendwise', serializeBundle(good).slice(0, 200)),
      file('Edited.blendwise', edited),
      file('A review.blendwise', serializeReviewFile(review)),
      file('Standards.json', JSON.stringify({ CFDocument: {}, CFItems: [] })),
      { name: 'Photo.blendwise', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2]) },
      file('Empty.blendwise', ''),
    ]);
    expect(bundles).toEqual([good]);
    expect(problems.map((p) => p.file)).toEqual([
      'Cut short.blendwise',
      'Edited.blendwise',
      'A review.blendwise',
      'Standards.json',
      'Photo.blendwise',
      'Empty.blendwise',
    ]);
    expect(problems.map((p) => p.problem)).toEqual([
      expect.stringContaining('damaged'),
      'The file was changed or damaged after it was exported.',
      expect.stringContaining('This is a Blendwise review file, not a Blendwise plan file'),
      expect.stringContaining('CASE standards package'),
      expect.stringContaining('not a Blendwise plan file'),
      expect.stringContaining('empty'),
    ]);
    expect(await tableCounts()).toEqual({ reviews: 0, comments: 0 });
    await addCoachReviews(bundles, '');
    expect(await tableCounts()).toEqual({ reviews: 1, comments: 0 });
  });
});

describe('comments and look-fors', () => {
  it('saves comments in the order written and removes one', async () => {
    const id = await openOne(bundleOf('plan-1', 'Monday stations'));
    const a = await addComment(id, { kind: 'station', ref: 'st-o' }, 'Eight devices for nine students?');
    await new Promise((r) => setTimeout(r, 2));
    const b = await addComment(id, { kind: 'slot', ref: 'round-1' }, 'A long transition here.');
    let loaded = (await loadReview(id))!;
    expect(loaded.comments.map((c) => [c.id, c.anchor, c.text, c.resolved])).toEqual([
      [a, { kind: 'station', ref: 'st-o' }, 'Eight devices for nine students?', 0],
      [b, { kind: 'slot', ref: 'round-1' }, 'A long transition here.', 0],
    ]);
    expect((await listCoachReviews())[0]!.commentCount).toBe(2);
    await removeComment(a);
    loaded = (await loadReview(id))!;
    expect(loaded.comments.map((c) => c.id)).toEqual([b]);
  });

  it('rates, notes, renames, adds and removes look-fors, and keeps them', async () => {
    const id = await openOne(bundleOf('plan-1', 'Monday stations'));
    await changeLookFors(id, (all) => all.map((l, i) => (i === 0 ? { ...l, rating: 3 } : l)));
    await changeLookFors(id, (all) => all.map((l, i) => (i === 0 ? { ...l, note: 'Exit ticket data' } : l)));
    await changeLookFors(id, (all) =>
      all.map((l, i) => (i === 1 ? { ...l, text: 'Students at the online station log in fast' } : l)),
    );
    await changeLookFors(id, (all) => [
      ...all.filter((_, i) => i !== 4),
      { text: 'Students explain their thinking', rating: 4, note: '' },
    ]);
    await changeLookFors(id, (all) => all.map((l, i) => (i === 2 ? { ...l, rating: 2 } : l)));
    // "Clear rating"
    await changeLookFors(id, (all) => all.map((l, i) => (i === 0 ? { ...l, rating: null } : l)));
    const { review } = (await loadReview(id))!;
    expect(review.lookFors).toEqual([
      { text: 'Teacher-led station uses current data', rating: null, note: 'Exit ticket data' },
      { text: 'Students at the online station log in fast', rating: null, note: '' },
      { text: 'The collaborative station produces discussion', rating: 2, note: '' },
      { text: 'Transitions take under 2 minutes', rating: null, note: '' },
      { text: 'Students explain their thinking', rating: 4, note: '' },
    ]);
  });

  it('gives the function a copy, and refuses a review that is gone', async () => {
    const id = await openOne(bundleOf('plan-1', 'Monday stations'));
    await changeLookFors(id, (all) => {
      all[0]!.rating = 2; // a mutation of the copy that is not returned changes nothing
      return all.slice(1);
    });
    expect((await loadReview(id))!.review.lookFors.map((l) => l.rating)).toEqual([null, null, null, null]);
    await deleteReview(id);
    await expect(changeLookFors(id, (all) => all)).rejects.toThrow('That review is no longer there.');
    expect(await tableCounts()).toEqual({ reviews: 0, comments: 0 });
  });

  it('removes a review with its own comments only', async () => {
    const [a, b] = await addCoachReviews(
      [bundleOf('plan-1', 'Monday stations'), bundleOf('plan-2', 'Tuesday stations')],
      '',
    );
    await addComment(a!.id, { kind: 'plan', ref: '' }, 'One');
    await addComment(b!.id, { kind: 'plan', ref: '' }, 'Two');
    await deleteReview(a!.id);
    expect(await loadReview(a!.id)).toBeNull();
    expect((await loadReview(b!.id))!.comments.map((c) => c.text)).toEqual(['Two']);
  });

  it('Undo after removing a review brings back its ratings, notes and comments exactly, and only them', async () => {
    const [a, b] = await addCoachReviews([bundleOf('plan-1', 'Monday stations'), bundleOf('plan-2', 'Tuesday stations')], 'Coach Rivera');
    await addComment(a!.id, { kind: 'plan', ref: '' }, 'One');
    await addComment(a!.id, { kind: 'group', ref: 'g1' }, 'Two');
    await setCommentResolved(await addComment(b!.id, { kind: 'plan', ref: '' }, 'Other'), true);
    await changeLookFors(a!.id, (all) => all.map((l, i) => (i === 0 ? { ...l, rating: 3, note: 'Exit ticket' } : l)));
    const before = { reviews: await db.reviews.toArray(), comments: await db.comments.toArray() };

    const removed = await deleteReview(a!.id);
    expect(removed?.comments).toHaveLength(2);
    expect(await tableCounts()).toEqual({ reviews: 1, comments: 1 });
    await restoreReview(removed!);
    expect({ reviews: await db.reviews.toArray(), comments: await db.comments.toArray() }).toEqual(before);
    expect((await loadReview(a!.id))!.review.lookFors[0]).toEqual({ text: 'Teacher-led station uses current data', rating: 3, note: 'Exit ticket' });

    expect(await deleteReview('gone')).toBeNull();
  });

  it('Undo after removing a comment puts it back as it was', async () => {
    const id = await openOne(bundleOf('plan-1', 'Monday stations'));
    const c = await addComment(id, { kind: 'station', ref: 'st-o' }, 'Eight devices for nine students?');
    await setCommentResolved(c, true);
    const before = await db.comments.toArray();
    await restoreComment(await removeComment(c));
    expect(await db.comments.toArray()).toEqual(before);
  });

  it('remembers the reviewer name and sets it on a review', async () => {
    expect(await getReviewerName()).toBe('');
    await setReviewerName('Coach Rivera');
    expect(await getReviewerName()).toBe('Coach Rivera');
    const id = await openOne(bundleOf('plan-1', 'Monday stations'));
    await setReviewReviewer(id, 'M. Rivera');
    expect((await loadReview(id))!.review.reviewer).toBe('M. Rivera');
  });
});

describe('exporting a review', () => {
  it('writes the look-fors, the comments with what they are about, and the version of the plan reviewed', async () => {
    const bundle = bundleOf('plan-1', 'Monday stations', '2026-10-14T18:00:00.000Z', true);
    const id = await openOne(bundle);
    await setReviewerName('Coach Rivera');
    const c1 = await addComment(id, { kind: 'station', ref: 'st-o' }, 'More devices.');
    await changeLookFors(id, (all) =>
      all.map((l, i) => (i === 3 ? { ...l, rating: 2, note: 'Slow to settle' } : l)),
    );

    const review = await reviewFileFor(id, { ...APP, exportedAt: '2026-10-16T08:00:00.000Z' });
    expect(review.format).toBe('blendwise-review');
    expect(review.exportedAt).toBe('2026-10-16T08:00:00.000Z');
    expect(review.content).toMatchObject({
      planId: 'plan-1',
      planChecksum: bundle.checksum,
      reviewedPlan: {
        exportedAt: '2026-10-14T18:00:00.000Z',
        version: currentPlanVersion(bundleInput('plan-1', 'Monday stations')),
        pseudonymised: true,
      },
      reviewer: 'Coach Rivera',
    });
    expect(review.content.lookFors[3]).toEqual({
      text: 'Transitions take under 2 minutes',
      rating: 2,
      note: 'Slow to settle',
    });
    expect(review.content.comments).toEqual([
      {
        id: c1,
        anchor: { kind: 'station', ref: 'st-o' },
        text: 'More devices.',
        createdAt: expect.any(String),
        about: 'Station: Online practice',
      },
    ]);
    // The name set on the Reviews page is kept on a review that had none.
    expect((await loadReview(id))!.review.reviewer).toBe('Coach Rivera');
    expect(readReviewFile(serializeReviewFile(review))).toEqual({ ok: true, review });
  });

  it('refuses a review that is gone', async () => {
    await expect(reviewFileFor('nope', { ...APP, exportedAt: TODAY })).rejects.toThrow(
      'the review is no longer there',
    );
  });
});

describe('importing a review into the teacher’s plan', () => {
  it('lands the look-fors and comments of a review of the plan as it is now, with no notice', async () => {
    const { planId } = await teacherPlan();
    const { text } = await coachReviews(planId);
    const result = await importReviewText(planId, text);
    expect(result).toMatchObject({
      ok: true,
      replaced: false,
      reviewer: 'Coach Rivera',
      version: { state: 'current', planExportedAt: '2026-10-14T18:00:00.000Z' },
    });

    const [got, ...more] = await listReceivedReviews(planId);
    expect(more).toEqual([]);
    expect(got!.review).toMatchObject({
      kind: 'received',
      reviewer: 'Coach Rivera',
      exportedAt: '2026-10-16T08:00:00.000Z',
    });
    expect(got!.review.lookFors[0]).toEqual({
      text: 'Teacher-led station uses current data',
      rating: 3,
      note: 'Uses this week’s exit ticket.',
    });
    expect(byKind(got!.comments).map((c) => [c.anchor, c.text, c.resolved])).toEqual([
      [{ kind: 'group', ref: 'g1' }, 'Meet this group twice this week.', 0],
      [{ kind: 'plan', ref: '' }, 'A strong plan.', 0],
      [{ kind: 'station', ref: 'st-c' }, 'Give the talk station sentence starters.', 0],
    ]);
    // Received reviews are not in the coach's list.
    expect(await listCoachReviews()).toEqual([]);
  });

  it('says the coach reviewed an earlier version when the plan changed since, and keeps every comment', async () => {
    const { planId, draft } = await teacherPlan();
    const { text } = await coachReviews(planId);
    // The teacher drops the talk station and the first group, and saves.
    await updatePlan(planId, {
      ...draft,
      body: { ...draft.body, stations: draft.body.stations.slice(0, 2), groups: draft.body.groups.slice(1) },
    }, 0);

    const result = await importReviewText(planId, text);
    expect(result).toMatchObject({
      ok: true,
      version: { state: 'earlier', planExportedAt: '2026-10-14T18:00:00.000Z' },
    });
    const [got] = await listReceivedReviews(planId);
    expect(got!.review.reviewedVersion).toEqual({
      state: 'earlier',
      planExportedAt: '2026-10-14T18:00:00.000Z',
    });
    expect(got!.comments).toHaveLength(3);
    const now = planBody((await db.plans.get(planId))!);
    expect(byKind(got!.comments).map((c) => anchorLabel(c.anchor, now, c.about))).toEqual([
      'Group: Group 1 — no longer in the plan',
      'The whole plan',
      'Station: Ratio talk — no longer in the plan',
    ]);
  });

  it('matches a pseudonymised export of an unchanged plan', async () => {
    const { planId } = await teacherPlan();
    const { review } = await coachReviews(planId, { pseudonymise: true });
    expect(review.content.reviewedPlan!.pseudonymised).toBe(true);
    expect(await importReviewText(planId, serializeReviewFile(review))).toMatchObject({
      ok: true,
      version: { state: 'current' },
    });
  });

  it('still matches an unchanged plan after a student joins the class (pseudonym numbers shift)', async () => {
    const { planId, classId } = await teacherPlan();
    const { review } = await coachReviews(planId, { pseudonymise: true });
    await addStudentToClass(classId, { ...emptyStudentFields, givenName: 'Aaron', familyName: 'Aardvark' });
    expect(await importReviewText(planId, serializeReviewFile(review))).toMatchObject({
      ok: true,
      version: { state: 'current' },
    });
  });

  it('cannot tell which version a file without one reviewed, and still imports it', async () => {
    const { planId } = await teacherPlan();
    const old = makeReviewFile(
      {
        planId,
        planChecksum: 'sha256:from-an-older-blendwise',
        reviewer: 'Coach Rivera',
        lookFors: [],
        comments: [
          {
            id: 'c1',
            anchor: { kind: 'station', ref: 'gone' },
            text: 'Shorter, please.',
            createdAt: '2026-10-15T10:00:00.000Z',
          },
        ],
      },
      { ...APP, exportedAt: '2026-10-15T10:00:00.000Z' },
    );
    const result = await importReviewText(planId, serializeReviewFile(old));
    expect(result).toMatchObject({ ok: true, version: { state: 'unknown', planExportedAt: null } });
    const [got] = await listReceivedReviews(planId);
    expect(
      anchorLabel(got!.comments[0]!.anchor, planBody((await db.plans.get(planId))!), got!.comments[0]!.about),
    ).toBe('About a station that is no longer in the plan');
  });

  it('loads the same file again in place of the first copy, keeping what was marked resolved', async () => {
    const { planId } = await teacherPlan();
    const { text } = await coachReviews(planId);
    const first = await importReviewText(planId, text);
    const [got] = await listReceivedReviews(planId);
    const group = got!.comments.find((c) => c.anchor.kind === 'group')!;
    expect(group.sourceId).toEqual(expect.any(String));
    await setCommentResolved(group.id, true);
    expect((await db.comments.get(group.id))!.resolved).toBe(1);

    const again = await importReviewText(planId, text);
    expect(again).toMatchObject({ ok: true, replaced: true, reviewId: first.ok ? first.reviewId : '' });
    const [reloaded, ...more] = await listReceivedReviews(planId);
    expect(more).toEqual([]);
    const comments = byKind(reloaded!.comments);
    expect(comments.map((c) => [c.anchor.kind, c.resolved])).toEqual([
      ['group', 1],
      ['plan', 0],
      ['station', 0],
    ]);
    await setCommentResolved(comments[0]!.id, false);
    expect((await db.comments.get(comments[0]!.id))!.resolved).toBe(0);
  });

  it('refuses a review of another plan and stores nothing', async () => {
    const { planId } = await teacherPlan();
    const { planId: otherPlan } = await teacherPlan();
    const { text } = await coachReviews(otherPlan);
    const before = await tableCounts();
    expect(await importReviewText(planId, text)).toEqual({
      ok: false,
      problem: expect.stringContaining('This review is about another plan, not this one'),
    });
    expect(await tableCounts()).toEqual(before);
    expect(await listReceivedReviews(planId)).toEqual([]);
  });

  it('refuses a bad or foreign file in plain words and stores nothing', async () => {
    const { planId } = await teacherPlan();
    const { text } = await coachReviews(planId);
    const bundle = makePlanBundle(await planBundleInput(planId), {
      ...APP,
      exportedAt: TODAY,
      pseudonymise: false,
    });
    const cases: [string, string | RegExp][] = [
      [
        text.replace('Meet this group twice', 'Meet this group thrice'),
        'The file was changed or damaged after it was exported.',
      ],
      [text.slice(0, text.length / 2), /damaged: its text is not complete JSON/],
      [serializeBundle(bundle), /^This is a Blendwise plan file, not a Blendwise review file/],
      ['Name,Score\r\nAna,3\r\n', /not JSON text/],
      ['', /empty/],
      [JSON.stringify({ format: 'blendwise-review', formatVersion: 2 }), /newer Blendwise/],
    ];
    for (const [bad, problem] of cases) {
      const result = await importReviewText(planId, bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(problem);
    }
    expect(await tableCounts()).toEqual({ reviews: 0, comments: 0 });
  });

  it('stores nothing when writing fails half-way', async () => {
    const { planId } = await teacherPlan();
    const { review } = await coachReviews(planId);
    const spy = vi.spyOn(db.comments, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    try {
      await expect(importReceivedReview(planId, review, null)).rejects.toThrow('disk full');
    } finally {
      spy.mockRestore();
    }
    expect(await tableCounts()).toEqual({ reviews: 0, comments: 0 });
  });
});
