import type { PlanBundleContent } from '../../shared';
import { KIND_LABELS } from '../rotations/planDraft';
import type { PlanView } from '../rotations/planView';

/** The plan's schedule, read-only: rounds down, stations across, the group at each. */
export function ReviewSchedule({ content, view }: { content: PlanBundleContent; view: PlanView }) {
  const body = content.plan.body;
  const groups = new Map(body.groups.map((g) => [g.id, g]));
  return (
    <section className="card" aria-labelledby="rv-schedule-title">
      <h2 id="rv-schedule-title">Schedule</h2>
      {view.rounds.length === 0 ? (
        <p className="muted">This plan has no rounds to show.</p>
      ) : (
        <div className="rv-scroll">
          <table className="table compact pe-schedule" aria-label="Schedule">
            <thead>
              <tr>
                <th scope="col">Round</th>
                {body.stations.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.name || 'Unnamed station'}
                    <span className="pe-kind">
                      {KIND_LABELS[s.kind]}
                      {s.room ? ` · ${s.room}` : ''}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rounds.map((r) => (
                <tr key={r.round}>
                  <th scope="row">
                    {view.days > 1 && <span className="pe-day">Day {r.day + 1}</span>}
                    Round {r.round + 1}
                    <span className="pe-time">
                      {r.start}–{r.end}
                    </span>
                  </th>
                  {body.stations.map((s) => {
                    const g = groups.get(r.byStation[s.id] ?? '');
                    return (
                      <td key={s.id}>
                        {g ? (
                          <>
                            <span className="pe-swatch" style={{ background: g.color }} aria-hidden="true" />
                            {g.name}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
