import { formatDate, plural } from '../../../shared';
import { GroupTag } from '../print/RotationChart';
import type { PlanPdfData } from './loadPlanPdf';
import { groupEvidence, scoreWords } from './planPdfData';

function shortDate(iso: string): string {
  return formatDate(iso, 'longYear');
}

/** Each group with its students and the scores it was made from, so a reader can see why. */
export function PlanPdfGroups({ data }: { data: PlanPdfData }) {
  const { grouping, skills, mastery, view } = data;
  const scale = mastery.scale;
  const groups = groupEvidence(view.body.groups, {
    names: data.studentNames,
    scores: grouping?.scores ?? {},
    skillIds: skills.map((s) => s.id),
    summaries: mastery.summaries,
  });

  return (
    <section className="pp-section" aria-labelledby="pp-groups-title">
      <h2 id="pp-groups-title">Groups and the data behind them</h2>
      {grouping ? (
        <div className="pp-intro">
          <p>
            From the grouping “{grouping.name}” made on {shortDate(grouping.date)}:{' '}
            {grouping.strategy === 'similar' ? 'similar levels, for targeted teaching' : 'mixed levels, for collaboration'}
            {skills.length > 0 ? `, on ${skills.length === 1 ? 'the skill' : 'the skills'} below.` : '.'}
          </p>
          {skills.length > 0 && (
            <ul className="pp-skills">
              {skills.map((s) => (
                <li key={s.id}>
                  <strong className="mono">{s.code || 'Skill'}</strong> {s.statement}
                </li>
              ))}
            </ul>
          )}
          <p className="pp-scale">
            <strong>Grouping score</strong>: the student&apos;s score when the groups were made. Under each skill: the level now.
            Scale: {[...scale.levels].sort((a, b) => b.points - a.points).map((l) => `${l.points} ${l.label}`).join(' · ')}.
          </p>
        </div>
      ) : (
        <p className="pp-intro pp-no-grouping">
          {data.groupingGone
            ? 'The grouping this plan was made from has been deleted, so there are no scores behind these groups.'
            : 'This plan has no saved grouping, so there are no scores behind these groups.'}
        </p>
      )}

      {groups.length === 0 ? (
        <p>This plan has no groups yet.</p>
      ) : (
        <div className="pp-groups">
          {groups.map(({ group, students, mean, skillMeans }) => (
            <article key={group.id} className="pp-group" aria-labelledby={`pp-group-${group.id}`}>
              <h3 id={`pp-group-${group.id}`} className="pp-group-head">
                <GroupTag group={group} small />
                <span className="pp-group-facts">
                  {plural(students.length, 'student')}
                  {mean !== null ? ` · mean ${scoreWords(mean, scale)}` : ''}
                </span>
              </h3>
              {students.length === 0 ? (
                <p>No students in this group.</p>
              ) : (
                <table className="pp-table" aria-label={`Students in ${group.name || 'this group'}`}>
                  <thead>
                    <tr>
                      <th scope="col">Student</th>
                      {grouping && <th scope="col">Grouping score</th>}
                      {skills.map((s) => (
                        <th scope="col" key={s.id} className="code-head">
                          {s.code || 'Skill'}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {students.map((st) => (
                      <tr key={st.id}>
                        <th scope="row">{st.name}</th>
                        {grouping && <td>{scoreWords(st.score, scale)}</td>}
                        {st.skills.map((v, i) => (
                          <td key={skills[i]!.id}>{scoreWords(v, scale)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                  {grouping && (
                    <tfoot>
                      <tr>
                        <th scope="row">Group mean</th>
                        <td>{scoreWords(mean, scale)}</td>
                        {skillMeans.map((v, i) => (
                          <td key={skills[i]!.id}>{scoreWords(v, scale)}</td>
                        ))}
                      </tr>
                    </tfoot>
                  )}
                </table>
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
