import { useEffect, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { bridge } from '../bridge';
import { addCoachReviews, deleteReview, getReviewerName, listCoachReviews, restoreReview, setReviewerName } from '../db/reviews';
import { errorMessage, toast } from '../ui/toasts';
import { readPlanFiles } from './files';
import { contentsWords, RemoveReviewDialog, reviewContents, type ReviewContents } from './RemoveReviewDialog';

/** Review mode: the plans a coach has opened from teachers' exports. */
export function ReviewsPage() {
  const reviews = useLive(() => listCoachReviews(), []);
  const savedName = useLive(() => getReviewerName(), []);
  const [typed, setName] = useState<string | null>(null);
  const name = typed ?? savedName ?? '';
  const [problems, setProblems] = useState<{ file: string; problem: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const [removing, setRemoving] = useState<{ id: string; title: string; contents: ReviewContents } | null>(null);

  const open = async () => {
    setBusy(true);
    try {
      const files = await bridge.openFiles({
        title: 'Open plan for review',
        filters: [{ name: 'Blendwise plan', extensions: ['blendwise'] }],
        multiple: true,
      });
      if (files.length === 0) return;
      const { bundles, problems: found } = readPlanFiles(files);
      setProblems(found);
      if (bundles.length > 0) {
        const opened = await addCoachReviews(bundles, name.trim());
        const added = opened.filter((o) => o.isNew).length;
        const again = opened.length - added;
        const title = bundles[0]!.content.plan.title;
        // The same file opened again goes to the review already written, comments and all.
        toast.success(
          opened.length === 1
            ? added === 1
              ? `Opened “${title}” for review.`
              : `“${title}” is already open for review.`
            : [
                added > 0 ? `Opened ${added} ${added === 1 ? 'plan' : 'plans'} for review.` : '',
                again > 0 ? `${again} ${again === 1 ? 'plan was' : 'plans were'} already open.` : '',
              ]
                .filter(Boolean)
                .join(' '),
        );
        const only = opened.length === 1 ? opened[0] : undefined;
        if (only && found.length === 0) navigate(`/reviews/${only.id}`);
      }
    } catch (e) {
      setProblems([{ file: 'The file', problem: errorMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };

  // File -> Open Plan for Review… arrives here with ?open=1: open the picker once.
  const [params, setParams] = useSearchParams();
  const openAsked = params.get('open') === '1';
  useEffect(() => {
    if (!openAsked) return;
    const later = setTimeout(() => {
      setParams({}, { replace: true });
      void open();
    }, 0);
    return () => clearTimeout(later);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per menu command
  }, [openAsked]);

  const remove = async ({ id, title, contents }: { id: string; title: string; contents: ReviewContents }) => {
    setRemoving(null);
    try {
      const removed = await deleteReview(id);
      const message = `Removed the review of “${title}” with ${contentsWords(contents)}.`;
      if (removed) toast.undoable(message, () => restoreReview(removed));
      else toast.success(message);
    } catch (e) {
      toast.error(`The review was not removed: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="page rv-page" aria-labelledby="rv-title">
      <header className="page-header">
        <div>
          <h1 id="rv-title">Reviews</h1>
          <p className="muted">Open a plan a teacher exported, comment on it and rate the look-fors, then send the review back.</p>
        </div>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void open()}>
            Open plan for review…
          </button>
        </div>
      </header>

      <div className="field rv-name">
        <label htmlFor="rv-reviewer">Your name</label>
        <input
          id="rv-reviewer"
          value={name}
          maxLength={200}
          onChange={(e) => {
            setName(e.target.value);
            void setReviewerName(e.target.value);
          }}
        />
        <small className="hint">Teachers see it on the reviews you send them.</small>
      </div>

      {problems.length > 0 && (
        <div className="banner warning" role="alert">
          <p>{problems.length === 1 ? 'This file was not opened:' : 'These files were not opened:'}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{p.file}</strong>: {p.problem}
              </li>
            ))}
          </ul>
        </div>
      )}

      {reviews === undefined ? null : reviews.length === 0 ? (
        <p className="muted">No plans to review yet. A teacher exports one with “Export…” in the plan editor.</p>
      ) : (
        <table className="table" aria-label="Plans under review">
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Plan</th>
              <th scope="col">Date</th>
              <th scope="col">In the plan</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => {
              const c = r.bundle!.content;
              const body = c.plan.body;
              const students = new Set(body.groups.flatMap((g) => g.studentIds)).size;
              return (
                <tr key={r.id}>
                  <td>{c.className}</td>
                  <th scope="row">
                    <Link to={`/reviews/${r.id}`}>{c.plan.title}</Link>
                  </th>
                  <td>{c.plan.date}</td>
                  <td className="small-text">
                    {body.groups.length} groups · {body.stations.length} stations · {students} students · {r.commentCount}{' '}
                    {r.commentCount === 1 ? 'comment' : 'comments'}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      aria-label={`Remove the review of ${c.plan.title}`}
                      onClick={() => setRemoving({ id: r.id, title: c.plan.title, contents: reviewContents(r.lookFors, r.commentCount) })}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <RemoveReviewDialog
        what={`your review of “${removing?.title ?? ''}”`}
        contents={removing?.contents ?? null}
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
