import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { coachSummary, formatDate, REVIEW_STATUS_WORDS, plural } from '../../shared';
import { useLive } from '../db/live';
import { formatPlanDate } from '../rotations/planDraft';
import { savePageAsPdf } from '../ui/savePdf';
import { CoachSummaryPanel } from './CoachSummaryPanel';
import { filterRows, loadOverviewRows, sortRows } from './overviewRows';
import { filtersOf } from './ReviewsPage';
import './coachOverview.css';

/**
 * The coach's summary on paper, for a coaching conversation: which plans it covers (the filters of
 * the overview), the look-for means and charts, and the warnings that come up most.
 */
export function CoachSummaryPrintPage() {
  const [params] = useSearchParams();
  const filters = filtersOf(params);
  const rows = useLive(() => loadOverviewRows(), []);
  const shown = useMemo(() => sortRows(filterRows(rows ?? [], filters), { key: 'date', dir: 'asc' }), [rows, filters.teacher, filters.status]); // eslint-disable-line react-hooks/exhaustive-deps -- filters is rebuilt from params each render
  const summary = useMemo(() => coachSummary(shown), [shown]);
  const back = `/reviews${params.toString() ? `?${params.toString()}` : ''}`;
  const scope = [filters.teacher || 'All teachers', filters.status ? REVIEW_STATUS_WORDS[filters.status] : ''].filter(Boolean).join(' · ');
  const today = formatDate(new Date(), 'longYear');

  return (
    <section className="page cs-print-page" aria-labelledby="cs-print-title">
      <div className="sheet-toolbar cs-print-toolbar" role="toolbar" aria-label="Coach summary">
        <button type="button" disabled={rows === undefined} onClick={() => void savePageAsPdf('the coach summary', `Coach summary ${new Date().toISOString().slice(0, 10)}.pdf`, { landscape: true })}>
          Print
        </button>
        <Link className="button secondary" to={back}>
          Back to reviews
        </Link>
      </div>
      <article className="cs-sheet">
        <h1 id="cs-print-title">Coach summary</h1>
        <p>
          {scope} · {plural(shown.length, 'plan')} · {today}
        </p>
        {rows !== undefined && (
          <>
            <CoachSummaryPanel summary={summary} headingLevel={2} />
            <section className="card cs-section" aria-labelledby="cs-print-plans">
              <h2 id="cs-print-plans">Plans</h2>
              <table className="table compact" aria-label="Plans in this summary">
                <thead>
                  <tr>
                    <th scope="col">Teacher</th>
                    <th scope="col">Class</th>
                    <th scope="col">Plan</th>
                    <th scope="col">Date</th>
                    <th scope="col">Warnings</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.reviewId}>
                      <td>{r.teacher}</td>
                      <td>{r.className}</td>
                      <th scope="row">{r.title}</th>
                      <td>{formatPlanDate(r.date)}</td>
                      <td>{r.warnings.length}</td>
                      <td>{REVIEW_STATUS_WORDS[r.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
      </article>
    </section>
  );
}
