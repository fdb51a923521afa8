// Reviews of plans. Two kinds share the `reviews` and `comments` tables:
// - 'coach': a coach reviewing a plan bundle someone exported; the bundle is kept with the review.
// - 'received': a review file a teacher loaded back into one of their own plans.
import type {
  CoachReview,
  CommentRecord,
  PlanBundle,
  ReceivedReview,
  ReviewedVersion,
  ReviewFile,
  ReviewRecord,
} from '../../shared';
import { decodeComment, decodeReview, DEFAULT_LOOK_FORS, reviewedVersion } from '../../shared';
import { db, newId, nowIso } from './db';
import { getSetting, setSetting } from './settings';

export type LookFor = ReviewRecord['lookFors'][number];
export type Anchor = CommentRecord['anchor'];

export type { CoachReview, ReceivedReview } from '../../shared';

/**
 * A stored review as the screens read it: a coach's or a received one (the record's shape is
 * ReviewRecord in shared/records), with the other kind's fields readable as absent.
 */
export type StoredReview = ReviewRecord &
  Partial<Pick<CoachReview, 'bundle' | 'source'>> &
  Partial<Pick<ReceivedReview, 'fileChecksum' | 'exportedAt' | 'reviewedVersion'>>;

/** A stored comment; received ones also keep their id in the file (`sourceId`) and what they are `about`. */
export type StoredComment = CommentRecord;

async function reviewsOf(rows: Promise<unknown[]>): Promise<ReviewRecord[]> {
  return (await rows).map(decodeReview);
}

async function commentsOf(reviewId: string): Promise<StoredComment[]> {
  return (await db.comments.where('reviewId').equals(reviewId).toArray())
    .map(decodeComment)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

const REVIEWER_NAME = 'reviewerName';

export async function getReviewerName(): Promise<string> {
  return (await getSetting<string>(REVIEWER_NAME)) ?? '';
}

export async function setReviewerName(name: string): Promise<void> {
  await setSetting(REVIEWER_NAME, name);
}

/**
 * Opens each bundle as a coach review, in one transaction; one result per bundle, in order. A
 * bundle already open (the same file: the same checksum) is not opened twice: its review, with
 * the comments already written, is returned instead.
 */

/** A new review of a bundle, its look-fors not yet rated. */
function newCoachReview(bundle: CoachReview['bundle'], reviewer: CoachReview['reviewer']): CoachReview {
  return {
    id: newId(),
    planId: bundle.content.plan.id,
    reviewer,
    createdAt: nowIso(),
    lookFors: DEFAULT_LOOK_FORS.map((text) => ({ text, rating: null, note: '' })),
    kind: 'coach',
    bundle,
  };
}

export async function addCoachReviews(bundles: PlanBundle[], reviewer: string): Promise<{ id: string; isNew: boolean }[]> {
  return db.transaction('rw', db.reviews, async () => {
    const open = new Map<string, string>();
    for (const r of await reviewsOf(db.reviews.toArray())) {
      if (r.kind === 'coach') open.set(r.bundle.checksum, r.id);
    }
    const records: CoachReview[] = [];
    const results = bundles.map((bundle) => {
      const id = open.get(bundle.checksum);
      if (id !== undefined) return { id, isNew: false };
      const record = newCoachReview(bundle, reviewer);
      records.push(record);
      open.set(bundle.checksum, record.id);
      return { id: record.id, isNew: true };
    });
    await db.reviews.bulkAdd(records);
    return results;
  });
}

/** Where a bundle came from: a watched folder (`folder` its path) or a browser pick (`folder` ''). */
export type BundleSource = { folder: string; file: string };

export type FolderBundleResult = { id: string; outcome: 'new' | 'updated' | 'same' };

const sameSource = (a: BundleSource | undefined, b: BundleSource) => !!a && a.folder === b.folder && a.file === b.file;

/**
 * Opens bundles that came from a review folder, in one transaction, one result per bundle. A file
 * already open from the same place is brought up to date when the teacher saved it again (a new
 * checksum): the coach's comments and ratings stay, and the review counts as changed since sent.
 * The same content from elsewhere (a copy) goes to the review already open.
 */
export async function openFolderBundles(items: { bundle: PlanBundle; source: BundleSource }[], reviewer: string): Promise<FolderBundleResult[]> {
  return db.transaction('rw', db.reviews, async () => {
    const coach = (await reviewsOf(db.reviews.toArray())).filter((r): r is CoachReview => r.kind === 'coach');
    const results: FolderBundleResult[] = [];
    for (const { bundle, source } of items) {
      const here = coach.find((r) => sameSource(r.source, source) && r.planId === bundle.content.plan.id);
      if (here) {
        if (here.bundle.checksum === bundle.checksum) {
          results.push({ id: here.id, outcome: 'same' });
          continue;
        }
        here.bundle = bundle;
        here.changedAt = nowIso();
        await db.table('reviews').update(here.id, { bundle, changedAt: here.changedAt });
        results.push({ id: here.id, outcome: 'updated' });
        continue;
      }
      const copy = coach.find((r) => r.bundle.checksum === bundle.checksum);
      if (copy) {
        if (!copy.source) {
          copy.source = source;
          await db.table('reviews').update(copy.id, { source });
        }
        results.push({ id: copy.id, outcome: 'same' });
        continue;
      }
      const record = { ...newCoachReview(bundle, reviewer), source };
      await db.reviews.add(record);
      coach.push(record);
      results.push({ id: record.id, outcome: 'new' });
    }
    return results;
  });
}

/** Which of these plan ids are plans of this Blendwise (the teacher's own). */
export async function ownPlanIds(planIds: string[]): Promise<Set<string>> {
  if (planIds.length === 0) return new Set();
  const keys = await db.plans.where('id').anyOf(planIds).primaryKeys();
  return new Set(keys.map(String));
}

export async function listCoachReviews(): Promise<(CoachReview & { commentCount: number })[]> {
  const all = await reviewsOf(db.reviews.toArray());
  const coach = all.filter((r): r is CoachReview => r.kind === 'coach');
  const counts = await Promise.all(coach.map((r) => db.comments.where('reviewId').equals(r.id).count()));
  return coach
    .map((r, i) => ({ ...r, commentCount: counts[i] ?? 0 }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export type CoachOverviewReview = CoachReview & { commentCount: number; lastComment: { text: string; at: string } | null };

/**
 * Every coach review with what the overview shows of its comments (how many, and the latest), in
 * two reads: the reviews, then their comments by the reviewId index.
 */
export async function listCoachOverview(): Promise<CoachOverviewReview[]> {
  const coach = (await reviewsOf(db.reviews.toArray())).filter((r): r is CoachReview => r.kind === 'coach');
  const ids = coach.map((r) => r.id);
  const comments = ids.length > 0 ? (await db.comments.where('reviewId').anyOf(ids).toArray()).map(decodeComment) : [];
  const byReview = new Map<string, StoredComment[]>();
  for (const c of comments) byReview.set(c.reviewId, [...(byReview.get(c.reviewId) ?? []), c]);
  return coach.map((r) => {
    const mine = byReview.get(r.id) ?? [];
    const last = mine.reduce<StoredComment | null>((a, c) => (!a || c.createdAt > a.createdAt ? c : a), null);
    return { ...r, commentCount: mine.length, lastComment: last ? { text: last.text, at: last.createdAt } : null };
  });
}

export async function loadReview(id: string): Promise<{ review: StoredReview; comments: StoredComment[] } | null> {
  const raw = await db.reviews.get(id);
  if (!raw) return null;
  const review: StoredReview = decodeReview(raw);
  return { review, comments: await commentsOf(id) };
}

/** A removed review and its comments, exactly as they were stored, for Undo. */
export type RemovedReview = { review: unknown; comments: unknown[] };

/** Removes a review with its ratings and comments in one transaction; returns what went, for restoreReview. */
export async function deleteReview(id: string): Promise<RemovedReview | null> {
  return db.transaction('rw', db.reviews, db.comments, async () => {
    const review = await db.reviews.get(id);
    const comments = await db.comments.where('reviewId').equals(id).toArray();
    await db.comments.where('reviewId').equals(id).delete();
    await db.reviews.delete(id);
    return review ? { review, comments } : null;
  });
}

/** Undo for deleteReview: the review, its ratings and comments back as they were, in one transaction. */
export async function restoreReview(removed: RemovedReview): Promise<void> {
  await db.transaction('rw', db.reviews, db.comments, async () => {
    await db.table('reviews').put(removed.review);
    await db.table('comments').bulkPut(removed.comments);
  });
}

/**
 * Notes that the coach changed a review (its status goes back from 'sent' to 'reviewed' until it
 * is sent again). Only coach reviews keep it; a teacher's received ones are left as they are.
 */
async function touchReview(reviewId: string): Promise<void> {
  const raw = await db.reviews.get(reviewId);
  if (raw && decodeReview(raw).kind === 'coach') await db.table('reviews').update(reviewId, { changedAt: nowIso() });
}

export async function addComment(reviewId: string, anchor: Anchor, text: string): Promise<string> {
  const id = newId();
  await db.transaction('rw', db.comments, db.reviews, async () => {
    await db.comments.add({ id, reviewId, anchor, text, resolved: 0, createdAt: nowIso() });
    await touchReview(reviewId);
  });
  return id;
}

/** Removes one comment; returns it as stored, for restoreComment. */
export async function removeComment(id: string): Promise<unknown> {
  return db.transaction('rw', db.comments, db.reviews, async () => {
    const comment = await db.comments.get(id);
    await db.comments.delete(id);
    if (comment) await touchReview(decodeComment(comment).reviewId);
    return comment;
  });
}

export async function restoreComment(comment: unknown): Promise<void> {
  if (comment) await db.table('comments').put(comment);
}

/** Changes the look-fors of a review with a function of the stored ones, in one transaction. */
export async function changeLookFors(reviewId: string, fn: (lookFors: LookFor[]) => LookFor[]): Promise<void> {
  await db.transaction('rw', db.reviews, async () => {
    const raw = await db.reviews.get(reviewId);
    if (!raw) throw new Error('That review is no longer there.');
    const review = decodeReview(raw);
    // db.table: the typed table's update cannot name a field only one kind of review has.
    await db.table('reviews').update(reviewId, {
      lookFors: fn(review.lookFors.map((l) => ({ ...l }))),
      ...(review.kind === 'coach' ? { changedAt: nowIso() } : {}),
    });
  });
}

/** The coach sent the review (exported it, or wrote it into the review folder). */
export async function markReviewSent(reviewId: string, at: string = nowIso()): Promise<void> {
  await db.table('reviews').update(reviewId, { sentAt: at });
}

export async function setReviewReviewer(reviewId: string, reviewer: string): Promise<void> {
  await db.reviews.update(reviewId, { reviewer });
}

export type ImportReviewResult =
  | { ok: true; reviewId: string; replaced: boolean; version: ReviewedVersion }
  | { ok: false; problem: string };

/**
 * Stores a review file received for the plan `planId`: the review and its comments land whole or
 * not at all. A file for another plan is refused with a plain message and nothing is stored. The
 * same file loaded again replaces the earlier copy but keeps what was marked resolved.
 * `currentVersion` is planVersion() of the plan as it is now (null: not known): a review of an
 * earlier version is still stored, marked as such, so no comment is lost.
 */
export async function importReceivedReview(planId: string, file: ReviewFile, currentVersion: string | null): Promise<ImportReviewResult> {
  const content = file.content;
  if (content.planId !== planId) {
    return {
      ok: false,
      problem: `This review is about another plan, not this one: open the plan it was written for and import it there. Nothing was changed.`,
    };
  }
  return db.transaction('rw', db.reviews, db.comments, async () => {
    const existing = (await reviewsOf(db.reviews.where('planId').equals(planId).toArray())).find(
      (r): r is ReceivedReview => r.kind === 'received' && r.fileChecksum === file.checksum,
    );
    const resolvedBefore = new Map<string, CommentRecord['resolved']>();
    if (existing) {
      const old = await commentsOf(existing.id);
      for (const c of old) if (c.sourceId) resolvedBefore.set(c.sourceId, c.resolved);
      await db.comments.where('reviewId').equals(existing.id).delete();
    }
    const reviewId = existing?.id ?? newId();
    const version = reviewedVersion(content, currentVersion);
    const record: ReceivedReview = {
      id: reviewId,
      planId,
      reviewer: content.reviewer,
      createdAt: existing?.createdAt ?? nowIso(),
      lookFors: content.lookFors.map((l) => ({ text: l.text, rating: l.rating, note: l.note })),
      kind: 'received',
      fileChecksum: file.checksum,
      exportedAt: file.exportedAt,
      reviewedVersion: version,
    };
    await db.reviews.put(record);
    const comments: StoredComment[] = content.comments.map((c) => ({
      id: newId(),
      sourceId: c.id,
      reviewId,
      anchor: { kind: c.anchor.kind, ref: c.anchor.ref },
      text: c.text,
      resolved: resolvedBefore.get(c.id) ?? 0,
      createdAt: c.createdAt,
      ...(c.about !== undefined ? { about: c.about } : {}),
    }));
    await db.comments.bulkAdd(comments);
    return { ok: true as const, reviewId, replaced: !!existing, version };
  });
}

export async function listReceivedReviews(planId: string): Promise<{ review: ReceivedReview; comments: StoredComment[] }[]> {
  const reviews = (await reviewsOf(db.reviews.where('planId').equals(planId).toArray()))
    .filter((r): r is ReceivedReview => r.kind === 'received')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return Promise.all(reviews.map(async (review) => ({ review, comments: await commentsOf(review.id) })));
}

export async function setCommentResolved(id: string, resolved: boolean): Promise<void> {
  await db.comments.update(id, { resolved: resolved ? 1 : 0 });
}
