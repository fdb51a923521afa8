// Reviews of plans. Two kinds share the `reviews` and `comments` tables:
// - 'coach': a coach reviewing a plan bundle someone exported; the bundle is kept with the review.
// - 'received': a review file a teacher loaded back into one of their own plans.
import type { CommentRecord, PlanBundle, ReviewedVersion, ReviewFile, ReviewRecord } from '../../shared';
import { DEFAULT_LOOK_FORS, reviewedVersion } from '../../shared';
import { db, newId, nowIso } from './db';
import { getSetting, setSetting } from './settings';

export type LookFor = ReviewRecord['lookFors'][number];
export type Anchor = CommentRecord['anchor'];

export type StoredReview = ReviewRecord & {
  kind?: 'coach' | 'received';
  /** coach reviews: the plan bundle under review */
  bundle?: PlanBundle;
  /** received reviews: the checksum of the review file, so loading it twice replaces it */
  fileChecksum?: string;
  /** received reviews: when the reviewer exported it */
  exportedAt?: string;
  /** received reviews: whether the reviewer saw the plan as it was when the review was imported */
  reviewedVersion?: ReviewedVersion;
};

/** `about`: received comments, what the reviewer saw the anchor as (kept when it is gone from the plan). */
export type StoredComment = CommentRecord & { sourceId?: string; about?: string };

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
export async function addCoachReviews(bundles: PlanBundle[], reviewer: string): Promise<{ id: string; isNew: boolean }[]> {
  return db.transaction('rw', db.reviews, async () => {
    const open = new Map<string, string>();
    for (const r of (await db.reviews.toArray()) as StoredReview[]) {
      if (r.kind === 'coach' && r.bundle) open.set(r.bundle.checksum, r.id);
    }
    const records: StoredReview[] = [];
    const results = bundles.map((bundle) => {
      const id = open.get(bundle.checksum);
      if (id !== undefined) return { id, isNew: false };
      const record: StoredReview = {
        id: newId(),
        planId: bundle.content.plan.id,
        reviewer,
        createdAt: nowIso(),
        lookFors: DEFAULT_LOOK_FORS.map((text) => ({ text, rating: null, note: '' })),
        kind: 'coach',
        bundle,
      };
      records.push(record);
      open.set(bundle.checksum, record.id);
      return { id: record.id, isNew: true };
    });
    await db.reviews.bulkAdd(records);
    return results;
  });
}

export async function listCoachReviews(): Promise<(StoredReview & { commentCount: number })[]> {
  const all = (await db.reviews.toArray()) as StoredReview[];
  const coach = all.filter((r) => r.kind === 'coach' && r.bundle);
  const counts = await Promise.all(coach.map((r) => db.comments.where('reviewId').equals(r.id).count()));
  return coach
    .map((r, i) => ({ ...r, commentCount: counts[i] ?? 0 }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function loadReview(id: string): Promise<{ review: StoredReview; comments: StoredComment[] } | null> {
  const review = (await db.reviews.get(id)) as StoredReview | undefined;
  if (!review) return null;
  const comments = (await db.comments.where('reviewId').equals(id).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { review, comments };
}

export async function deleteReview(id: string): Promise<void> {
  await db.transaction('rw', db.reviews, db.comments, async () => {
    await db.comments.where('reviewId').equals(id).delete();
    await db.reviews.delete(id);
  });
}

export async function addComment(reviewId: string, anchor: Anchor, text: string): Promise<string> {
  const id = newId();
  await db.comments.add({ id, reviewId, anchor, text, resolved: 0, createdAt: nowIso() });
  return id;
}

export async function removeComment(id: string): Promise<void> {
  await db.comments.delete(id);
}

/** Changes the look-fors of a review with a function of the stored ones, in one transaction. */
export async function changeLookFors(reviewId: string, fn: (lookFors: LookFor[]) => LookFor[]): Promise<void> {
  await db.transaction('rw', db.reviews, async () => {
    const review = await db.reviews.get(reviewId);
    if (!review) throw new Error('That review is no longer there.');
    await db.reviews.update(reviewId, { lookFors: fn(review.lookFors.map((l) => ({ ...l }))) });
  });
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
    const existing = ((await db.reviews.where('planId').equals(planId).toArray()) as StoredReview[]).find(
      (r) => r.kind === 'received' && r.fileChecksum === file.checksum,
    );
    const resolvedBefore = new Map<string, CommentRecord['resolved']>();
    if (existing) {
      const old = (await db.comments.where('reviewId').equals(existing.id).toArray()) as StoredComment[];
      for (const c of old) if (c.sourceId) resolvedBefore.set(c.sourceId, c.resolved);
      await db.comments.where('reviewId').equals(existing.id).delete();
    }
    const reviewId = existing?.id ?? newId();
    const version = reviewedVersion(content, currentVersion);
    const record: StoredReview = {
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

export async function listReceivedReviews(planId: string): Promise<{ review: StoredReview; comments: StoredComment[] }[]> {
  const reviews = ((await db.reviews.where('planId').equals(planId).toArray()) as StoredReview[])
    .filter((r) => r.kind === 'received')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return Promise.all(
    reviews.map(async (review) => ({
      review,
      comments: (await db.comments.where('reviewId').equals(review.id).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    })),
  );
}

export async function setCommentResolved(id: string, resolved: boolean): Promise<void> {
  await db.comments.update(id, { resolved: resolved ? 1 : 0 });
}
