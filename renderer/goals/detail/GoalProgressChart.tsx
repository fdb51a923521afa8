import { CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatLevel, levelFor, type MasteryScale } from '../../../shared';
import { LevelChip } from '../../mastery/profile/LevelChip';
import { CHART_INK, CHART_LINE, CHART_MUTED, dateAxisProps, levelAxisProps } from '../../ui/chartAxes';
import type { ProgressRow, SkillProgressView } from './progressData';

const INK = CHART_INK;
const LINE = CHART_LINE;
const EXPECTED = '#8a5a00';

/** A level as every screen writes it (shared/format). */
const num = (x: number): string => formatLevel(x);

function Dot(props: { cx?: number | undefined; cy?: number | undefined; payload?: unknown }) {
  const { cx, cy } = props;
  const row = props.payload as ProgressRow | undefined;
  if (cx === undefined || cy === undefined || !row?.mark) return <g />;
  return row.mark === 'start' ? (
    <circle cx={cx} cy={cy} r={4} fill="#ffffff" stroke={LINE} strokeWidth={2} />
  ) : (
    <circle cx={cx} cy={cy} r={4.5} fill={LINE} stroke="#ffffff" strokeWidth={1.25} />
  );
}

function ChartTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: unknown }[] }) {
  const row = payload?.[0]?.payload as ProgressRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <strong>{formatDate(row.t, 'weekdayYear')}</strong>
      {row.actual !== null && (
        <div>
          {row.mark === 'start' ? 'Starting level' : row.mark === 'score' ? 'After this day’s scores' : 'Level'}:{' '}
          {num(row.actual)}
        </div>
      )}
      {row.expected !== null && <div>Expected: {num(row.expected)}</div>}
    </div>
  );
}

/**
 * One linked skill of a goal: the straight line the goal expects (dashed), where the skill really
 * is over time (a solid step line, a dot for each day with scores), the target and today.
 */
export function GoalProgressChart({ view, statement, scale }: { view: SkillProgressView; statement: string; scale: MasteryScale }) {
  const titleId = `goal-chart-${view.skillId}`;
  const level = levelFor(view.now, scale);
  return (
    <figure className="skill-chart goal-chart" aria-labelledby={titleId}>
      <figcaption className="skill-chart-head">
        <span>
          <span id={titleId} className="skill-chart-code mono">
            {view.code}
          </span>{' '}
          <span className="goal-chart-statement muted">{statement}</span>
        </span>
        <span className="skill-chart-value">
          <span>
            {num(view.now)} <span className="muted goal-chart-of">of {num(view.target)}</span>
          </span>
          <LevelChip level={view.scored ? level : null} empty="No scores yet" />
        </span>
      </figcaption>
      <div role="img" aria-label={view.summary} className="skill-chart-plot goal-chart-plot">
        <ComposedChart
          responsive
          style={{ width: '100%', height: 200 }}
          data={view.rows}
          margin={{ top: 14, right: 54, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e6eaef" vertical={false} syncWithTicks />
          <XAxis {...dateAxisProps(view.domain, view.ticks)} />
          <YAxis {...levelAxisProps(scale)} />
          <ReferenceLine
            y={view.target}
            stroke={INK}
            strokeOpacity={0.55}
            strokeWidth={1.5}
            label={{ value: `Target ${num(view.target)}`, position: 'right', fontSize: 10, fill: CHART_MUTED }}
          />
          <ReferenceLine
            x={view.marker.t}
            stroke={CHART_MUTED}
            strokeDasharray="2 3"
            label={{ value: view.marker.label, position: 'top', fontSize: 10, fill: CHART_MUTED }}
          />
          <Line
            dataKey="expected"
            type="linear"
            stroke={EXPECTED}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            dataKey="actual"
            type="stepAfter"
            stroke={LINE}
            strokeWidth={2.5}
            dot={Dot}
            activeDot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Tooltip content={<ChartTooltip />} cursor={{ stroke: '#b9c2cc' }} isAnimationActive={false} />
        </ComposedChart>
      </div>
      <ul className="visually-hidden" aria-label={`Points on ${view.code}`}>
        {view.spoken.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </figure>
  );
}

/** What the marks on the progress pictures mean, with a sample of each mark. */
export function GoalChartLegend() {
  return (
    <ul className="chart-legend" aria-label="How to read the progress pictures">
      <li>
        <span className="legend-line goal-legend-expected" aria-hidden="true" />
        Expected: from the starting level to the target by the due date
      </li>
      <li>
        <span className="legend-line" aria-hidden="true" />
        <span className="goal-legend-dot" aria-hidden="true" />
        Actual: the rolled-up level after each day with scores
      </li>
      <li>
        <span className="legend-line goal-legend-target" aria-hidden="true" />
        Target
      </li>
    </ul>
  );
}
