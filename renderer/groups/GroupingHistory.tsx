import type { GroupingRecord } from '../../shared';
import { formatDay } from './boardView';
import { plural } from '../../shared';

type Props = {
  groupings: GroupingRecord[];
  /** the saved grouping now on the board */
  openId: string | null;
  onOpen: (record: GroupingRecord) => void;
  onDelete: (record: GroupingRecord) => void;
};

/** Saved groupings, newest first: open one to adjust it, or delete it (Undo brings it back). */
export function GroupingHistory({ groupings, openId, onOpen, onDelete }: Props) {
  return (
    <section className="card gb-history" aria-labelledby="gb-history-title">
      <h2 id="gb-history-title">History</h2>
      {groupings.length === 0 ? (
        <p className="muted">No saved groupings yet. Saved ones appear here to open, adjust and reuse.</p>
      ) : (
        <ul className="gb-history-list" aria-label="Saved groupings">
          {groupings.map((g) => {
            const students = g.groups.reduce((n, group) => n + group.studentIds.length, 0);
            return (
              <li key={g.id} className={g.id === openId ? 'gb-history-open' : undefined}>
                <span className="gb-history-date">{formatDay(g.date)}</span>
                <span className="gb-history-name">
                  {g.name}
                  {g.id === openId && <span className="badge">on the board</span>}
                </span>
                <span className="muted gb-history-count">
                  {plural(g.groups.length, 'group')} · {students} students
                </span>
                <span className="gb-history-actions">
                  <button type="button" className="secondary small" onClick={() => onOpen(g)}>
                    Open
                  </button>
                  <button type="button" className="secondary small danger-text" onClick={() => onDelete(g)}>
                    Delete
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
