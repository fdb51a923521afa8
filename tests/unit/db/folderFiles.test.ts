// What the files of a shared review folder become: the coach's side opens bundles (once, and up to
// date when a teacher saves one again, comments kept), the teacher's side takes the reviews of
// its own plans, and everything else in the folder is left alone.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  isFolderFileName,
  isSafeRelativeFile,
  makePlanBundle,
  makeReviewFile,
  reviewFileNameFor,
  reviewStatus,
  serializeBundle,
  serializeReviewFile,
} from '../../../shared';
import { db } from '../../../renderer/db/db';
import { addComment, listCoachOverview, listReceivedReviews, loadReview, markReviewSent } from '../../../renderer/db/reviews';
import { outcomeWords, takeFolderFiles, type FolderFile } from '../../../renderer/review/folderFiles';
import { onePlanInput } from '../../fixtures/onePlanBundle';

const SHARE = '/school/share';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

afterAll(async () => {
  await db.delete();
});

const bytes = (text: string) => new TextEncoder().encode(text);

function bundleFile(file: string, planId: string, title: string, minutes = 15, folder = SHARE): FolderFile {
  const bundle = makePlanBundle(onePlanInput(planId, title, minutes), { appVersion: '1.0.0', exportedAt: '2026-10-14T18:00:00.000Z', pseudonymise: false });
  return { folder, file, data: bytes(serializeBundle(bundle)) };
}

function reviewFile(file: string, planId: string, reviewer = 'Coach Rivera'): FolderFile {
  const review = makeReviewFile(
    { planId, planChecksum: 'sha256:0', reviewer, lookFors: [{ text: 'Transitions take under 2 minutes', rating: 3, note: '' }], comments: [] },
    { appVersion: '1.0.0', exportedAt: '2026-10-16T08:00:00.000Z' },
  );
  return { folder: SHARE, file, data: bytes(serializeReviewFile(review)) };
}

const coachSide = { openBundles: true, reviewer: 'Coach Rivera' };

describe('the coach’s side of the folder', () => {
  it('opens each bundle once, with where it came from', async () => {
    const files = [bundleFile('Ana/Monday.blendwise', 'p-ana', 'Monday stations'), bundleFile('Ben/Tuesday.blendwise', 'p-ben', 'Tuesday stations')];
    const first = await takeFolderFiles(files, coachSide);
    expect(first.opened.map((o) => [o.title, o.outcome])).toEqual([
      ['Monday stations', 'new'],
      ['Tuesday stations', 'new'],
    ]);
    expect(outcomeWords(first)).toBe('Opened 2 plans for review.');
    const again = await takeFolderFiles(files, coachSide);
    expect(again.opened.map((o) => o.outcome)).toEqual(['same', 'same']);
    expect(outcomeWords(again)).toBe('');
    const review = await loadReview(first.opened[0]!.id);
    expect(review?.review.source).toEqual({ folder: SHARE, file: 'Ana/Monday.blendwise' });
    expect(review?.review.reviewer).toBe('Coach Rivera');
    expect(await db.reviews.count()).toBe(2);
  });

  it('brings a bundle saved again up to date, keeping the comments, and the review is no longer sent', async () => {
    const [opened] = (await takeFolderFiles([bundleFile('Monday.blendwise', 'p-ana', 'Monday stations')], coachSide)).opened;
    await addComment(opened!.id, { kind: 'plan', ref: '' }, 'Good pacing.');
    await markReviewSent(opened!.id);
    expect(reviewStatus((await listCoachOverview())[0]!)).toBe('sent');
    // The teacher saves it again a moment later.
    await new Promise((r) => setTimeout(r, 5));

    const saved = await takeFolderFiles([bundleFile('Monday.blendwise', 'p-ana', 'Monday stations, longer', 20)], coachSide);
    expect(saved.opened).toEqual([{ id: opened!.id, title: 'Monday stations, longer', outcome: 'updated' }]);
    expect(outcomeWords(saved)).toMatch(/1 plan was saved again by the teacher/);
    const [row] = await listCoachOverview();
    expect(row!.bundle.content.plan.body.minutesPerStation).toBe(20);
    expect(row!.commentCount).toBe(1);
    expect(reviewStatus(row!)).toBe('reviewed');
  });

  it('opens a different plan saved under the same name as a review of its own', async () => {
    await takeFolderFiles([bundleFile('Monday.blendwise', 'p-ana', 'Monday stations')], coachSide);
    const other = await takeFolderFiles([bundleFile('Monday.blendwise', 'p-other', 'Another plan')], coachSide);
    expect(other.opened[0]!.outcome).toBe('new');
    expect(await db.reviews.count()).toBe(2);
  });

  it('says which files are damaged, and leaves reviews of plans that are not here alone', async () => {
    const outcome = await takeFolderFiles(
      [{ folder: SHARE, file: 'Broken.blendwise', data: bytes('{"format": "blendwise-plan"') }, reviewFile('Ana/Monday.blendwise-review', 'p-ana')],
      coachSide,
    );
    expect(outcome.problems.map((p) => p.file)).toEqual(['Broken.blendwise']);
    expect(outcome.problems[0]!.problem).toMatch(/damaged/);
    expect(outcome.landed).toEqual([]);
    expect(await db.reviews.count()).toBe(0);
  });
});

describe('the teacher’s side of the folder', () => {
  beforeEach(async () => {
    // The teacher's own plan: only its id matters to the folder.
    await db.table('plans').add({ id: 'p-ana', classId: 'c1', title: 'Monday stations', date: '2026-10-15', groupingId: null, body: onePlanInput('p-ana', 'x').plan.body, createdAt: '2026-10-14T00:00:00.000Z' });
  });

  it('lands the review of its own plan beside it and leaves the rest of the folder alone', async () => {
    const outcome = await takeFolderFiles(
      [bundleFile('Ana/Monday.blendwise', 'p-ana', 'Monday stations'), bundleFile('Ben/Tuesday.blendwise', 'p-ben', 'Tuesday'), reviewFile('Ana/Monday.blendwise-review', 'p-ana'), reviewFile('Ben/Tuesday.blendwise-review', 'p-ben')],
      { openBundles: false, reviewer: '' },
    );
    expect(outcome.opened).toEqual([]);
    expect(outcome.problems).toEqual([]);
    expect(outcome.landed).toEqual([{ planId: 'p-ana', reviewer: 'Coach Rivera', replaced: false }]);
    expect(outcomeWords(outcome)).toBe('The review by Coach Rivera is now beside your plan.');
    const received = await listReceivedReviews('p-ana');
    expect(received.map((r) => r.review.lookFors[0]!.rating)).toEqual([3]);
    expect(await db.reviews.count()).toBe(1);
  });

  it('leaves its own bundle in a watched folder alone, and opens it when the teacher picks it', async () => {
    const own = [bundleFile('Monday.blendwise', 'p-ana', 'Monday stations')];
    const watched = await takeFolderFiles(own, { ...coachSide, skipOwnPlans: true });
    expect(watched.opened).toEqual([]);
    expect(await db.reviews.count()).toBe(0);
    const picked = await takeFolderFiles(own, coachSide);
    expect(picked.opened.map((o) => o.outcome)).toEqual(['new']);
  });

  it('takes the same review again without a second copy', async () => {
    await takeFolderFiles([reviewFile('Monday.blendwise-review', 'p-ana')], { openBundles: false, reviewer: '' });
    const again = await takeFolderFiles([reviewFile('Monday.blendwise-review', 'p-ana')], { openBundles: false, reviewer: '' });
    expect(again.landed[0]!.replaced).toBe(true);
    expect(outcomeWords(again)).toBe('');
    expect(await db.reviews.count()).toBe(1);
  });
});

describe('folder file names', () => {
  it('puts the review beside its bundle under the bundle’s name', () => {
    expect(reviewFileNameFor('Ana/Monday stations 2026-03-02.blendwise')).toBe('Ana/Monday stations 2026-03-02.blendwise-review');
    expect(reviewFileNameFor('Monday.BLENDWISE')).toBe('Monday.blendwise-review');
    expect(reviewFileNameFor('download')).toBe('download.blendwise-review');
  });

  it('counts only bundles and reviews that are not hidden or lock files', () => {
    expect(['a.blendwise', 'A.BLENDWISE-REVIEW', 'x/a.blendwise'].every(isFolderFileName)).toBe(true);
    expect(['.blendwise', 'a.blendwise.tmp', '.a.blendwise', '~$a.blendwise', 'a.txt', 'a.blendwise-review.exe'].some(isFolderFileName)).toBe(false);
  });

  it('keeps relative names inside the folder', () => {
    expect(isSafeRelativeFile('Ana/a.blendwise-review')).toBe(true);
    for (const bad of ['', '../a', 'a/../../b', '/a', 'C:/a', 'a\\b', 'a//b', 'a/b/c', ' a', 'con.blendwise', 'a\u0000b']) {
      expect(isSafeRelativeFile(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
