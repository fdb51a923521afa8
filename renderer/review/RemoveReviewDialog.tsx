import { Dialog } from '../ui/Dialog';

/** What removing a review deletes, counted for the question and the Undo toast. */
export type ReviewContents = { ratings: number; notes: number; comments: number };

export function reviewContents(lookFors: { rating: number | null; note: string }[], comments: number): ReviewContents {
  return {
    ratings: lookFors.filter((l) => l.rating !== null).length,
    notes: lookFors.filter((l) => l.note.trim() !== '').length,
    comments,
  };
}

const count = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** "2 ratings, 1 note and 3 comments", or "no ratings or comments". */
export function contentsWords({ ratings, notes, comments }: ReviewContents): string {
  const parts = [count(ratings, 'rating'), ...(notes ? [count(notes, 'note')] : []), count(comments, 'comment')];
  if (ratings === 0 && notes === 0 && comments === 0) return 'no ratings or comments';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

type Props = {
  /** "the review by Coach Rivera", "your review of “Tuesday stations”" */
  what: string;
  contents: ReviewContents | null;
  onConfirm: () => void;
  onClose: () => void;
};

/** Asks before a review goes, saying how many ratings and comments go with it. */
export function RemoveReviewDialog({ what, contents, onConfirm, onClose }: Props) {
  return (
    <Dialog title="Remove this review?" open={contents !== null} onClose={onClose}>
      {contents && (
        <>
          <p>
            This removes {what} with {contentsWords(contents)}. Undo in the message that follows brings it back.
          </p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              Keep it
            </button>
            <button type="button" className="danger" onClick={onConfirm}>
              Remove review
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
