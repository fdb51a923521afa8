import { Link } from 'react-router';
import { REVIEW_STATUS_WORDS } from '../../shared';
import { formatPlanDate, MODEL_LABELS } from '../rotations/planDraft';
import type { OverviewRow, Sort, SortKey } from './overviewRows';

const COLUMNS: { key: SortKey; label: string; firstDir: Sort['dir'] }[] = [
  { key: 'teacher', label: 'Teacher', firstDir: 'asc' },
  { key: 'school', label: 'School', firstDir: 'asc' },
  { key: 'className', label: 'Class', firstDir: 'asc' },
  { key: 'title', label: 'Plan', firstDir: 'asc' },
  { key: 'date', label: 'Date', firstDir: 'desc' },
  { key: 'model', label: 'Model', firstDir: 'asc' },
  { key: 'groups', label: 'Groups', firstDir: 'desc' },
  { key: 'warnings', label: 'Warnings', firstDir: 'desc' },
  { key: 'teacherTime', label: 'Teacher time, neediest group', firstDir: 'asc' },
  { key: 'screen', label: 'Screen minutes', firstDir: 'desc' },
  { key: 'status', label: 'Status', firstDir: 'asc' },
  { key: 'lastComment', label: 'Last comment', firstDir: 'desc' },
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
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              return (
                <th scope="col" key={c.key} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button
                    type="button"
                    className="cs-sort"
                    onClick={() => onSort({ key: c.key, dir: active ? (sort.dir === 'asc' ? 'desc' : 'asc') : c.firstDir })}
                  >
                    {c.label}
                    <span aria-hidden="true" className="cs-sort-mark">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
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
              <td>{r.teacher}</td>
              <td>{r.school || '—'}</td>
              <td>{r.className}</td>
              <th scope="row">
                <Link to={`/reviews/${r.reviewId}`}>{r.title}</Link>
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
              <td className="cs-nowrap">
                {r.neediestTeacherMinutes === null ? '—' : `${r.neediestTeacherMinutes} min`}
                {r.neediestTeacherMinutes !== null && r.neediestGroup && <span className="small-text muted"> ({r.neediestGroup})</span>}
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
                    {r.lastComment.text.length > 60 ? `${r.lastComment.text.slice(0, 60)}…` : r.lastComment.text}
                    <span className="small-text muted"> ({r.commentCount})</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <button type="button" className="secondary small" aria-label={`Remove the review of ${r.title}`} onClick={() => onRemove(r)}>
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
