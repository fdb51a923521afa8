import { STATION_KINDS, type PlanBody } from '../../shared';
import { KIND_LABELS } from './planDraft';
import type { PlanView } from './planView';

const SHORT_KIND: Record<(typeof STATION_KINDS)[number], string> = {
  teacher: 'Teacher',
  online: 'Online',
  collaborative: 'Collab.',
  independent: 'Indep.',
  offline: 'Offline',
};

type Props = { body: PlanBody; view: PlanView; studentNames: Record<string, string> };

/** Warnings in plain words, then where each group's minutes go and each student's screen time. */
export function PlanHealth({ body, view, studentNames }: Props) {
  const limit = body.screenLimitPerDay;
  const groups = new Map(body.groups.map((g) => [g.id, g]));
  const over = view.students.filter((s) => s.perDay.some((m) => m > limit));
  // Only the kinds this plan has stations of, so the table fits beside the schedule.
  const kinds = STATION_KINDS.filter((k) => body.stations.some((s) => s.kind === k));
  const dayNumbers = Array.from({ length: view.days }, (_, d) => d);
  const health = view.health;
  return (
    <section className="card pe-health" aria-labelledby="pe-health-title">
      <h2 id="pe-health-title">Plan health</h2>
      <div role="status" aria-live="polite" aria-label="Plan health">
        {health.length === 0 ? (
          <p className="pe-healthy">
            {view.slots.length > 0 ? 'No problems found: every group meets the teacher and screen time is within the limit.' : ''}
          </p>
        ) : (
          <ul className="pe-checks">
            {health.map((c) => (
              <li key={c.message} className={`pe-check pe-check-${c.level}`}>
                <span className="visually-hidden">{c.level === 'warning' ? 'Warning: ' : 'Note: '}</span>
                {c.message}
              </li>
            ))}
          </ul>
        )}
      </div>

      {view.groupMinutes.length > 0 && view.slots.length > 0 && (
        <>
          <h3>Minutes per group</h3>
          <table className="table compact pe-minutes" aria-label="Minutes per group">
            <thead>
              <tr>
                <th scope="col">Group</th>
                {kinds.map((k) => (
                  <th scope="col" key={k} title={KIND_LABELS[k]}>
                    {SHORT_KIND[k]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.groupMinutes.map((m) => {
                const g = groups.get(m.groupId);
                return (
                  <tr key={m.groupId}>
                    <th scope="row">
                      <span className="pe-swatch" style={{ background: g?.color }} aria-hidden="true" />
                      {g?.name}
                    </th>
                    {kinds.map((k) => (
                      <td key={k} className={k === 'online' && m.screenPerDay.some((x) => x > limit) ? 'pe-over-limit' : undefined}>
                        {m.minutes[k]}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>

          <details className="pe-students">
            <summary>
              Screen time per student ({over.length === 0 ? `all within ${limit} min a day` : `${over.length} above ${limit} min a day`})
            </summary>
            <table className="table compact" aria-label="Screen time per student">
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Group</th>
                  {dayNumbers.map((d) => (
                    <th scope="col" key={d}>
                      {view.days > 1 ? `Day ${d + 1}` : 'Minutes'}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.students.map((s) => (
                  <tr key={`${s.groupId}-${s.studentId}`}>
                    <th scope="row">{studentNames[s.studentId] ?? 'A student who left'}</th>
                    <td>{groups.get(s.groupId)?.name}</td>
                    {s.perDay.map((m, d) => (
                      <td key={d} className={m > limit ? 'pe-over-limit' : undefined}>
                        {m} / {limit}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
