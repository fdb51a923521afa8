import { formatMean, type CoachSummary } from '../../shared';
import { LookForCharts } from './LookForCharts';

/**
 * The summary across the plans in view: look-for means per look-for and teacher (a table, and a
 * small chart each over time), then the plan-health warnings that come up most. The Reviews page
 * and its print view both show it.
 */
export function CoachSummaryPanel({ summary, headingLevel = 2 }: { summary: CoachSummary; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <>
      <section className="card cs-section" aria-labelledby="cs-lookfors-title">
        <H id="cs-lookfors-title">Look-for summary</H>
        <p className="small-text muted">
          {summary.rated === 0
            ? 'No look-for is rated yet: rate them on a plan’s review and the means show here.'
            : `Mean ratings from 1 (not yet seen) to 4 (strong), over ${summary.rated} rated ${summary.rated === 1 ? 'plan' : 'plans'}.`}
        </p>
        {summary.rated > 0 && (
          <>
            <div className="rv-scroll">
              <table className="table compact cs-means" aria-label="Look-for means by teacher">
                <thead>
                  <tr>
                    <th scope="col">Look-for</th>
                    <th scope="col">All</th>
                    {summary.teachers.map((t) => (
                      <th scope="col" key={t}>
                        {t}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {summary.lookFors.map((l) => {
                    const mine = new Map(l.byTeacher.map((b) => [b.teacher, b]));
                    return (
                      <tr key={l.text}>
                        <th scope="row">{l.text}</th>
                        <td>{l.overall ? `${formatMean(l.overall.mean)} (${l.overall.count})` : '—'}</td>
                        {summary.teachers.map((t) => {
                          const m = mine.get(t);
                          return <td key={t}>{m ? `${formatMean(m.mean)} (${m.count})` : '—'}</td>;
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p className="small-text muted">In brackets: how many ratings the mean is of.</p>
            <Sub className="cs-subhead">Over time, by plan date</Sub>
            <LookForCharts summary={summary} />
          </>
        )}
      </section>
      <section className="card cs-section" aria-labelledby="cs-warnings-title">
        <H id="cs-warnings-title">Most frequent plan-health warnings</H>
        {summary.warnings.length === 0 ? (
          <p className="muted">{summary.plans === 0 ? 'No plans yet.' : 'None of these plans has a plan-health warning.'}</p>
        ) : (
          <table className="table compact cs-warnings" aria-label="Plan-health warnings by kind">
            <thead>
              <tr>
                <th scope="col">Warning</th>
                <th scope="col">Times</th>
                <th scope="col">Plans</th>
                <th scope="col">Teachers</th>
              </tr>
            </thead>
            <tbody>
              {summary.warnings.map((w) => (
                <tr key={w.kind}>
                  <th scope="row">{w.kind}</th>
                  <td>{w.count}</td>
                  <td>
                    {w.plans} of {summary.plans}
                  </td>
                  <td>{w.teachers.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
