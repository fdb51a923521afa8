import { useState } from 'react';
import { changeLookFors, type LookFor } from '../db/reviews';
import { errorMessage, toast } from '../ui/toasts';

const RATINGS = [
  { value: 1, hint: 'not yet seen' },
  { value: 2, hint: 'beginning' },
  { value: 3, hint: 'mostly in place' },
  { value: 4, hint: 'strong' },
] as const;

type Props = { reviewId: string; lookFors: LookFor[] };

/** The look-fors of a review: rate each 1–4 with a note; the list itself can be edited. */
export function LookForsEditor({ reviewId, lookFors }: Props) {
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const [newText, setNewText] = useState('');

  const change = (fn: (l: LookFor[]) => LookFor[]) =>
    changeLookFors(reviewId, fn).catch((e: unknown) => toast.error(`The look-fors were not changed: ${errorMessage(e)}`));
  const patch = (index: number, p: Partial<LookFor>) => change((all) => all.map((l, i) => (i === index ? { ...l, ...p } : l)));

  return (
    <section className="card rv-lookfors" aria-labelledby="rv-lookfors-title">
      <h2 id="rv-lookfors-title">Look-fors</h2>
      <p className="small-text muted">Rate each from 1 (not yet seen) to 4 (strong).</p>
      {lookFors.length === 0 && <p className="muted">No look-fors: add one below.</p>}
      {lookFors.map((l, index) => (
        <fieldset key={`${index}:${l.text}`} className="rv-lookfor">
          <legend>{l.text}</legend>
          <div className="rv-ratings">
            {RATINGS.map((r) => (
              <label key={r.value} title={r.hint}>
                <input
                  type="radio"
                  name={`rv-lookfor-${index}`}
                  value={r.value}
                  checked={l.rating === r.value}
                  onChange={() => void patch(index, { rating: r.value })}
                />
                {r.value}
              </label>
            ))}
            {l.rating !== null && (
              <button type="button" className="link-button small-text" onClick={() => void patch(index, { rating: null })}>
                Clear rating
              </button>
            )}
          </div>
          <div className="field">
            <label htmlFor={`rv-lookfor-note-${index}`}>Note</label>
            <textarea
              id={`rv-lookfor-note-${index}`}
              rows={2}
              maxLength={5000}
              defaultValue={l.note}
              onChange={(e) => void patch(index, { note: e.target.value })}
            />
          </div>
          {editing?.index === index ? (
            <div className="rv-edit-lookfor">
              <div className="field">
                <label htmlFor={`rv-lookfor-text-${index}`}>Look-for text</label>
                <input
                  id={`rv-lookfor-text-${index}`}
                  value={editing.text}
                  maxLength={500}
                  onChange={(e) => setEditing({ index, text: e.target.value })}
                />
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="small"
                  disabled={!editing.text.trim()}
                  onClick={() => {
                    void patch(index, { text: editing.text.trim() });
                    setEditing(null);
                  }}
                >
                  Done
                </button>
                <button type="button" className="secondary small" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </div>
            </div>
          ) : (
            <div className="actions">
              <button type="button" className="secondary small" onClick={() => setEditing({ index, text: l.text })}>
                Edit
              </button>
              <button
                type="button"
                className="secondary small"
                aria-label={`Remove look-for: ${l.text}`}
                onClick={() => {
                  setEditing(null);
                  void change((all) => all.filter((_, i) => i !== index));
                }}
              >
                Remove
              </button>
            </div>
          )}
        </fieldset>
      ))}
      <form
        className="rv-add-lookfor"
        onSubmit={(e) => {
          e.preventDefault();
          const text = newText.trim();
          if (!text) return;
          void change((all) => [...all, { text, rating: null, note: '' }]);
          setNewText('');
        }}
      >
        <div className="field">
          <label htmlFor="rv-new-lookfor">New look-for</label>
          <input id="rv-new-lookfor" value={newText} maxLength={500} onChange={(e) => setNewText(e.target.value)} />
        </div>
        <button type="submit" className="secondary" disabled={!newText.trim()}>
          Add look-for
        </button>
      </form>
    </section>
  );
}
