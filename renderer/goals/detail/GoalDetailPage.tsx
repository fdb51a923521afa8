import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { displayName, goalProgressSeries, goalsDataOf, goalStatus, type CheckIn, type GoalRecord } from '../../../shared';
import {
  addCheckIn,
  closeGoal,
  deleteCheckIn,
  deleteGoals,
  reopenGoal,
  restoreCheckIn,
  restoreGoals,
  updateCheckIn,
  updateGoal,
  type CheckInDraft,
  type GoalDraft,
} from '../../db/goals';
import { revOf } from '../../db/conflicts';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { todayIso } from '../../mastery/format';
import { Dialog } from '../../ui/Dialog';
import { errorMessage, toast } from '../../ui/toasts';
import { GoalForm } from '../GoalForm';
import { GoalStatusChip } from '../GoalStatusChip';
import { goalMethod, goalRows, skillLabels } from '../goalView';
import { CheckInForm } from './CheckInForm';
import { CheckInList } from './CheckInList';
import { blankCheckIn, checkInValues, longDate, newestFirst } from './checkIns';
import { GoalChartLegend, GoalProgressChart } from './GoalProgressChart';
import { skillProgressView, type SkillProgressView } from './progressData';

type CheckInDialog = { mode: 'add' } | { mode: 'edit'; checkIn: CheckIn } | null;

function draftOf(goal: GoalRecord): GoalDraft {
  return {
    classId: goal.classId,
    studentId: goal.studentId,
    title: goal.title,
    skills: goal.skills.map((s) => ({ ...s })),
    startDate: goal.startDate,
    dueDate: goal.dueDate,
    actionSteps: [...goal.actionSteps],
  };
}

/** One goal: what the student aims for, how it is going as a picture, and the check-ins on it. */
export function GoalDetailPage() {
  const { classId = '', goalId = '' } = useParams();
  const navigate = useNavigate();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const ws = readyWorkspace(useClassWorkspace(classId));
  const data = useMemo(() => ws && goalsDataOf(ws), [ws]);
  const today = todayIso();
  const [editing, setEditing] = useState(false);
  // The goal's revision when the form opened: a save made after another window saved it is refused.
  const [editRev, setEditRev] = useState(0);
  const [checkInDialog, setCheckInDialog] = useState<CheckInDialog>(null);
  const [leaving, setLeaving] = useState(false);
  const checkInsHeading = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLHeadingElement>(null);

  const goal = data?.goals.find((g) => g.id === goalId);
  const row = useMemo(() => (data && goal ? goalRows({ ...data, goals: [goal] }, today)[0] : undefined), [data, goal, today]);

  const views = useMemo((): SkillProgressView[] => {
    if (!data || !goal) return [];
    const labels = skillLabels(data);
    const scores = data.scores.get(goal.studentId) ?? {};
    const endDate = goal.closed && goal.closed.on < today ? goal.closed.on : today;
    return goalProgressSeries(goal, scores, goalMethod(data), data.settings.scale, endDate).map((p) =>
      skillProgressView(p, {
        code: labels[p.skillId] ?? 'Unknown skill',
        startDate: goal.startDate,
        dueDate: goal.dueDate,
        endDate,
        closed: goal.closed ?? null,
        scored: (scores[p.skillId] ?? []).some(
          (s) => s.value !== null && Number.isFinite(s.value) && (!s.at || s.at.slice(0, 10) <= endDate),
        ),
      }),
    );
  }, [data, goal, today]);

  if (data === undefined || leaving) {
    return (
      <section className="page" aria-busy="true">
        <p className="muted" role="status">
          Loading the goal…
        </p>
      </section>
    );
  }

  if (data === null || !goal || !row) {
    return (
      <section className="page" aria-labelledby="goal-missing">
        <h1 id="goal-missing">Goal not found</h1>
        <p>
          {data === null ? 'The class may have been removed. ' : 'This goal may have been deleted. '}
          {data === null ? (
            <Link to="/classes">Back to classes</Link>
          ) : (
            <Link to={`/classes/${classId}/goals`}>Back to goals</Link>
          )}
        </p>
      </section>
    );
  }

  const { scale } = data.settings;
  const method = goalMethod(data);
  const student = data.students.find((s) => s.id === goal.studentId);
  const name = student ? displayName(student) || 'Unnamed student' : 'Unknown student';
  const statements = new Map(data.skills.map((s) => [s.skill.id, s.skill.statement]));
  const checkIns = newestFirst(data.checkIns.filter((c) => c.goalId === goal.id));
  const dashboard = `/classes/${classId}/goals`;
  const closed = goal.closed;
  // A closed goal says when and how it closed, then where it stands, as an open goal would.
  const standing = closed
    ? (() => {
        const { closed: _closed, ...open } = goal;
        return goalStatus(open, data.scores.get(goal.studentId) ?? {}, method, scale, today, skillLabels(data)).reason;
      })()
    : row.reason;

  const run = async (what: string, step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      toast.error(`Could not ${what}: ${errorMessage(error)}`);
    }
  };

  const saveGoal = (draft: GoalDraft) =>
    run('save the goal', async () => {
      const before = draftOf(goal);
      const rev = await updateGoal(goal.id, draft, editRev);
      setEditing(false);
      toast.undoable('Saved the goal.', async () => {
        await updateGoal(goal.id, before, rev);
      });
    });

  const close = (as: 'met' | 'dropped') =>
    run(as === 'met' ? 'close the goal' : 'drop the goal', async () => {
      await closeGoal(goal.id, as, today);
      statusRef.current?.focus();
      toast.undoable(as === 'met' ? 'Closed the goal as met.' : 'Dropped the goal.', () => reopenGoal(goal.id));
    });

  const reopen = () =>
    run('reopen the goal', async () => {
      const was = goal.closed;
      await reopenGoal(goal.id);
      statusRef.current?.focus();
      toast.undoable('Reopened the goal.', async () => {
        if (was) await closeGoal(goal.id, was.as, was.on);
      });
    });

  const removeGoal = () =>
    run('delete the goal', async () => {
      setLeaving(true);
      const snapshot = await deleteGoals([goal.id]);
      void navigate(dashboard);
      toast.undoable(`Deleted the goal “${goal.title}”.`, () => restoreGoals(snapshot));
    }).finally(() => setLeaving(false));

  const saveCheckIn = (draft: CheckInDraft) =>
    run('save the check-in', async () => {
      if (checkInDialog?.mode === 'edit') {
        const before = checkInDialog.checkIn;
        await updateCheckIn(before.id, draft);
        setCheckInDialog(null);
        toast.undoable(`Saved the check-in from ${longDate(draft.date)}.`, () => restoreCheckIn(before));
      } else {
        const id = await addCheckIn(draft);
        setCheckInDialog(null);
        toast.undoable(`Added a check-in for ${longDate(draft.date)}.`, async () => {
          await deleteCheckIn(id);
        });
      }
    });

  const removeCheckIn = (c: CheckIn) =>
    run('delete the check-in', async () => {
      const found = await deleteCheckIn(c.id);
      // The item and its buttons are gone: put the keyboard somewhere sensible.
      checkInsHeading.current?.focus();
      if (found) toast.undoable(`Deleted the check-in from ${longDate(c.date)}.`, () => restoreCheckIn(found));
    });

  return (
    <section className="page goal-detail" aria-labelledby="goal-title">
      <p className="goal-back">
        <Link to={dashboard}>← All goals</Link>
      </p>
      <header className="page-header">
        <div>
          <h1 id="goal-title" className="goal-title">
            {goal.title}
          </h1>
          <p className="muted">
            Goal for <Link to={`/classes/${classId}/students/${goal.studentId}`}>{name}</Link> ·{' '}
            <time dateTime={goal.startDate}>{longDate(goal.startDate)}</time> to{' '}
            <time dateTime={goal.dueDate}>{longDate(goal.dueDate)}</time>
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setCheckInDialog({ mode: 'add' })}>
            Add check-in
          </button>
          <button type="button" className="secondary" onClick={() => {
              setEditRev(revOf(goal));
              setEditing(true);
            }}>
            Edit goal
          </button>
          {closed ? (
            <button type="button" className="secondary" onClick={() => void reopen()}>
              Reopen
            </button>
          ) : (
            <>
              <button type="button" className="secondary" onClick={() => void close('met')}>
                Close as met
              </button>
              <button type="button" className="secondary" onClick={() => void close('dropped')}>
                Drop goal
              </button>
            </>
          )}
          <button type="button" className="secondary danger-text" onClick={() => void removeGoal()}>
            Delete goal
          </button>
        </div>
      </header>

      <div className="goal-summary">
        <section className="card goal-status-card" aria-labelledby="goal-status-title">
          <h2 id="goal-status-title" className="section-title" ref={statusRef} tabIndex={-1}>
            Status
          </h2>
          <p className="goal-status-line">
            <GoalStatusChip status={row.status} closedAs={closed?.as} />
          </p>
          {closed && (
            <p className="goal-closed-note">
              <strong>
                {closed.as === 'met' ? 'Closed as met' : 'Dropped'} on{' '}
                <time dateTime={closed.on}>{longDate(closed.on)}</time>.
              </strong>{' '}
              Its dates and check-ins stay here as history.
            </p>
          )}
          <p className="goal-reason">
            {closed ? 'Now: ' : ''}
            {standing}.
          </p>
          <dl className="goal-facts">
            <div>
              <dt>Started</dt>
              <dd>
                <time dateTime={goal.startDate}>{longDate(goal.startDate)}</time>
              </dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd>
                <time dateTime={goal.dueDate}>{longDate(goal.dueDate)}</time>
              </dd>
            </div>
            <div>
              <dt>Next check-in</dt>
              <dd>
                {row.nextCheckIn ? (
                  <time dateTime={row.nextCheckIn} className={row.nextCheckIn < today ? 'late' : undefined}>
                    {longDate(row.nextCheckIn)}
                    {row.nextCheckIn < today ? ' (late)' : ''}
                  </time>
                ) : (
                  '—'
                )}
              </dd>
            </div>
          </dl>
        </section>
        <section className="card goal-steps-card" aria-labelledby="goal-steps-title">
          <h2 id="goal-steps-title" className="section-title">
            Action steps
          </h2>
          {goal.actionSteps.length === 0 ? (
            <p className="muted">
              None yet. The steps the student will take (&quot;10 minutes of practice a day&quot;) can be added with{' '}
              <strong>Edit goal</strong>.
            </p>
          ) : (
            <ul className="goal-steps">
              {goal.actionSteps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section className="profile-section" aria-labelledby="goal-progress-title">
        <div className="toolbar">
          <h2 id="goal-progress-title" className="section-title">
            Progress
          </h2>
          <GoalChartLegend />
        </div>
        {views.length === 0 ? (
          <div className="empty">
            <p>No skills are linked to this goal yet: link one with Edit goal to see the picture.</p>
          </div>
        ) : (
          <div className="goal-chart-grid">
            {views.map((view) => (
              <GoalProgressChart key={view.skillId} view={view} statement={statements.get(view.skillId) ?? ''} scale={scale} />
            ))}
          </div>
        )}
      </section>

      <section className="profile-section" aria-labelledby="goal-checkins-title">
        <div className="toolbar">
          <h2 id="goal-checkins-title" className="section-title" ref={checkInsHeading} tabIndex={-1}>
            Check-ins <span className="muted">({checkIns.length})</span>
          </h2>
          <button type="button" className="secondary" onClick={() => setCheckInDialog({ mode: 'add' })}>
            Add check-in
          </button>
        </div>
        <CheckInList
          checkIns={checkIns}
          onEdit={(c) => setCheckInDialog({ mode: 'edit', checkIn: c })}
          onDelete={(c) => void removeCheckIn(c)}
        />
      </section>

      <Dialog title="Edit goal" open={editing} onClose={() => setEditing(false)} wide>
        {editing && (
          <GoalForm
            classId={classId}
            students={data.students}
            fixedStudentId={goal.studentId}
            skills={data.skills}
            scale={scale}
            initial={draftOf(goal)}
            submitLabel="Save goal"
            onCancel={() => setEditing(false)}
            onSubmit={saveGoal}
          />
        )}
      </Dialog>
      <Dialog
        title={checkInDialog?.mode === 'edit' ? 'Edit check-in' : 'Add check-in'}
        open={checkInDialog !== null}
        onClose={() => setCheckInDialog(null)}
      >
        {checkInDialog && (
          <CheckInForm
            key={checkInDialog.mode === 'edit' ? checkInDialog.checkIn.id : 'new'}
            goalId={goal.id}
            initial={checkInDialog.mode === 'edit' ? checkInValues(checkInDialog.checkIn) : blankCheckIn(today)}
            submitLabel={checkInDialog.mode === 'edit' ? 'Save check-in' : 'Add check-in'}
            onCancel={() => setCheckInDialog(null)}
            onSubmit={saveCheckIn}
          />
        )}
      </Dialog>
    </section>
  );
}
