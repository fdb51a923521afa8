import { useId } from 'react';
import { groupingChanges, type GroupingRecord } from '../../shared';
import type { Board } from './boardStore';
import { formatDay, summarizeChanges } from './boardView';

type Props = {
  /** the saved grouping the board is compared with */
  previous: GroupingRecord;
  groups: Board['groups'];
  scores: Record<string, number | null>;
  names: Record<string, string>;
  /** how both were made, in words ("similar levels on 6.RP.A.1") */
  kind: string;
};

/** Who moved up or down, or is new, since the previous grouping. */
export function GroupingChanges({ previous, groups, scores, names, kind }: Props) {
  const titleId = useId();
  const changes = summarizeChanges(groupingChanges(previous, { groups, scores }), names);
  const moves = [
    { label: 'Moved up', who: changes.up },
    { label: 'Moved down', who: changes.down },
    { label: 'New', who: changes.new },
  ].filter((m) => m.who.length > 0);
  return (
    <section className="card gb-changes" aria-labelledby={titleId}>
      <h3 id={titleId}>
        What changed since {formatDay(previous.date)} <span className="muted">({previous.name})</span>
      </h3>
      <p className="muted gb-changes-basis">
        Compared with “{previous.name}”, the last grouping saved by {kind}.
      </p>
      {moves.length === 0 ? (
        <p>Nobody moved up or down.</p>
      ) : (
        <ul>
          {moves.map((m) => (
            <li key={m.label}>
              <strong>{m.label}:</strong> {m.who.join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
