import { useId, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { displayName, goalsDataOf, plural } from '../../../shared';
import { listGroupings } from '../../db/groupings';
import { useLive } from '../../db/live';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { todayIso } from '../../mastery/format';
import { ClassLoading, ClassMissing } from '../../ui/ClassLoading';
import { safeFileName } from '../../ui/fileName';
import { savePageAsPdf } from '../../ui/savePdf';
import { goalRows } from '../goalView';
import { goalKind, sheetChoices } from './sheetChoices';
import { StudentSheet } from './StudentSheet';
import './goalSheets.css';

/**
 * Goal sheets for many students in one print: the whole class, the students of one group goal, or
 * a group of the latest grouping. One student per page.
 */
export function GoalSheetsPage() {
  const { classId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const ws = readyWorkspace(useClassWorkspace(classId));
  const groupings = useLive(() => listGroupings(classId), [classId]);
  const today = todayIso();
  const whoId = useId();
  const data = useMemo(() => ws && goalsDataOf(ws), [ws]);
  const rows = useMemo(() => (data ? goalRows({ ...data, goals: data.goals.filter((g) => !g.closed) }, today) : []), [data, today]);

  if (ws === undefined || data === undefined || groupings === undefined) return <ClassLoading />;
  if (ws === null || data === null) return <ClassMissing />;

  const students = ws.students
    .map((s) => ({ id: s.id, name: displayName(s) || 'Unnamed student' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = new Map(students.map((s) => [s.id, s.name]));
  const choices = sheetChoices({ students, goals: rows.map((r) => r.goal), groupings });
  const chosen = choices.find((c) => c.key === params.get('who')) ?? choices[0]!;
  const goalKey = chosen.key.startsWith('goal:') ? chosen.key : null;
  const shared = goalKey ? rows.find((r) => `goal:${r.goal.id}` === goalKey)?.goal : undefined;
  const sameGoal = (r: (typeof rows)[number]) => !shared || goalKind(r.goal) === goalKind(shared);

  const byStudent = new Map<string, typeof rows>();
  for (const r of rows) byStudent.set(r.goal.studentId, [...(byStudent.get(r.goal.studentId) ?? []), r]);
  const sheets = chosen.studentIds.flatMap((id) => {
    // A group goal's sheets carry that goal; the class's and a group's carry every open goal.
    const own = (byStudent.get(id) ?? [])
      .filter(sameGoal)
      .sort((a, b) => a.goal.dueDate.localeCompare(b.goal.dueDate) || a.goal.createdAt.localeCompare(b.goal.createdAt));
    return own.length ? [{ id, name: nameOf.get(id) ?? 'Unnamed student', rows: own }] : [];
  });
  const without = chosen.studentIds.filter((id) => !sheets.some((s) => s.id === id)).map((id) => nameOf.get(id) ?? 'Unnamed student');

  const print = () =>
    savePageAsPdf('the goal sheets', `${safeFileName(`${ws.cls.name} goal sheets`, 'Goal sheets')}.pdf`);

  return (
    <section className="page goal-sheet-page goal-sheets-page" aria-labelledby="sheets-title">
      <div className="sheet-toolbar sheets-toolbar" role="toolbar" aria-label="Goal sheets">
        <h1 id="sheets-title" className="sheets-title">
          Goal sheets
        </h1>
        <div className="field inline">
          <label htmlFor={whoId}>Whose sheets</label>
          <select id={whoId} value={chosen.key} onChange={(e) => setParams({ who: e.target.value }, { replace: true })}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void print()} disabled={sheets.length === 0}>
          Print {plural(sheets.length, 'sheet')}
        </button>
        <Link className="button secondary" to={`/classes/${classId}/goals`}>
          Back to goals
        </Link>
        <p className="muted sheets-summary" role="status">
          {sheets.length === 0
            ? 'Nothing to print: nobody here has an open goal.'
            : `${plural(sheets.length, 'sheet')}, one page per student.`}
          {without.length > 0 && ` No open goal, so no sheet: ${without.join(', ')}.`}
        </p>
      </div>

      {sheets.map((s) => (
        <StudentSheet
          key={s.id}
          name={s.name}
          className={ws.cls.name}
          rows={s.rows}
          data={data}
          today={today}
          profile={`/classes/${classId}/students/${s.id}`}
          inBatch
        />
      ))}
    </section>
  );
}
