import { Fragment, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { displayName, formatDate, goalsDataOf } from '../../../shared';
import { createGoals, deleteGoals, type GoalDraft } from '../../db/goals';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { todayIso } from '../../mastery/format';
import { Dialog } from '../../ui/Dialog';
import { errorMessage, toast } from '../../ui/toasts';
import { GoalForm } from '../GoalForm';
import { GoalStatusChip } from '../GoalStatusChip';
import { formatDay, goalRows, skillLabels, type GoalRow } from '../goalView';

/** '2026-11-02' as a teacher reads it, with the year: history can reach back past this year. */
function longDay(date: string): string {
  return formatDate(date, 'medium');
}

/** The "Goals" section of a student's profile: open goals first, then the closed ones as history. */
export function StudentGoals({ classId, studentId }: { classId: string; studentId: string }) {
  // The class's one workspace subscription (shared with the rest of the profile's class screens).
  const ws = readyWorkspace(useClassWorkspace(classId));
  const data = useMemo(() => ws && goalsDataOf(ws), [ws]);
  const today = todayIso();
  const [creating, setCreating] = useState(false);

  const rows = useMemo(
    () =>
      data ? goalRows({ ...data, goals: data.goals.filter((g) => g.studentId === studentId) }, today) : [],
    [data, studentId, today],
  );

  if (!data) return null;

  const labels = skillLabels(data);
  const student = data.students.find((s) => s.id === studentId);
  const name = student ? displayName(student) : '';
  const open = rows
    .filter((r) => !r.goal.closed)
    .sort(
      (a, b) =>
        a.goal.dueDate.localeCompare(b.goal.dueDate) || a.goal.createdAt.localeCompare(b.goal.createdAt),
    );
  const closed = rows
    .filter((r) => !!r.goal.closed)
    .sort((a, b) => b.goal.closed!.on.localeCompare(a.goal.closed!.on));
  const targets = (r: GoalRow) =>
    r.goal.skills.length === 0
      ? 'No skills linked'
      : r.goal.skills.map((s, i) => (
          <Fragment key={i}>
            {i > 0 && ', '}
            <span className="nowrap">
              {labels[s.skillId] ?? 'Unknown skill'} → {s.target}
            </span>
          </Fragment>
        ));

  const create = async (draft: GoalDraft) => {
    try {
      const created = await createGoals([draft]);
      setCreating(false);
      toast.undoable(`Created the goal "${draft.title}"${name ? ` for ${name}` : ''}.`, async () => {
        await deleteGoals(created);
      });
    } catch (error) {
      toast.error(`Could not create the goal: ${errorMessage(error)}`);
    }
  };

  return (
    <section aria-labelledby="profile-goals-title" className="profile-section student-goals">
      <div className="toolbar">
        <h2 id="profile-goals-title" className="section-title">
          Goals <span className="muted">({open.length} open)</span>
        </h2>
        <div className="actions">
          <button type="button" onClick={() => setCreating(true)} disabled={data.skills.length === 0}>
            New goal
          </button>
          <Link className="button secondary" to={`/classes/${classId}/students/${studentId}/goal-sheet`}>
            Goal sheet
          </Link>
        </div>
      </div>

      {rows.length === 0 ? (
        <div className="empty">
          <h3>No goals yet</h3>
          <p>
            {data.skills.length === 0
              ? `Once the class tracks some skills, ${name || 'the student'} can set a goal on them here.`
              : `A goal is ${name ? `${name}'s` : "the student's"} own aim, in their own words, tied to a skill and a date: "I can compare ratios with a table by Friday". Start one with New goal.`}
          </p>
        </div>
      ) : (
        <>
          {open.length === 0 ? (
            <p className="muted">
              No open goals. {name || 'The student'}&apos;s earlier goals are listed below.
            </p>
          ) : (
            <table className="table goal-list" aria-label="Open goals">
              <thead>
                <tr>
                  <th scope="col">Goal</th>
                  <th scope="col">Skills → targets</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {open.map((r) => (
                  <tr key={r.goal.id}>
                    <th scope="row">
                      <Link to={`/classes/${classId}/goals/${r.goal.id}`}>{r.goal.title}</Link>
                    </th>
                    <td className="mono">{targets(r)}</td>
                    <td className="nowrap">
                      <time dateTime={r.goal.dueDate}>{formatDay(r.goal.dueDate)}</time>
                    </td>
                    <td>
                      <GoalStatusChip status={r.status} />
                      <div className="small-text">{r.reason}</div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {closed.length > 0 && (
            <>
              <h3 className="goal-history-title">Earlier goals</h3>
              <table className="table goal-list goal-history" aria-label="Earlier goals">
                <thead>
                  <tr>
                    <th scope="col">Goal</th>
                    <th scope="col">Skills → targets</th>
                    <th scope="col">Closed</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  {closed.map((r) => (
                    <tr key={r.goal.id} className="archived">
                      <th scope="row">
                        <Link to={`/classes/${classId}/goals/${r.goal.id}`}>{r.goal.title}</Link>
                      </th>
                      <td className="mono">{targets(r)}</td>
                      <td className="nowrap">
                        <time dateTime={r.goal.closed!.on}>{longDay(r.goal.closed!.on)}</time>
                      </td>
                      <td>
                        <GoalStatusChip status={r.status} closedAs={r.goal.closed!.as} />
                        <div className="small-text">{r.reason}</div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}

      <Dialog title="New goal" open={creating} onClose={() => setCreating(false)} wide>
        <GoalForm
          classId={classId}
          students={data.students}
          fixedStudentId={studentId}
          skills={data.skills}
          scale={data.settings.scale}
          submitLabel="Create goal"
          onCancel={() => setCreating(false)}
          onSubmit={create}
        />
      </Dialog>
    </section>
  );
}
