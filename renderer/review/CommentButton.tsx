import type { Anchor } from '../db/reviews';

/**
 * "Comment" beside something the coach reads (an activity, a playlist item, the notes): points the
 * comment form at it and moves the keyboard there. Says how many comments it already has.
 */
export function CommentButton({ anchor, what, count, onComment }: { anchor: Anchor; what: string; count: number; onComment: (anchor: Anchor) => void }) {
  return (
    <button type="button" className="secondary small rv-comment-on" aria-label={`Comment on ${what}`} onClick={() => onComment(anchor)}>
      Comment{count > 0 ? ` (${count})` : ''}
    </button>
  );
}
