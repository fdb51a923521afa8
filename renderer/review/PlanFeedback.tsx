import { useState } from 'react';
import { useLive } from '../db/live';
import { formatDate, type OpenedFile } from '../../shared';
import { bridge } from '../bridge';
import { getPlanBody } from '../db/planViews';
import { deleteReview, listReceivedReviews, restoreReview, setCommentResolved, type StoredReview } from '../db/reviews';
import { errorMessage, toast } from '../ui/toasts';
import { anchorLabel } from './anchors';
import { fileText } from './files';
import { contentsWords, RemoveReviewDialog, reviewContents, type ReviewContents } from './RemoveReviewDialog';
import { importReviewText } from './reviewImport';
import { outcomeWords, takeFolderFiles } from './folderFiles';

/** "Mon 2 Mar 2026", in the teacher's time zone, from an ISO time stamp. */
function exportDate(iso: string): string {
  return formatDate(iso, 'weekdayYear');
}

/** Said plainly when the reviewer did not see the plan as it is now: their comments may be about what has changed. */
function versionNotice(review: StoredReview, who: string): string | null {
  const version = review.reviewedVersion;
  if (!version || version.state === 'current') return null;
  const exported = version.planExportedAt ? `, exported on ${exportDate(version.planExportedAt)}` : '';
  if (version.state === 'earlier')
    return `${who} reviewed an earlier version of this plan${exported}. The plan has changed since, so some comments may be about things that are different now or gone.`;
  const sent = review.exportedAt ? ` (the review was sent on ${exportDate(review.exportedAt)})` : '';
  return `${who} may have reviewed an earlier version of this plan${exported}: Blendwise cannot match the review with the plan as it is now${sent}.`;
}

/** Back to the teacher: the reviews coaches sent about this plan, loaded from their review files. */
export function PlanFeedback({ planId }: { planId: string }) {
  const reviews = useLive(() => listReceivedReviews(planId), [planId]);
  const body = useLive(() => getPlanBody(planId), [planId]);
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; who: string; contents: ReviewContents } | null>(null);

  const remove = async ({ id, who, contents }: { id: string; who: string; contents: ReviewContents }) => {
    setRemoving(null);
    try {
      const removed = await deleteReview(id);
      const message = `Removed the review by ${who} with ${contentsWords(contents)}.`;
      if (removed) toast.undoable(message, () => restoreReview(removed));
      else toast.success(message);
    } catch (e) {
      toast.error(`Not removed: ${errorMessage(e)}`);
    }
  };

  const importOne = async (file: OpenedFile) => {
    const result = await importReviewText(planId, fileText(file));
    if (!result.ok) {
      setProblem(`${file.name} was not imported. ${result.problem}`);
      return;
    }
    setProblem(null);
    const who = result.reviewer.trim() || 'a reviewer';
    const earlier = result.version.state === 'current' ? '' : ' It was written about an earlier version of this plan.';
    toast.success(`${result.replaced ? `Loaded the review by ${who} again.` : `Imported the review by ${who}.`}${earlier}`);
  };

  /** Several files picked from the shared folder: each review of one of this teacher's plans lands beside it, the rest are left alone. */
  const importFromFolder = async (files: OpenedFile[]) => {
    const outcome = await takeFolderFiles(
      files.map((f) => ({ folder: '', file: f.name, data: f.data })),
      { openBundles: false, reviewer: '' },
    );
    const here = outcome.landed.filter((l) => l.planId === planId);
    const problems = outcome.problems.map((p) => `${p.file}: ${p.problem}`);
    if (here.length === 0) problems.unshift(`None of the ${files.length} files is a review of this plan. Nothing was changed here.`);
    setProblem(problems.length > 0 ? problems.join(' ') : null);
    const words = outcomeWords(outcome);
    if (words) toast.success(words);
    else if (here.length > 0) toast.success('Loaded the review again.');
  };

  const importReview = async () => {
    try {
      const files = await bridge.openFiles({
        title: 'Import review',
        filters: [{ name: 'Blendwise review', extensions: ['blendwise-review'] }],
        multiple: true,
      });
      if (files.length === 1) await importOne(files[0]!);
      else if (files.length > 1) await importFromFolder(files);
    } catch (e) {
      setProblem(`The review was not imported: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="card rv-feedback" aria-labelledby="rv-feedback-title">
      <div className="pe-card-head">
        <h2 id="rv-feedback-title">Feedback</h2>
        <button type="button" className="secondary" onClick={() => void importReview()}>
          Import review…
        </button>
      </div>
      {problem && (
        <p className="banner warning" role="alert">
          {problem}
        </p>
      )}
      {reviews !== undefined && reviews.length === 0 && (
        <p className="muted small-text">No reviews yet. Export the plan for a coach, then import the review file they send back (or pick every file in the folder you share: the review of this plan is found).</p>
      )}
      {reviews?.map(({ review, comments }) => {
        const who = review.reviewer.trim() || 'A reviewer';
        const open = comments.filter((c) => !c.resolved).length;
        const notice = versionNotice(review, who);
        return (
          <article key={review.id} className="rv-received" aria-label={`Review by ${who}`}>
            <h3>
              Review by {who}
              {review.exportedAt && <span className="small-text muted"> · sent {exportDate(review.exportedAt)}</span>}
            </h3>
            {notice && <p className="banner warning">{notice}</p>}
            {review.lookFors.length > 0 && (
              <table className="table compact" aria-label={`Look-fors rated by ${who}`}>
                <thead>
                  <tr>
                    <th scope="col">Look-for</th>
                    <th scope="col">Rating</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {review.lookFors.map((l, i) => (
                    <tr key={i}>
                      <th scope="row">{l.text}</th>
                      <td>{l.rating === null ? 'not rated' : `${l.rating} of 4`}</td>
                      <td className="rv-pre">{l.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h4>
              Comments <span className="small-text muted">{comments.length === 0 ? 'none' : `${open} open of ${comments.length}`}</span>
            </h4>
            {comments.length > 0 && (
              <ul className="rv-comments" aria-label={`Comments from ${who}`}>
                {comments.map((c) => (
                  <li key={c.id} className={c.resolved ? 'rv-comment rv-resolved' : 'rv-comment'}>
                    <p className="small-text muted">{anchorLabel(c.anchor, body ?? null, c.about)}</p>
                    <p className="rv-pre">{c.text}</p>
                    <button
                      type="button"
                      className="secondary small"
                      aria-pressed={!!c.resolved}
                      onClick={() =>
                        void setCommentResolved(c.id, !c.resolved).catch((e: unknown) => toast.error(`Not changed: ${errorMessage(e)}`))
                      }
                    >
                      Mark resolved
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              className="link-button small-text"
              onClick={() => setRemoving({ id: review.id, who, contents: reviewContents(review.lookFors, comments.length) })}
            >
              Remove this review
            </button>
          </article>
        );
      })}
      <RemoveReviewDialog
        what={`the review by ${removing?.who ?? ''}`}
        contents={removing?.contents ?? null}
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
