import { useId, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { displayName, formatLevel, goalsDataOf, GOAL_STATUS_LABELS, GOAL_STATUS_ORDER, goalsCsv, type GoalStatus, plural } from '../../shared';
import { bridge } from '../bridge';
import { createGoals, deleteGoals, type GoalDraft } from '../db/goals';
import { readyWorkspace, useClassWorkspace } from '../db/workspace';
import { ClassLoading, ClassMissing } from '../ui/ClassLoading';
import { Dialog } from '../ui/Dialog';
import { errorMessage, toast } from '../ui/toasts';

import { todayIso } from '../mastery/format';
import { BulkGoalForm } from './BulkGoalForm';
import { GoalForm } from './GoalForm';
import { GoalStatusChip } from './GoalStatusChip';
import { checkInsDue, formatDay, goalRows, type GoalRow } from './goalView';
import { goalsCsvRows } from './goalsCsvRows';
import { safeFileName } from '../ui/fileName';

type SortKey = 'status' | 'due' | 'student';

function SortHeader({ label, by, sort, setSort }: { label: string; by: SortKey; sort: SortKey; setSort: (k: SortKey) => void }) {
  return (
    <th scope="col" aria-sort={sort === by ? 'ascending' : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort(by)}>
        {label}
        {sort === by ? ' ▲' : ''}
      </button>
    </th>
  );
}

export function GoalsDashboardPage() {
  const { classId = '' } = useParams();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const ws = readyWorkspace(useClassWorkspace(classId));
  const data = useMemo(() => ws && goalsDataOf(ws), [ws]);
  const cls = ws?.cls;
  const today = todayIso();
  const [sort, setSort] = useState<SortKey>('status');
  const [statusFilter, setStatusFilter] = useState<GoalStatus | null>(null);
  const [skillFilter, setSkillFilter] = useState('');
  const [showClosed, setShowClosed] = useState(false);
  const [creating, setCreating] = useState<'one' | 'group' | null>(null);
  const ids = { skill: useId(), exportHint: useId() };

  const rows = useMemo(() => (data ? goalRows(data, today) : []), [data, today]);
  const students = useMemo(() => new Map((data?.students ?? []).map((s) => [s.id, s])), [data]);
  const skills = useMemo(() => new Map((data?.skills ?? []).map((s) => [s.skill.id, s.skill])), [data]);

  if (data === undefined) return <ClassLoading />;
  if (data === null) return <ClassMissing />;

  const open = rows.filter((r) => !r.goal.closed);
  const counts = new Map<GoalStatus, number>();
  for (const r of open) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const name = (r: GoalRow) => {
    const s = students.get(r.goal.studentId);
    return s ? displayName(s) : 'Unknown student';
  };
  const shown = rows
    .filter((r) => showClosed || !r.goal.closed)
    .filter((r) => !statusFilter || r.status === statusFilter)
    .filter((r) => !skillFilter || r.goal.skills.some((s) => s.skillId === skillFilter))
    .sort((a, b) => {
      if (sort === 'due') return a.goal.dueDate.localeCompare(b.goal.dueDate) || name(a).localeCompare(name(b));
      if (sort === 'student') return name(a).localeCompare(name(b)) || a.goal.dueDate.localeCompare(b.goal.dueDate);
      return GOAL_STATUS_ORDER.indexOf(a.status) - GOAL_STATUS_ORDER.indexOf(b.status) || a.goal.dueDate.localeCompare(b.goal.dueDate);
    });
  const due = checkInsDue(rows, today);

  // The export writes exactly the rows on screen, so a filtered view exports as filtered.
  const exportCsv = async () => {
    const name = `${safeFileName(cls?.name ?? 'Class')} goals ${today}.csv`;
    try {
      const result = await bridge.saveFile({
        title: 'Export goals',
        suggestedName: name,
        filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
        data: goalsCsv(goalsCsvRows(shown, data, today)),
      });
      if (result.saved) toast.success(`Exported ${plural(shown.length, 'goal')} to ${result.path ?? name}.`);
    } catch (error) {
      toast.error(`Could not export the goals: ${errorMessage(error)}`);
    }
  };

  const create = async (drafts: GoalDraft[]) => {
    const created = await createGoals(drafts);
    setCreating(null);
    toast.undoable(`Created ${plural(created.length, 'goal')}.`, async () => {
      await deleteGoals(created);
    });
  };

  return (
    <section className="page" aria-labelledby="goals-title">
      <header className="page-header">
        <div>
          <h1 id="goals-title">Goals</h1>
          <p className="muted">
            {open.length} open {open.length === 1 ? 'goal' : 'goals'} · {rows.length - open.length} closed
          </p>
        </div>
        <div className="actions">
          <button type="button" onClick={() => setCreating('one')}>
            New goal
          </button>
          <button type="button" className="secondary" onClick={() => setCreating('group')}>
            Goals for a group
          </button>
          <Link className="button secondary" to={`/classes/${classId}/goal-sheets`}>
            Print goal sheets
          </Link>
          <button
            type="button"
            className="secondary"
            onClick={() => void exportCsv()}
            disabled={shown.length === 0}
            aria-describedby={ids.exportHint}
          >
            Export CSV
          </button>
          <span id={ids.exportHint} className="muted small-text export-hint">
            {rows.length === 0
              ? 'No goals to export yet.'
              : shown.length === 0
                ? 'No goal matches the filters: nothing to export.'
                : `The ${plural(shown.length, 'goal')} listed below, one row per skill.`}
          </span>
        </div>
      </header>

      <div className="status-counts" role="group" aria-label="Open goals by status">
        {GOAL_STATUS_ORDER.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-count goal-${status}`}
            aria-pressed={statusFilter === status}
            onClick={() => setStatusFilter(statusFilter === status ? null : status)}
          >
            <strong>{counts.get(status) ?? 0}</strong> {GOAL_STATUS_LABELS[status]}
          </button>
        ))}
      </div>

      {rows.length === 0 ? (
        <div className="empty">
          <h2>No goals yet</h2>
          <p>
            A goal is a student&apos;s own aim, in their words, tied to skills and a date: &quot;I can compare ratios with a
            table by 12 December&quot;. Start one for a student, or for everyone below Meets on a skill at once.
          </p>
        </div>
      ) : (
        <>
          <div className="toolbar">
            <div className="actions">
              <div className="field inline">
                <label htmlFor={ids.skill}>Skill</label>
                <select id={ids.skill} value={skillFilter} onChange={(e) => setSkillFilter(e.target.value)}>
                  <option value="">All skills</option>
                  {data.skills.map(({ skill }) => (
                    <option key={skill.id} value={skill.id}>
                      {skill.code}
                    </option>
                  ))}
                </select>
              </div>
              <label className="checkbox">
                <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
                Show closed goals
              </label>
              {statusFilter && (
                <button type="button" className="secondary small" onClick={() => setStatusFilter(null)}>
                  Show every status
                </button>
              )}
            </div>
          </div>
          <table className="table" aria-label="Goals">
            <thead>
              <tr>
                <SortHeader label="Student" by="student" sort={sort} setSort={setSort} />
                <th scope="col">Goal</th>
                <SortHeader label="Due" by="due" sort={sort} setSort={setSort} />
                <SortHeader label="Status" by="status" sort={sort} setSort={setSort} />
                <th scope="col">Next check-in</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.goal.id} className={r.goal.closed ? 'archived' : undefined}>
                  <th scope="row">
                    <Link to={`/classes/${classId}/students/${r.goal.studentId}`}>{name(r)}</Link>
                  </th>
                  <td>
                    <Link to={`/classes/${classId}/goals/${r.goal.id}`}>{r.goal.title}</Link>
                    <div className="muted small-text">
                      {r.goal.skills.map((s) => `${skills.get(s.skillId)?.code ?? '?'} → ${formatLevel(s.target)}`).join(', ')}
                    </div>
                  </td>
                  <td>{formatDay(r.goal.dueDate)}</td>
                  <td>
                    <GoalStatusChip status={r.status} closedAs={r.goal.closed?.as} />
                    <div className="small-text">{r.reason}</div>
                  </td>
                  <td>{r.nextCheckIn ? formatDay(r.nextCheckIn) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="empty">No goal matches these filters.</p>}
        </>
      )}

      <section className="card checkins-due" aria-labelledby="due-title">
        <h2 id="due-title">Check-ins due this week</h2>
        {due.length === 0 ? (
          <p className="muted">None: every open goal has its next check-in after this week.</p>
        ) : (
          <ul>
            {due.map((r) => (
              <li key={r.goal.id}>
                <span className={r.nextCheckIn! < today ? 'late' : undefined}>
                  {formatDay(r.nextCheckIn!)}
                  {r.nextCheckIn! < today ? ' (late)' : ''}
                </span>{' '}
                — {name(r)}: <Link to={`/classes/${classId}/goals/${r.goal.id}`}>{r.goal.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Dialog title="New goal" open={creating === 'one'} onClose={() => setCreating(null)} wide>
        <GoalForm
          classId={classId}
          students={data.students}
          skills={data.skills}
          scale={data.settings.scale}
          submitLabel="Create goal"
          onCancel={() => setCreating(null)}
          onSubmit={(draft) => create([draft])}
        />
      </Dialog>
      <Dialog title="Goals for a group" open={creating === 'group'} onClose={() => setCreating(null)} wide>
        <BulkGoalForm classId={classId} onCancel={() => setCreating(null)} onSubmit={create} />
      </Dialog>
    </section>
  );
}
