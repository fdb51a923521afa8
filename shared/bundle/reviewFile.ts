// The review file (.blendwise-review): a coach's or colleague's look-for ratings and comments on
// one plan, tied to the exact plan export it was written against by that export's checksum.

import { z } from 'zod';
import type { CommentRecord } from '../model';
import type { Envelope, ExportOptions } from './envelope';
import { DEFAULT_MAX_BYTES, makeEnvelope, readEnvelope, serializeEnvelope } from './envelope';
import { ANCHOR_KIND_VALUES } from '../records/planBody';
import { idSchema, text } from './schemas';

export type LookForRating = 1 | 2 | 3 | 4 | null;
export type ReviewLookFor = { text: string; rating: LookForRating; note: string };
export type ReviewComment = Pick<CommentRecord, 'id' | 'anchor' | 'text' | 'createdAt'> & {
  /** what the comment is about, in words, as the reviewer saw it: kept for a station or group the teacher removes later */
  about?: string;
};

/** The plan as the reviewer saw it (files from before this was written lack it). */
export type ReviewedPlan = {
  /** when the teacher exported the plan bundle */
  exportedAt: string;
  /** planVersion() of the plan in that bundle */
  version: string;
  /** whether that bundle replaced student names, so the teacher's side can compare like with like */
  pseudonymised: boolean;
};

export type ReviewContent = {
  planId: string;
  /** the checksum of the plan bundle the review was written against */
  planChecksum: string;
  reviewedPlan?: ReviewedPlan;
  reviewer: string;
  lookFors: ReviewLookFor[];
  comments: ReviewComment[];
};

export type ReviewFile = Envelope<'blendwise-review', ReviewContent>;

/** What an observer looks for during a rotation, unless the teacher writes their own. */
export const DEFAULT_LOOK_FORS: readonly string[] = [
  'Teacher-led station uses current data',
  'Students at the online station are on task',
  'The collaborative station produces discussion',
  'Transitions take under 2 minutes',
  'Every student knows their next station',
];

export type ReviewFileInput = {
  planId: string;
  planChecksum: string;
  reviewedPlan?: ReviewedPlan;
  reviewer: string;
  /** ratings outside 1..4 are written as no rating */
  lookFors: readonly { text: string; rating: number | null; note: string }[];
  comments: readonly ReviewComment[];
};

function rating(value: number | null): LookForRating {
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : null;
}

export function makeReviewFile(input: ReviewFileInput, options: ExportOptions): ReviewFile {
  const content: ReviewContent = {
    planId: input.planId,
    planChecksum: input.planChecksum,
    ...(input.reviewedPlan
      ? {
          reviewedPlan: {
            exportedAt: input.reviewedPlan.exportedAt,
            version: input.reviewedPlan.version,
            pseudonymised: input.reviewedPlan.pseudonymised,
          },
        }
      : {}),
    reviewer: input.reviewer,
    lookFors: input.lookFors.map((l) => ({ text: l.text, rating: rating(l.rating), note: l.note })),
    comments: input.comments.map((c) => ({
      id: c.id,
      anchor: { kind: c.anchor.kind, ref: c.anchor.ref },
      text: c.text,
      createdAt: c.createdAt,
      ...(c.about !== undefined ? { about: c.about } : {}),
    })),
  };
  return makeEnvelope('blendwise-review', content, options);
}

export function serializeReviewFile(file: ReviewFile): string {
  return serializeEnvelope(file);
}

export const reviewContentSchema = z.object({
  planId: idSchema,
  planChecksum: text(100),
  reviewedPlan: z.object({ exportedAt: text(64), version: text(100), pseudonymised: z.boolean() }).optional(),
  reviewer: text(200),
  lookFors: z
    .array(
      z.object({
        text: text(500),
        rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]),
        note: text(5000),
      }),
    )
    .max(100),
  comments: z
    .array(
      z.object({
        id: idSchema,
        anchor: z.object({ kind: z.enum(ANCHOR_KIND_VALUES), ref: text(401) }),
        text: text(10000),
        createdAt: text(64),
        about: text(500).optional(),
      }),
    )
    .max(5000),
});

export type ReadReviewFileResult = { ok: true; review: ReviewFile } | { ok: false; problem: string };

/** Reads a .blendwise-review file's text with the same checks as a plan bundle; never throws. */
export function readReviewFile(text: string, options: { maxBytes?: number } = {}): ReadReviewFileResult {
  const read = readEnvelope(text, 'blendwise-review', reviewContentSchema, options.maxBytes ?? DEFAULT_MAX_BYTES);
  return read.ok ? { ok: true, review: read.value } : read;
}
