import type { ReactNode } from 'react';
import { KIND_LABELS } from './planDraft';
import type { PlaylistRow } from './playlistSummary';

/**
 * A playlist's activities in order, in words: what, must or may, kind, time and who it is for.
 * The coach's review shows it on screen and the plan PDF on paper (`variant` picks the styles);
 * `action` adds a last column (the review's Comment button).
 */
export function PlaylistActivitiesTable({
  rows,
  variant,
  action,
}: {
  rows: PlaylistRow[];
  variant: 'screen' | 'paper';
  action?: (row: PlaylistRow) => ReactNode;
}) {
  const paper = variant === 'paper';
  const p = paper ? 'pp' : 'rv';
  return (
    <table className={paper ? 'pp-table pp-playlist' : 'table compact rv-playlist'} aria-label="Playlist activities">
      <thead>
        <tr>
          <th scope="col" className={`${p}-pl-number`}>
            #
          </th>
          <th scope="col">Activity</th>
          <th scope="col">Must or may</th>
          <th scope="col">Kind</th>
          <th scope="col">Time</th>
          <th scope="col">For</th>
          {action && (
            <th scope="col">
              <span className="visually-hidden">Comments</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.item.id} className={`${p}-pl-${r.item.mustDo ? 'must' : 'may'}`}>
            <td className={`${p}-pl-number`}>{r.number}</td>
            <th scope="row">
              {r.title}
              {r.item.resources.trim() && (
                <span className={`${p}-pl-resources${paper ? '' : ' small-text'}`}>
                  {paper ? 'Resources: ' : ''}
                  {r.item.resources.trim()}
                </span>
              )}
            </th>
            <td>{r.doWords}</td>
            <td>{KIND_LABELS[r.item.kind] ?? r.item.kind}</td>
            <td className={`${p}-pl-minutes`}>{r.minutes === null ? '—' : `${r.minutes} min`}</td>
            <td>{r.forWords}</td>
            {action && <td>{action(r)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
