import { useMemo, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useParams } from 'react-router';
import { formatLevel, formatMean, serializeReviewFile, type PlanBundleContent } from '../../shared';
import { bridge } from '../bridge';
import { addComment, loadReview, removeComment, restoreComment, type StoredComment } from '../db/reviews';
import { PlanHealth } from '../rotations/PlanHealth';
import { formatPlanDate, KIND_LABELS, meanScore } from '../rotations/planDraft';
import { planView, type PlanView } from '../rotations/planView';
import { errorMessage, toast } from '../ui/toasts';
import { anchorLabel, anchorOptions } from './anchors';

import { LookForsEditor } from './LookForsEditor';
import { ReviewPlaylist } from './ReviewPlaylist';
import { reviewFileFor } from './reviewExport';
import { safeFileName } from '../ui/fileName';

/** One plan under review: read-only schedule, groups and health; the coach's comments and look-for ratings. */
export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const data = useLive(() => loadReview(reviewId), [reviewId]);
  const content = data?.review.bundle?.content ?? null;
  const studentNames = useMemo(() => Object.fromEntries((content?.students ?? []).map((s) => [s.id, s.name])), [content]);
  const view = useMemo(() => (content ? planView(content.plan.body, studentNames) : null), [content, studentNames]);

  if (data === undefined) return <section className="page" aria-busy="true" />;
  if (data === null || !content || !view)
    return (
      <section className="page">
        <h1>Review not found</h1>
        <p>It may have been removed.</p>
        <Link to="/reviews">Back to reviews</Link>
      </section>
    );
  const { review, comments } = data;

  const exportReview = async () => {
    try {
      const info = await bridge.appInfo();
      const file = await reviewFileFor(reviewId, { appVersion: info.version, exportedAt: new Date().toISOString() });
      const suggestedName = `${safeFileName(content.plan.title)} review.blendwise-review`;
      const result = await bridge.saveFile({
        title: 'Export review',
        suggestedName,
        data: serializeReviewFile(file),
        filters: [{ name: 'Blendwise review', extensions: ['blendwise-review'] }],
      });
      if (result.saved) toast.success(`Exported ${suggestedName}: send it to the teacher.`);
    } catch (e) {
      toast.error(`The review was not exported: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="page rv-page" aria-labelledby="rv-plan-title">
      <header className="page-header">
        <div>
          <p className="small-text">
            <Link to="/reviews">Reviews</Link> · {content.className}
          </p>
          <h1 id="rv-plan-title">{content.plan.title}</h1>
          <p className="muted">
            {formatPlanDate(content.plan.date)}
            {review.bundle?.exportedAt && <span className="small-text"> · exported {formatPlanDate(review.bundle.exportedAt.slice(0, 10))}</span>}
            {content.pseudonymised && <span className="badge">names replaced by pseudonyms</span>}
            {review.reviewer && <span className="small-text"> · reviewed by {review.reviewer}</span>}
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => void exportReview()}>
            Export review…
          </button>
        </div>
      </header>

      <div className="rv-layout">
        <div className="rv-main">
          <ReviewSchedule content={content} view={view} />
          <ReviewGroups content={content} view={view} />
          <ReviewPlaylist content={content} />
          {content.plan.body.notes.trim() && (
            <section className="card" aria-labelledby="rv-notes-title">
              <h2 id="rv-notes-title">Teacher’s notes</h2>
              <p className="rv-pre">{content.plan.body.notes}</p>
            </section>
          )}
        </div>
        <aside className="rv-side">
          {/* The editor's own health card: the same checks, and where teacher time and screen time go. */}
          <PlanHealth body={content.plan.body} view={view} studentNames={studentNames} />
          <ReviewComments reviewId={reviewId} content={content} comments={comments} />
          <LookForsEditor reviewId={reviewId} lookFors={review.lookFors} />
        </aside>
      </div>
    </section>
  );
}

function ReviewSchedule({ content, view }: { content: PlanBundleContent; view: PlanView }) {
  const body = content.plan.body;
  const groups = new Map(body.groups.map((g) => [g.id, g]));
  return (
    <section className="card" aria-labelledby="rv-schedule-title">
      <h2 id="rv-schedule-title">Schedule</h2>
      {view.rounds.length === 0 ? (
        <p className="muted">This plan has no rounds to show.</p>
      ) : (
        <div className="rv-scroll">
          <table className="table compact pe-schedule" aria-label="Schedule">
            <thead>
              <tr>
                <th scope="col">Round</th>
                {body.stations.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.name || 'Unnamed station'}
                    <span className="pe-kind">
                      {KIND_LABELS[s.kind]}
                      {s.room ? ` · ${s.room}` : ''}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rounds.map((r) => (
                <tr key={r.round}>
                  <th scope="row">
                    {view.days > 1 && <span className="pe-day">Day {r.day + 1}</span>}
                    Round {r.round + 1}
                    <span className="pe-time">
                      {r.start}–{r.end}
                    </span>
                  </th>
                  {body.stations.map((s) => {
                    const g = groups.get(r.byStation[s.id] ?? '');
                    return (
                      <td key={s.id}>
                        {g ? (
                          <>
                            <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
                            {g.name}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The round a group first sits at a teacher-led station, so a coach sees who meets the teacher first. */
function teacherRound(content: PlanBundleContent, view: PlanView, groupId: string): number | null {
  const teacher = content.plan.body.stations.filter((s) => s.kind === 'teacher').map((s) => s.id);
  const round = view.rounds.find((r) => teacher.some((id) => r.byStation[id] === groupId));
  return round ? round.round : null;
}

function ReviewGroups({ content, view }: { content: PlanBundleContent; view: PlanView }) {
  const names = new Map(content.students.map((s) => [s.id, s.name]));
  const scores = content.grouping?.scores ?? {};
  const { summaries } = content.mastery;
  return (
    <section className="card" aria-labelledby="rv-groups-title">
      <h2 id="rv-groups-title">Groups</h2>
      {content.grouping && (
        <p className="small-text muted">
          From the grouping “{content.grouping.name}” ({content.grouping.strategy === 'similar' ? 'similar levels' : 'mixed levels'}
          {content.skills.length > 0 ? ` on ${content.skills.map((s) => s.code || s.statement).join(', ')}` : ''}).
        </p>
      )}
      <div className="rv-groups">
        {content.plan.body.groups.map((g) => {
          const mean = typeof g.need === 'number' ? g.need : meanScore(g.studentIds, content.grouping?.scores);
          const round = teacherRound(content, view, g.id);
          return (
            <section key={g.id} className="rv-group" aria-label={g.name} style={{ borderTopColor: g.color }}>
              <h3>
                {g.name}{' '}
                <span className="small-text muted">
                  {g.studentIds.length} students{mean !== null ? ` · mean ${formatMean(mean)}` : ''}
                </span>
              </h3>
              {round !== null && <p className="small-text muted">With the teacher in round {round + 1}</p>}
              <div className="rv-scroll">
              <table className="table compact rv-group-table" aria-label={`Students in ${g.name}`}>
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    {content.grouping && <th scope="col">Grouping score</th>}
                    {content.skills.map((s) => (
                      <th scope="col" key={s.id} title={s.statement} className="code-head">
                        {s.code || s.statement}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {g.studentIds.map((id) => (
                    <tr key={id}>
                      <th scope="row">{names.get(id) ?? 'Unknown student'}</th>
                      {content.grouping && <td>{fmt(scores[id])}</td>}
                      {content.skills.map((s) => (
                        <td key={s.id}>{fmt(summaries[id]?.[s.id])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** A level or grouping score as every screen writes it (shared/format); '—' for none. */
function fmt(value: number | null | undefined): string {
  return formatLevel(value, '—');
}

function ReviewComments({ reviewId, content, comments }: { reviewId: string; content: PlanBundleContent; comments: StoredComment[] }) {
  const body = content.plan.body;
  const options = useMemo(() => anchorOptions(body), [body]);
  const [about, setAbout] = useState('plan:');
  const [text, setText] = useState('');

  const add = async () => {
    const option = options.find((o) => o.value === about) ?? options[0]!;
    if (!text.trim()) return;
    try {
      await addComment(reviewId, option.anchor, text.trim());
      setText('');
    } catch (e) {
      toast.error(`The comment was not added: ${errorMessage(e)}`);
    }
  };

  const removeWithUndo = async (c: StoredComment) => {
    try {
      const removed = await removeComment(c.id);
      const short = c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text;
      toast.undoable(`Removed the comment “${short}”.`, () => restoreComment(removed));
    } catch (e) {
      toast.error(`The comment was not removed: ${errorMessage(e)}`);
    }
  };

  return (
    <section className="card" aria-labelledby="rv-comments-title">
      <h2 id="rv-comments-title">Comments</h2>
      <form
        className="rv-comment-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor="rv-about">About</label>
          <select id="rv-about" value={about} onChange={(e) => setAbout(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rv-comment">Comment</label>
          <textarea id="rv-comment" rows={3} value={text} maxLength={10000} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" disabled={!text.trim()}>
          Add comment
        </button>
      </form>
      {comments.length > 0 && (
        <ul className="rv-comments" aria-label="Comments">
          {comments.map((c) => (
            <li key={c.id} className="rv-comment">
              <p className="small-text muted">{anchorLabel(c.anchor, body)}</p>
              <p className="rv-pre">{c.text}</p>
              <button type="button" className="secondary small" aria-label={`Remove comment: ${c.text.slice(0, 60)}`} onClick={() => void removeWithUndo(c)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
