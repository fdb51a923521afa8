import type { CheckIn } from '../../../shared';
import { CONFIDENCE_WORDS, longDate } from './checkIns';

type Props = {
  /** newest first */
  checkIns: CheckIn[];
  onEdit: (c: CheckIn) => void;
  onDelete: (c: CheckIn) => void;
};

/** The conversations about a goal, newest first: the teacher's note beside the student's own words. */
export function CheckInList({ checkIns, onEdit, onDelete }: Props) {
  if (checkIns.length === 0) {
    return (
      <div className="empty">
        <p>
          No check-ins yet. A check-in is a short talk with the student about this goal: what you noticed, what they
          say in their own words, how confident they feel, and when you will talk again.
        </p>
      </div>
    );
  }
  return (
    <ol className="checkin-list" aria-label="Check-ins, newest first">
      {checkIns.map((c) => {
        const when = longDate(c.date);
        return (
          <li key={c.id} className="checkin">
            <div className="checkin-head">
              <h3 className="checkin-date">
                <time dateTime={c.date}>{when}</time>
              </h3>
              <span className="row-actions">
                <button type="button" className="secondary small" aria-label={`Edit the check-in from ${when}`} onClick={() => onEdit(c)}>
                  Edit
                </button>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={`Delete the check-in from ${when}`}
                  onClick={() => onDelete(c)}
                >
                  Delete
                </button>
              </span>
            </div>
            <dl className="checkin-body">
              <div>
                <dt>Teacher note</dt>
                <dd>{c.teacherNote || <span className="muted">—</span>}</dd>
              </div>
              <div>
                <dt>Student reflection</dt>
                <dd className="checkin-reflection">{c.reflection || <span className="muted">—</span>}</dd>
              </div>
              <div>
                <dt>Confidence</dt>
                <dd>
                  {c.confidence === null ? (
                    <span className="muted">Not asked</span>
                  ) : (
                    <span className={`confidence-chip confidence-${c.confidence}`}>
                      {CONFIDENCE_WORDS[c.confidence]} ({c.confidence} of 4)
                    </span>
                  )}
                </dd>
              </div>
              <div>
                <dt>Next check-in</dt>
                <dd>{c.nextDate ? <time dateTime={c.nextDate}>{longDate(c.nextDate)}</time> : <span className="muted">Not set</span>}</dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
