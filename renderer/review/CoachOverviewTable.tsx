import { Link } from 'react-router';
import { REVIEW_STATUS_WORDS } from '../../shared';
import { formatPlanDate, MODEL_LABELS } from '../rotations/planDraft';
import type { OverviewRow, Sort, SortKey } from './overviewRows';

type Column = { key: SortKey; label: string; firstDir: Sort['dir'] };

/**
 * Each header holds one or two sorts: the school sits under the teacher and the class under the
 * plan, so the whole table fits a 1360-pixel window beside the menu without scrolling sideways.
 */
const COLUMNS: Column[][] = [
  [
    { key: 'teacher', label: 'Teacher', firstDir: 'asc' },
    { key: 'school', label: 'School', firstDir: 'asc' },
  ],
  [
    { key: 'title', label: 'Plan', firstDir: 'asc' },
    { key: 'className', label: 'Class', firstDir: 'asc' },
  ],
  [{ key: 'date', label: 'Date', firstDir: 'desc' }],
  [{ key: 'model', label: 'Model', firstDir: 'asc' }],
  [{ key: 'groups', label: 'Groups', firstDir: 'desc' }],
  [{ key: 'warnings', label: 'Warnings', firstDir: 'desc' }],
  [{ key: 'teacherTime', label: 'Teacher time, neediest group', firstDir: 'asc' }],
  [{ key: 'screen', label: 'Screen minutes', firstDir: 'desc' }],
  [{ key: 'status', label: 'Status', firstDir: 'asc' }],
  [{ key: 'lastComment', label: 'Last comment', firstDir: 'desc' }],
];

type Props = {
  rows: OverviewRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  onRemove: (row: OverviewRow) => void;
};

/**
 * Every plan under review, one row each; a column's header button sorts by it (again: the other
 * way), and the header says which way it is sorted (aria-sort).
 */
export function CoachOverviewTable({ rows, sort, onSort, onRemove }: Props) {
  return (
    <div className="rv-scroll">
      <table className="table compact cs-overview" aria-label="Plans under review">
        <thead>
          <tr>
            {COLUMNS.map((sorts) => {
              const active = sorts.find((c) => c.key === sort.key);
              return (
                <th scope="col" key={sorts[0]!.key} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {sorts.map((c, i) => (
                    <span key={c.key} className={i > 0 ? 'cs-sort-second' : undefined}>
                      <button
                        type="button"
                        className="cs-sort"
                        onClick={() => onSort({ key: c.key, dir: c === active ? (sort.dir === 'asc' ? 'desc' : 'asc') : c.firstDir })}
                      >
                        {c.label}
                        <span aria-hidden="true" className="cs-sort-mark">
                          {c === active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    </span>
                  ))}
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.reviewId}>
              <td>
                {r.teacher}
                {r.school && <span className="cs-under small-text muted">{r.school}</span>}
              </td>
              <th scope="row">
                <Link to={`/reviews/${r.reviewId}`}>{r.title}</Link>
                <span className="cs-under small-text muted">{r.className}</span>
              </th>
              <td className="cs-nowrap">{formatPlanDate(r.date)}</td>
              <td>{MODEL_LABELS[r.model] ?? r.model}</td>
              <td className="cs-num">{r.groups}</td>
              <td className="cs-warn">
                {r.warnings.length === 0 ? (
                  'None'
                ) : (
                  <details>
                    <summary>{r.warnings.length}</summary>
                    <ul>
                      {r.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
              <td>
                <span className="cs-nowrap">{r.neediestTeacherMinutes === null ? '—' : `${r.neediestTeacherMinutes} min`}</span>
                {r.neediestTeacherMinutes !== null && r.neediestGroup && <span className="cs-under small-text muted">{r.neediestGroup}</span>}
              </td>
              <td className={r.screenMinutes > r.screenLimit ? 'cs-nowrap pe-over-limit' : 'cs-nowrap'}>
                {r.screenMinutes} / {r.screenLimit}
              </td>
              <td>
                <span className={`cs-status cs-status-${r.status}`}>{REVIEW_STATUS_WORDS[r.status]}</span>
              </td>
              <td className="cs-comment">
                {r.lastComment ? (
                  <>
                    {r.lastComment.text.length > 50 ? `${r.lastComment.text.slice(0, 50)}…` : r.lastComment.text}
                    <span className="small-text muted"> ({r.commentCount})</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <button type="button" className="secondary small cs-remove" aria-label={`Remove the review of ${r.title}`} onClick={() => onRemove(r)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
