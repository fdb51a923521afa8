// What the files of a review folder become, whether the desktop watcher reported them or the
// coach picked them in the browser: bundles open for review (the coach's side), and a review
// file about one of this Blendwise's own plans lands beside that plan (the teacher's side).
// Everything else in a shared folder (a colleague's review, the coach's own written-back file,
// the teacher's own bundle in a watched folder) is left alone.
import { readPlanBundle, readReviewFile, type PlanBundle } from '../../shared';
import { openFolderBundles, ownPlanIds, type BundleSource } from '../db/reviews';
import { importReviewText } from './reviewImport';

export type FolderFile = { folder: string; file: string; data: Uint8Array };

export type FolderOutcome = {
  /** coach reviews opened, brought up to date, or already open as they are */
  opened: { id: string; title: string; outcome: 'new' | 'updated' | 'same' }[];
  /** reviews that landed beside one of this Blendwise's plans */
  landed: { planId: string; reviewer: string; replaced: boolean }[];
  problems: { file: string; problem: string }[];
};

const isReviewName = (file: string) => file.toLowerCase().endsWith('.blendwise-review');

/**
 * Reads the files: `openBundles` (for every file, or by folder) is the coach's side (a review folder,
 * or files picked on Reviews); without it, bundles are left alone and only reviews of this Blendwise's own plans are taken.
 */
export async function takeFolderFiles(
  files: readonly FolderFile[],
  options: {
    openBundles: boolean | ((folder: string) => boolean);
    reviewer: string;
    /** a watched folder leaves this Blendwise's own bundles alone; a file the user picks opens whatever it is */
    skipOwnPlans?: boolean;
  },
): Promise<FolderOutcome> {
  const outcome: FolderOutcome = { opened: [], landed: [], problems: [] };
  const bundles: { bundle: PlanBundle; source: BundleSource }[] = [];
  const reviews: { file: string; planId: string; text: string }[] = [];
  for (const f of files) {
    const text = new TextDecoder('utf-8').decode(f.data);
    if (isReviewName(f.file)) {
      const read = readReviewFile(text);
      if (read.ok) reviews.push({ file: f.file, planId: read.review.content.planId, text });
      else outcome.problems.push({ file: f.file, problem: read.problem });
      continue;
    }
    const read = readPlanBundle(text);
    if (read.ok) bundles.push({ bundle: read.bundle, source: { folder: f.folder, file: f.file } });
    else outcome.problems.push({ file: f.file, problem: read.problem });
  }

  const own = await ownPlanIds([...new Set([...bundles.map((b) => b.bundle.content.plan.id), ...reviews.map((r) => r.planId)])]);
  // A teacher's own bundle in a watched folder is their plan, not one to review.
  const opens = options.openBundles;
  const fromCoachSide = (folder: string) => (typeof opens === 'function' ? opens(folder) : opens);
  const toOpen = bundles.filter((b) => fromCoachSide(b.source.folder) && !(options.skipOwnPlans && own.has(b.bundle.content.plan.id)));
  if (toOpen.length > 0) {
    const results = await openFolderBundles(toOpen, options.reviewer);
    results.forEach((r, i) => outcome.opened.push({ ...r, title: toOpen[i]!.bundle.content.plan.title }));
  }
  for (const review of reviews) {
    if (!own.has(review.planId)) continue;
    const result = await importReviewText(review.planId, review.text);
    if (result.ok) outcome.landed.push({ planId: review.planId, reviewer: result.reviewer, replaced: result.replaced });
    else outcome.problems.push({ file: review.file, problem: result.problem });
  }
  return outcome;
}

/** "Opened 2 plans for review. 1 plan was updated." — what a batch did, for a message; '' when nothing changed. */
export function outcomeWords(outcome: FolderOutcome): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const added = outcome.opened.filter((o) => o.outcome === 'new').length;
  const updated = outcome.opened.filter((o) => o.outcome === 'updated').length;
  const landed = outcome.landed.filter((l) => !l.replaced);
  return [
    added > 0 ? `Opened ${count(added, 'plan', 'plans')} for review.` : '',
    updated > 0 ? `${count(updated, 'plan was', 'plans were')} saved again by the teacher: the review shows the new version, with your comments kept.` : '',
    landed.length > 0
      ? `${landed.length === 1 ? `The review by ${landed[0]!.reviewer.trim() || 'your coach'} is` : `${landed.length} reviews are`} now beside your plan${landed.length === 1 ? '' : 's'}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}
