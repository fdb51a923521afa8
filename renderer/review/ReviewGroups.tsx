import { formatLevel, formatMean, type PlanBundleContent } from '../../shared';
import { meanScore } from '../rotations/planDraft';
import type { PlanView } from '../rotations/planView';

/** The round a group first sits at a teacher-led station, so a coach sees who meets the teacher first. */
function teacherRound(content: PlanBundleContent, view: PlanView, groupId: string): number | null {
  const teacher = content.plan.body.stations.filter((s) => s.kind === 'teacher').map((s) => s.id);
  const round = view.rounds.find((r) => teacher.some((id) => r.byStation[id] === groupId));
  return round ? round.round : null;
}

export function ReviewGroups({ content, view }: { content: PlanBundleContent; view: PlanView }) {
  const names = new Map(content.students.map((s) => [s.id, s.name]));
  const scores = content.grouping?.scores ?? {};
  const { summaries } = content.mastery;
  return (
    <section className="card" aria-labelledby="rv-groups-title">
      <h2 id="rv-groups-title">Groups</h2>
      {content.grouping && (
        <p className="small-text muted">
          From the grouping “{content.grouping.name}” ({content.grouping.strategy === 'similar' ? 'similar levels' : 'mixed levels'}
          {content.skills.length > 0 ? ` on ${content.skills.map((s) => s.code || s.statement).join(', ')}` : ''}).
        </p>
      )}
      <div className="rv-groups">
        {content.plan.body.groups.map((g) => {
          const mean = typeof g.need === 'number' ? g.need : meanScore(g.studentIds, content.grouping?.scores);
          const round = teacherRound(content, view, g.id);
          return (
            <section key={g.id} className="rv-group" aria-label={g.name} style={{ borderTopColor: g.color }}>
              <h3>
                {g.name}{' '}
                <span className="small-text muted">
                  {g.studentIds.length} students{mean !== null ? ` · mean ${formatMean(mean)}` : ''}
                </span>
              </h3>
              {round !== null && <p className="small-text muted">With the teacher in round {round + 1}</p>}
              <div className="rv-scroll">
              <table className="table compact rv-group-table" aria-label={`Students in ${g.name}`}>
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    {content.grouping && <th scope="col">Grouping score</th>}
                    {content.skills.map((s) => (
                      <th scope="col" key={s.id} title={s.statement} className="code-head">
                        {s.code || s.statement}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {g.studentIds.map((id) => (
                    <tr key={id}>
                      <th scope="row">{names.get(id) ?? 'Unknown student'}</th>
                      {content.grouping && <td>{fmt(scores[id])}</td>}
                      {content.skills.map((s) => (
                        <td key={s.id}>{fmt(summaries[id]?.[s.id])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            </section>
          );
        })}
      </div>
    </section>
  );
}

/** A level or grouping score as every screen writes it (shared/format); '—' for none. */
function fmt(value: number | null | undefined): string {
  return formatLevel(value, '—');
}
