import { STATION_KINDS, type MasteryScale, type PlanBody, plural } from '../../../shared';
import { KIND_LABELS } from '../live/planView';
import type { PlanView } from '../planView';
import { GroupTag } from '../print/RotationChart';
import { scoreWords } from './planPdfData';

type Props = { body: PlanBody; health: PlanView; studentNames: Record<string, string>; scale: MasteryScale };

/** The editor's plan health on paper: the checks in words, teacher time by group, screen time by student. */
export function PlanPdfHealth({ body, health, studentNames, scale }: Props) {
  const limit = body.screenLimitPerDay;
  const groups = new Map(body.groups.map((g) => [g.id, g]));
  const kinds = STATION_KINDS.filter((k) => body.stations.some((s) => s.kind === k));
  const days = Array.from({ length: health.days }, (_, d) => d);
  const nameOf = (id: string) => studentNames[id] ?? 'A student who left';
  const order = new Map(body.groups.map((g, i) => [g.id, i]));
  const students = [...health.students].sort(
    (a, b) => (order.get(a.groupId) ?? 0) - (order.get(b.groupId) ?? 0) || nameOf(a.studentId).localeCompare(nameOf(b.studentId)),
  );
  const over = students.filter((s) => s.perDay.some((m) => m > limit)).length;

  return (
    <section className="pp-section" aria-labelledby="pp-health-title">
      <h2 id="pp-health-title">Plan health</h2>
      {health.slots.length === 0 && health.health.length === 0 ? (
        <p>This plan has no schedule yet, so there is nothing to check.</p>
      ) : health.health.length === 0 ? (
        <p>No problems found: every group meets the teacher and screen time is within the limit.</p>
      ) : (
        <ul className="pp-checks" aria-label="Checks">
          {health.health.map((c) => (
            <li key={c.message} className={`pp-check pp-check-${c.level}`}>
              <strong>{c.level === 'warning' ? 'Warning: ' : 'Note: '}</strong>
              {c.message}
            </li>
          ))}
        </ul>
      )}

      {health.slots.length > 0 && (
        <>
          <div className="pp-block pp-block-whole">
            <h3>Teacher time per group</h3>
            <p className="pp-hint">Minutes at each kind of station. The group with the lowest mean score has the most need.</p>
            <table className="pp-table pp-numbers" aria-label="Minutes per group">
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Mean score</th>
                  {kinds.map((k) => (
                    <th scope="col" key={k}>
                      {KIND_LABELS[k]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {health.groupMinutes.map((m) => {
                  const g = groups.get(m.groupId);
                  return (
                    <tr key={m.groupId}>
                      <th scope="row">
                        <GroupTag group={g} small />
                      </th>
                      <td>{scoreWords(typeof g?.need === 'number' ? g.need : null, scale)}</td>
                      {kinds.map((k) => (
                        <td key={k}>{m.minutes[k]} min</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          <div className="pp-block pp-screen">
            <h3>Screen time per student</h3>
            <p className="pp-hint">
              Minutes on screens each day against the class limit of {limit} min:{' '}
              {over === 0 ? 'every student is within it.' : `${plural(over, 'student is', 'students are')} above it.`}
            </p>
            <table className="pp-table pp-numbers" aria-label="Screen time per student">
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  <th scope="col">Group</th>
                  {days.map((d) => (
                    <th scope="col" key={d}>
                      {health.days > 1 ? `Day ${d + 1}` : 'Screen minutes'}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {students.map((s) => (
                  <tr key={`${s.groupId}-${s.studentId}`}>
                    <th scope="row">{nameOf(s.studentId)}</th>
                    <td>{groups.get(s.groupId)?.name || 'Group'}</td>
                    {s.perDay.map((m, d) => (
                      <td key={d} className={m > limit ? 'pp-over' : undefined}>
                        {m} of {limit}
                        {m > limit ? ` · over by ${m - limit}` : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
