import { useCallback, useMemo, useRef, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useParams } from 'react-router';
import { bundleAuthor, reviewFileNameFor, serializeReviewFile, type PlanBundleContent } from '../../shared';
import { bridge, isDesktop } from '../bridge';
import { loadReview, markReviewSent, type Anchor, type StoredComment } from '../db/reviews';
import { PlanHealth } from '../rotations/PlanHealth';
import { formatPlanDate } from '../rotations/planDraft';
import { planView } from '../rotations/planView';
import { errorMessage, toast } from '../ui/toasts';
import { anchorValue, NOTES_ANCHOR } from './anchors';
import { CommentButton } from './CommentButton';
import { LookForsEditor } from './LookForsEditor';
import { commentCounts, ReviewActivities } from './ReviewActivities';
import { ReviewComments } from './ReviewComments';
import { ReviewGroups } from './ReviewGroups';
import { ReviewPlaylist } from './ReviewPlaylist';
import { ReviewSchedule } from './ReviewSchedule';
import { reviewFileName, reviewFileFor } from './reviewExport';
import './coachOverview.css';

/** One plan under review: read-only schedule, groups, activities and health; the coach's comments and look-for ratings. */
export function ReviewPage() {
  const { reviewId = '' } = useParams();
  const data = useLive(() => loadReview(reviewId), [reviewId]);
  const content = data?.review.bundle?.content ?? null;
  const studentNames = useMemo(() => Object.fromEntries((content?.students ?? []).map((s) => [s.id, s.name])), [content]);
  const view = useMemo(() => (content ? planView(content.plan.body, studentNames) : null), [content, studentNames]);
  const [about, setAbout] = useState('plan:');
  const commentText = useRef<HTMLTextAreaElement>(null);
  // A Comment button beside an activity points the form at it and hands it the keyboard.
  const commentOn = useCallback((anchor: Anchor) => {
    setAbout(anchorValue(anchor));
    commentText.current?.focus();
  }, []);

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
  const author = bundleAuthor(content);

  const source = review.source;
  const exportReview = async () => {
    try {
      const info = await bridge.appInfo();
      const file = await reviewFileFor(reviewId, { appVersion: info.version, exportedAt: new Date().toISOString() });
      const data = serializeReviewFile(file);
      const suggestedName = source ? reviewFileNameFor(source.file) : reviewFileName(content);
      // From a watched folder the review goes straight back beside the plan; else the coach saves it.
      const intoFolder = isDesktop && !!source?.folder;
      const result = intoFolder
        ? await bridge.writeFolderFile({ folder: source.folder, file: suggestedName, data })
        : await bridge.saveFile({
            title: 'Export review',
            suggestedName: suggestedName.split('/').pop() ?? suggestedName,
            data,
            filters: [{ name: 'Blendwise review', extensions: ['blendwise-review'] }],
          });
      if (result.saved) {
        await markReviewSent(reviewId);
        toast.success(intoFolder ? `Wrote ${suggestedName} beside the plan in the review folder.` : `Exported ${suggestedName.split('/').pop()}: put it beside the plan in the shared folder, or send it to the teacher.`);
      }
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
          <AuthorLine content={content} author={author} />
        </div>
        <div className="actions">
          <button type="button" onClick={() => void exportReview()}>
            {isDesktop && source?.folder ? 'Write review to folder' : 'Export review…'}
          </button>
        </div>
      </header>

      <div className="rv-layout">
        <div className="rv-main">
          <ReviewSchedule content={content} view={view} />
          <ReviewActivities content={content} view={view} comments={comments} onComment={commentOn} />
          <ReviewGroups content={content} view={view} />
          <ReviewPlaylist content={content} comments={comments} onComment={commentOn} />
          <ReviewNotes content={content} comments={comments} onComment={commentOn} />
        </div>
        <aside className="rv-side">
          {/* The editor's own health card: the same checks, and where teacher time and screen time go. */}
          <PlanHealth body={content.plan.body} view={view} studentNames={studentNames} />
          <ReviewComments
            reviewId={reviewId}
            content={content}
            comments={comments}
            about={about}
            onAboutChange={setAbout}
            textRef={commentText}
          />
          <LookForsEditor reviewId={reviewId} lookFors={review.lookFors} />
        </aside>
      </div>
    </section>
  );
}

/** Whose plan it is (the teacher's profile in the bundle) and the adults of the class. */
function AuthorLine({ content, author }: { content: PlanBundleContent; author: ReturnType<typeof bundleAuthor> }) {
  const adults = content.adults ?? [];
  if (!author.name && !author.school && adults.length === 0) {
    return <p className="small-text muted">The teacher’s name is not in this plan file (exported before Blendwise wrote it, or without a profile).</p>;
  }
  return (
    <p className="small-text rv-author">
      {author.name && (
        <>
          By <strong>{author.name}</strong>
        </>
      )}
      {author.school && <>{author.name ? ', ' : ''}{author.school}</>}
      {author.email && <> · {author.email}</>}
      {adults.length > 0 && <> · Adults in the class: {adults.map((a) => `${a.name} (${a.role})`).join(', ')}</>}
    </p>
  );
}

function ReviewNotes({ content, comments, onComment }: { content: PlanBundleContent; comments: StoredComment[]; onComment: (anchor: Anchor) => void }) {
  const notes = content.plan.body.notes.trim();
  if (!notes) return null;
  return (
    <section className="card" aria-labelledby="rv-notes-title">
      <div className="rv-card-head">
        <h2 id="rv-notes-title">Teacher’s notes</h2>
        <CommentButton anchor={NOTES_ANCHOR} what="the teacher’s notes" count={commentCounts(comments).get(anchorValue(NOTES_ANCHOR)) ?? 0} onComment={onComment} />
      </div>
      <p className="rv-pre">{content.plan.body.notes}</p>
    </section>
  );
}
