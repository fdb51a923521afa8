import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { displayName, goalsDataOf } from '../../../shared';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { ClassLoading } from '../../ui/ClassLoading';
import { todayIso } from '../../mastery/format';
import { goalRows } from '../goalView';
import { StudentSheet } from './StudentSheet';
import { safeFileName } from '../../ui/fileName';
import { savePageAsPdf } from '../../ui/savePdf';

/** One page per student to print and hand over: their open goals in their words, with progress. */
export function GoalSheetPage() {
  const { classId = '', studentId = '' } = useParams();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const ws = readyWorkspace(useClassWorkspace(classId));
  const loaded = useMemo(() => ws && { data: goalsDataOf(ws), cls: ws.cls }, [ws]);
  const today = todayIso();
  const rows = useMemo(
    () =>
      loaded
        ? goalRows(
            {
              ...loaded.data,
              goals: loaded.data.goals.filter((g) => g.studentId === studentId && !g.closed),
            },
            today,
          )
        : [],
    [loaded, studentId, today],
  );

  if (loaded === undefined) return <ClassLoading />;
  const student = loaded?.data.students.find((s) => s.id === studentId);
  if (!loaded || !student) {
    return (
      <section className="page" aria-labelledby="sheet-missing">
        <h1 id="sheet-missing">Student not found</h1>
        <p>
          The class or the student may have been removed.{' '}
          <Link to={loaded ? `/classes/${classId}` : '/classes'}>
            {loaded ? 'Back to the roster' : 'Back to classes'}
          </Link>
        </p>
      </section>
    );
  }

  const { data, cls } = loaded;
  const name = displayName(student) || 'Unnamed student';
  const profile = `/classes/${classId}/students/${studentId}`;
  const open = [...rows].sort(
    (a, b) =>
      a.goal.dueDate.localeCompare(b.goal.dueDate) || a.goal.createdAt.localeCompare(b.goal.createdAt),
  );

  const print = () => savePageAsPdf('the goal sheet', `${safeFileName(name, 'Student')} goals.pdf`);

  return (
    <section className="page goal-sheet-page" aria-labelledby="sheet-title">
      <div className="sheet-toolbar" role="toolbar" aria-label="Goal sheet">
        <button type="button" onClick={() => void print()}>
          Print
        </button>
        <Link className="button secondary" to={profile}>
          Back to profile
        </Link>
        <span className="muted">
          {open.length === 0
            ? 'Nothing to print yet: no open goals.'
            : `${open.length} open ${open.length === 1 ? 'goal' : 'goals'}, one sheet to hand to ${name}.`}
        </span>
      </div>

      <StudentSheet name={name} className={cls.name} rows={open} data={data} today={today} profile={profile} />
    </section>
  );
}

