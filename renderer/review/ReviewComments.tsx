import { useMemo, useState, type RefObject } from 'react';
import type { PlanBundleContent } from '../../shared';
import { addComment, removeComment, restoreComment, type StoredComment } from '../db/reviews';
import { errorMessage, toast } from '../ui/toasts';
import { anchorLabel, anchorOptions } from './anchors';

type Props = {
  reviewId: string;
  content: PlanBundleContent;
  comments: StoredComment[];
  /** the "About" choice (an anchorValue): the page holds it, so a Comment button beside an activity can set it */
  about: string;
  onAboutChange: (value: string) => void;
  textRef: RefObject<HTMLTextAreaElement | null>;
};

/** The coach's comments: what each is about (the plan, a station, a group, an activity…), then the text. */
export function ReviewComments({ reviewId, content, comments, about, onAboutChange, textRef }: Props) {
  const body = content.plan.body;
  const options = useMemo(() => anchorOptions(body), [body]);
  const [text, setText] = useState('');

  const add = async () => {
    const option = options.find((o) => o.value === about) ?? options[0]!;
    const submitted = text;
    if (!submitted.trim()) return;
    // Cleared before the save, not after: a coach who starts the next comment while this one is
    // written must not have it wiped when the save comes back.
    setText('');
    try {
      await addComment(reviewId, option.anchor, submitted.trim());
    } catch (e) {
      setText((typed) => (typed.trim() ? `${submitted}\n\n${typed}` : submitted));
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
          <select id="rv-about" value={about} onChange={(e) => onAboutChange(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rv-comment">Comment</label>
          <textarea
            id="rv-comment"
            ref={textRef}
            rows={3}
            value={text}
            maxLength={10000}
            onChange={(e) => setText(e.target.value)}
          />
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
              <button
                type="button"
                className="secondary small"
                aria-label={`Remove comment: ${c.text.slice(0, 60)}`}
                onClick={() => void removeWithUndo(c)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
