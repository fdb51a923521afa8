import { Link } from 'react-router';
import { parseISO } from 'date-fns';
import { formatDate, formatLevel, GOAL_STATUS_LABELS, goalProgressSeries, levelFor } from '../../../shared';
import type { GoalsData } from '../../db/goals';
import { CONFIDENCE_WORDS } from '../detail/checkIns';
import { GoalStatusChip } from '../GoalStatusChip';
import { goalMethod, type GoalRow } from '../goalView';
import { SkillProgressChart, type ChartPoint } from './SkillProgressChart';
import { LevelBar } from './LevelBar';

/** 'Friday 12 December' for a student; the stored text when it is not a date. */
function longDay(date: string): string {
  return formatDate(date, 'long');
}

function time(date: string): number {
  return parseISO(date).getTime();
}

/** 2.456 -> '2.46', 3 -> '3', 1.005 -> '1.01': a level as every screen writes it (shared/format) */
const num = (x: number): string => formatLevel(x);

/** The reason without the status word the chip beside it already says ('Met: 6.RP.A.2 is at 3'). */
function withoutLabel(reason: string, label: string): string {
  return reason.startsWith(`${label}: `) ? reason.slice(label.length + 2) : reason;
}

type Props = {
  name: string;
  className: string;
  /** the student's open goals, in the order they print */
  rows: GoalRow[];
  data: GoalsData;
  today: string;
  /** the student's profile, where a goal is set when there is none */
  profile: string;
  /** one sheet of several printed together: its name is a level-2 heading under the page's title */
  inBatch?: boolean;
};

/** One student's goal sheet: their open goals in their words, with progress, to hand over. */
export function StudentSheet({ name, className, rows, data, today, profile, inBatch }: Props) {
  const Name = inBatch ? 'h2' : 'h1';
  return (
    <article className={`print-sheet${inBatch ? ' batch-sheet' : ''}`} aria-label={inBatch ? `Goal sheet for ${name}` : undefined}>
      <header className="sheet-header">
        <div>
          <p className="sheet-kicker">My goals</p>
          <Name id={inBatch ? undefined : 'sheet-title'} className="sheet-name">
            {name}
          </Name>
        </div>
        <dl className="sheet-facts">
          <div>
            <dt>Class</dt>
            <dd>{className}</dd>
          </div>
          <div>
            <dt>Printed</dt>
            <dd>{formatDate(new Date(), 'longYear')}</dd>
          </div>
        </dl>
      </header>

      {rows.length === 0 ? (
        <div className="sheet-empty">
          <p>{name} has no open goals right now.</p>
          <p className="sheet-screen-only">
            Set one in the Goals section of the <Link to={profile}>student&apos;s profile</Link>, then come back to
            print it.
          </p>
        </div>
      ) : (
        rows.map((row, i) => (
          <SheetGoal key={row.goal.id} row={row} data={data} today={today} number={i + 1} total={rows.length} inBatch={inBatch} />
        ))
      )}
    </article>
  );
}

function SheetGoal({
  row,
  data,
  today,
  number,
  total,
  inBatch,
}: {
  row: GoalRow;
  data: GoalsData;
  today: string;
  number: number;
  total: number;
  inBatch?: boolean;
}) {
  const { goal, status, reason, lastCheckIn, nextCheckIn } = row;
  const { scale } = data.settings;
  const scores = data.scores.get(goal.studentId) ?? {};
  const series = goalProgressSeries(goal, scores, goalMethod(data), scale, today);
  const skills = new Map(data.skills.map((s) => [s.skill.id, s.skill]));
  const titleId = `sheet-goal-${goal.id}`;
  const GoalTitle = inBatch ? 'h3' : 'h2';
  const Sub = inBatch ? 'h4' : 'h3';

  return (
    <article className="sheet-goal" aria-labelledby={titleId}>
      <header className="sheet-goal-head">
        {total > 1 && (
          <p className="sheet-goal-number">
            Goal {number} of {total}
          </p>
        )}
        <GoalTitle id={titleId} className="sheet-goal-title">
          {goal.title}
        </GoalTitle>
        <p className="sheet-goal-status">
          <span className="sheet-label">How it is going:</span> <GoalStatusChip status={status} />{' '}
          {withoutLabel(reason, GOAL_STATUS_LABELS[status])}.
        </p>
        <p className="sheet-goal-dates">
          <span className="sheet-label">Started</span> {longDay(goal.startDate)} ·{' '}
          <span className="sheet-label">Due</span> {longDay(goal.dueDate)}
        </p>
      </header>

      <div className="sheet-skills">
        {series.map((s) => {
          const skill = skills.get(s.skillId);
          const code = skill?.code ?? 'Unknown skill';
          const scored = (scores[s.skillId] ?? []).some(
            (x) => x.value !== null && Number.isFinite(x.value) && (!x.at || x.at.slice(0, 10) <= today),
          );
          const current = s.actual[s.actual.length - 1]?.value ?? s.startLevel;
          const nowLevel = levelFor(current, scale);
          const targetLevel = levelFor(s.target, scale);
          const points: ChartPoint[] = [
            ...s.expected.map((p) => ({ t: time(p.date), expected: p.value })),
            ...s.actual.map((p) => ({ t: time(p.date), actual: p.value })),
          ];
          return (
            <section className="sheet-skill" key={s.skillId} aria-label={`Skill ${code}`}>
              <div className="sheet-skill-text">
                <Sub className="sheet-skill-title">
                  <span className="mono">{code}</span>
                  {skill?.statement && <span className="sheet-skill-statement">{skill.statement}</span>}
                </Sub>
                <p className="sheet-skill-levels">
                  <span>
                    <span className="sheet-label">Now:</span>{' '}
                    {scored ? `${num(current)}${nowLevel ? ` (${nowLevel.label})` : ''}` : 'no scores yet'}
                  </span>
                  <span>
                    <span className="sheet-label">Target:</span> {num(s.target)}
                    {targetLevel ? ` (${targetLevel.label})` : ''}
                  </span>
                </p>
                <LevelBar current={scored ? current : null} target={s.target} scale={scale} />
              </div>
              <SkillProgressChart code={code} points={points} scale={scale} today={time(today)} />
            </section>
          );
        })}
        {series.length === 0 && <p>No skills are linked to this goal yet.</p>}
      </div>

      <div className="sheet-columns">
        <section className="sheet-steps" aria-label="Action steps">
          <Sub>My action steps</Sub>
          {goal.actionSteps.length === 0 ? (
            <>
              <p className="sheet-hint">Write the steps you will take:</p>
              <ul className="sheet-checklist sheet-checklist-blank" aria-hidden="true">
                <li>
                  <span className="sheet-box" />
                  <span className="sheet-line" />
                </li>
                <li>
                  <span className="sheet-box" />
                  <span className="sheet-line" />
                </li>
              </ul>
            </>
          ) : (
            <ul className="sheet-checklist">
              {goal.actionSteps.map((step, i) => (
                <li key={i}>
                  <span className="sheet-box" aria-hidden="true" />
                  <span>{step}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="sheet-checkin" aria-label="Check-ins">
          <Sub>Last check-in</Sub>
          {lastCheckIn ? (
            <>
              <p className="sheet-checkin-date">{longDay(lastCheckIn.date)}</p>
              {lastCheckIn.reflection.trim() ? (
                <blockquote className="sheet-reflection">{lastCheckIn.reflection}</blockquote>
              ) : (
                <p>No reflection written.</p>
              )}
              <p>
                <span className="sheet-label">How sure I felt:</span>{' '}
                {lastCheckIn.confidence
                  ? `${CONFIDENCE_WORDS[lastCheckIn.confidence]} (${lastCheckIn.confidence} of 4)`
                  : 'not asked'}
              </p>
            </>
          ) : (
            <p>No check-in yet.</p>
          )}
          <p className="sheet-next-checkin">
            <span className="sheet-label">Next check-in:</span>{' '}
            {nextCheckIn ? longDay(nextCheckIn) : 'not set'}
          </p>
        </section>
      </div>

      <div className="sheet-write">
        <p className="sheet-label">My next step:</p>
        <div className="sheet-write-lines" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
      </div>
    </article>
  );
}
