import { useId, useMemo, useState, type CSSProperties } from 'react';
import { useLive } from '../../db/live';
import { addWeeks, format, isValid, parseISO, startOfWeek } from 'date-fns';
import { Link, useParams, useSearchParams } from 'react-router';
import { displayName, formatDate, plural } from '../../../shared';
import { loadWeek } from '../../db/planViews';
import { copyPlanToDates, deletePlans } from '../../db/plans';
import { Dialog } from '../../ui/Dialog';
import { errorMessage, toast } from '../../ui/toasts';
import { planTitle, viewPlan, type PlanView } from '../live/planView';
import { plansByDay, teacherTime, weekdays, type DayEntry } from './weekView';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function mondayOf(date: Date): string {
  return format(startOfWeek(date, { weekStartsOn: 1 }), 'yyyy-MM-dd');
}

function shortDay(iso: string): string {
  return formatDate(iso, 'weekday');
}

function colorStyle(color: string): CSSProperties {
  return { '--group-color': /^#[0-9a-f]{6}$/i.test(color) ? color : '#5b6574' } as CSSProperties;
}

/** Monday to Friday of one week: the class's plans, what to do with them, and where teacher time went. */
export function WeekPage() {
  const { classId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const thisWeek = mondayOf(new Date());
  const asked = params.get('week') ?? '';
  const monday = ISO_DAY.test(asked) && isValid(parseISO(asked)) ? mondayOf(parseISO(asked)) : thisWeek;
  const days = useMemo(() => weekdays(monday), [monday]);
  const data = useLive(() => loadWeek(classId), [classId]);
  const views = useMemo(() => (data ? data.plans.map(viewPlan) : []), [data]);
  const byDay = useMemo(() => plansByDay(views, days), [views, days]);
  const [copying, setCopying] = useState<DayEntry | null>(null);

  const goTo = (week: string) => setParams(week === thisWeek ? {} : { week }, { replace: false });
  const friday = days[4]!;
  const range =
    monday.slice(0, 7) === friday.slice(0, 7)
      ? `${format(parseISO(monday), 'd')}–${format(parseISO(friday), 'd MMMM yyyy')}`
      : `${format(parseISO(monday), 'd MMMM')} – ${format(parseISO(friday), 'd MMMM yyyy')}`;

  if (data === undefined) return <section className="page" aria-busy="true" />;
  if (!data.cls) {
    return (
      <section className="page" aria-labelledby="week-missing">
        <h1 id="week-missing">Class not found</h1>
        <p>
          <Link to="/classes">Back to classes</Link>
        </p>
      </section>
    );
  }

  const weekPlans = new Set([...byDay.values()].flat().map((e) => e.view.plan.id));

  return (
    <section className="page week-page" aria-labelledby="week-title">
      <header className="page-header">
        <div>
          <h1 id="week-title">Week</h1>
          <p className="muted">
            {data.cls.name} · {range}
          </p>
        </div>
        <div className="actions" role="group" aria-label="Choose the week">
          <button type="button" className="secondary" onClick={() => goTo(format(addWeeks(parseISO(monday), -1), 'yyyy-MM-dd'))}>
            ← Previous week
          </button>
          <button type="button" className="secondary" onClick={() => goTo(thisWeek)} disabled={monday === thisWeek}>
            This week
          </button>
          <button type="button" className="secondary" onClick={() => goTo(format(addWeeks(parseISO(monday), 1), 'yyyy-MM-dd'))}>
            Next week →
          </button>
        </div>
      </header>

      {weekPlans.size === 0 && (
        <div className="empty week-empty">
          <p>No rotation plans this week.</p>
          <p>
            <Link to={`/classes/${classId}/plans`}>Go to Plans</Link> to make one from a play, or copy one from
            another week.
          </p>
        </div>
      )}

      <div className="week-grid">
        {days.map((day) => {
          const entries = byDay.get(day) ?? [];
          const headId = `week-day-${day}`;
          return (
            <section key={day} className={`week-day${day === format(new Date(), 'yyyy-MM-dd') ? ' week-today' : ''}`} aria-labelledby={headId}>
              <h2 id={headId} className="week-day-title">
                {format(parseISO(day), 'EEEE')}
                <span className="week-day-date">{format(parseISO(day), 'd MMM')}</span>
              </h2>
              {entries.length === 0 ? (
                <p className="week-nothing">No plan</p>
              ) : (
                <ul className="week-plans">
                  {entries.map((entry) => (
                    <PlanCard key={`${entry.view.plan.id}-${entry.day}`} classId={classId} entry={entry} onCopy={() => setCopying(entry)} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>

      {weekPlans.size > 0 && (
        <TeacherTime
          views={views.filter((v) => weekPlans.has(v.plan.id))}
          days={days}
          names={new Map(data.roster.map((r) => [r.student.id, displayName(r.student)]))}
          rosterIds={data.roster.map((r) => r.student.id)}
        />
      )}

      {/* keyed, so each opening starts with nothing ticked */}
      <CopyDialog
        key={copying ? `${copying.view.plan.id}-${copying.day}` : 'closed'}
        entry={copying}
        days={days}
        onClose={() => setCopying(null)}
      />
    </section>
  );
}

function PlanCard({ classId, entry, onCopy }: { classId: string; entry: DayEntry; onCopy: () => void }) {
  const { view, day, days, start, end } = entry;
  const { plan, body } = view;
  const title = planTitle(plan);
  const base = `/classes/${classId}/plans/${plan.id}`;
  return (
    <li className="week-plan" aria-label={title}>
      <Link className="week-plan-title" to={base}>
        {title}
      </Link>
      <p className="week-plan-time">
        {start && end ? `${start}–${end}` : start || 'No start time'}
        {days > 1 && <span className="badge">Day {day + 1} of {days}</span>}
      </p>
      <p className="week-plan-shape">
        {plural(body.groups.length, 'group')} × {body.stations.length}{' '}
        {body.stations.length === 1 ? 'station' : 'stations'}
      </p>
      <ul className="week-swatches" aria-hidden="true">
        {body.groups.map((g) => (
          <li key={g.id} style={colorStyle(g.color)} title={g.name} />
        ))}
      </ul>
      <div className="week-plan-actions">
        <Link className="button small" to={`${base}/live`}>
          Open live board
        </Link>
        <Link className="button small secondary" to={`${base}/print`}>
          Print
        </Link>
        <button type="button" className="small secondary" onClick={onCopy} aria-haspopup="dialog">
          Copy to…
        </button>
      </div>
    </li>
  );
}

function CopyDialog({ entry, days, onClose }: { entry: DayEntry | null; days: string[]; onClose: () => void }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const from = entry ? (entry.view.body.dates[entry.day] ?? entry.view.plan.date) : '';
  const others = days.filter((d) => d !== from);
  const title = entry ? planTitle(entry.view.plan) : '';

  const copy = async () => {
    if (!entry || picked.length === 0) return;
    setBusy(true);
    try {
      const dates = [...picked].sort();
      const ids = await copyPlanToDates(entry.view.plan.id, dates);
      toast.undoable(`Copied “${title}” to ${dates.map(shortDay).join(', ')}.`, async () => {
        await deletePlans(ids);
      });
      onClose();
    } catch (error) {
      toast.error(`Could not copy the plan: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Copy “${title}”`} open={!!entry} onClose={onClose}>
      <fieldset className="copy-days">
        <legend>Copy to these days of the week</legend>
        {others.map((d) => (
          <label key={d} className="checkbox">
            <input
              type="checkbox"
              checked={picked.includes(d)}
              onChange={(e) => setPicked((p) => (e.target.checked ? [...p, d] : p.filter((x) => x !== d)))}
            />
            {format(parseISO(d), 'EEEE d MMMM')}
          </label>
        ))}
      </fieldset>
      <p className="hint">Each day gets its own copy, with the same groups and stations, that you can change on its own.</p>
      <div className="actions">
        <button type="button" onClick={() => void copy()} disabled={busy || picked.length === 0}>
          {picked.length > 1 ? `Copy to ${picked.length} days` : 'Copy'}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}

function TeacherTime({
  views,
  days,
  names,
  rosterIds,
}: {
  views: PlanView[];
  days: string[];
  names: Map<string, string>;
  rosterIds: string[];
}) {
  const titleId = useId();
  const { groups, students } = useMemo(() => teacherTime(views, days), [views, days]);
  const met = groups.filter((g) => g.minutes > 0);
  const rows = rosterIds
    .map((id) => ({ id, name: names.get(id) || 'Unnamed student', time: students.get(id) }))
    .sort((a, b) => (b.time?.minutes ?? 0) - (a.time?.minutes ?? 0) || a.name.localeCompare(b.name));
  const never = rows.filter((r) => !r.time || r.time.minutes === 0);
  const total = groups.reduce((sum, g) => sum + g.minutes, 0);
  const multiplePlans = new Set(groups.map((g) => g.planId)).size > 1 || new Set(groups.map((g) => g.date)).size > 1;

  return (
    <section className="week-teacher" aria-labelledby={titleId}>
      <h2 id={titleId}>Teacher time this week</h2>
      <p className="muted">
        Minutes at the teacher-led station: {total} in all, over {met.length}{' '}
        {met.length === 1 ? 'group meeting' : 'group meetings'}.
      </p>

      <div className="week-teacher-grid">
        <div>
          <h3>By group</h3>
          <table className="table" aria-label="Teacher time by group">
            <thead>
              <tr>
                {multiplePlans && <th scope="col">Day</th>}
                <th scope="col">Group</th>
                <th scope="col">Students</th>
                <th scope="col">With the teacher</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={`${g.planId}-${g.date}-${g.groupId}`}>
                  {multiplePlans && (
                    <td>
                      {shortDay(g.date)}
                      <span className="muted small-text week-plan-name">{g.planTitle}</span>
                    </td>
                  )}
                  <td>
                    <span className="week-group" style={colorStyle(g.color)}>
                      {g.groupName}
                    </span>
                  </td>
                  <td>{g.students}</td>
                  <td className={g.minutes === 0 ? 'week-zero' : undefined}>
                    {g.minutes === 0 ? 'Did not meet the teacher' : `${g.minutes} min`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <div>
          <h3>By student</h3>
          {never.length > 0 ? (
            <div className="week-never" role="note" aria-label="Not with the teacher this week">
              <p>
                <strong>
                  {plural(never.length, 'student has', 'students have')} not met the teacher this week:
                </strong>
              </p>
              <p>{never.map((r) => r.name).join(', ')}</p>
            </div>
          ) : (
            <p className="week-all-met">Every student meets the teacher this week.</p>
          )}
          <table className="table" aria-label="Teacher time by student">
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Minutes</th>
                <th scope="col">With</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td className={!r.time || r.time.minutes === 0 ? 'week-zero' : undefined}>{r.time?.minutes ?? 0}</td>
                  <td className="small-text">
                    {(r.time?.meetings ?? []).map((m) => `${format(parseISO(m.date), 'EEE')}: ${m.groupName}`).join(', ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
