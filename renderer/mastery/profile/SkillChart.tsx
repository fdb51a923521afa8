import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { describeMethod, formatDate, levelFor, type MasteryScale, plural } from '../../../shared';
import { LevelChip } from './LevelChip';
import { CHART_INK, CHART_LINE, CHART_MUTED, dateAxisProps, levelAxisProps } from '../../ui/chartAxes';
import { formatValue, type SeriesPoint } from './profileData';
import type { ProfileSkill } from './useStudentProfile';

const DAY = 86_400_000;
const INK = CHART_INK;
const LINE = CHART_LINE;

/** Up to `most` of the distinct dates, always the first and the last, evenly picked between. */
function dateTicks(points: SeriesPoint[], most = 4): number[] {
  const times = [...new Set(points.map((p) => p.t))].sort((a, b) => a - b);
  if (times.length <= most) return times;
  const out: number[] = [];
  for (let i = 0; i < most; i++) out.push(times[Math.round((i * (times.length - 1)) / (most - 1))]!);
  return [...new Set(out)];
}

function Dot(props: { cx?: number | undefined; cy?: number | undefined; payload?: unknown }) {
  const { cx, cy } = props;
  const point = props.payload as SeriesPoint | undefined;
  if (cx === undefined || cy === undefined || !point) return <g />;
  return (
    <circle cx={cx} cy={cy} r={5} fill={point.level?.color ?? '#ffffff'} stroke={INK} strokeWidth={1.25} />
  );
}

function ChartTooltip({
  active,
  payload,
  scale,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  scale: MasteryScale;
}) {
  const point = payload?.[0]?.payload as SeriesPoint | undefined;
  if (!active || !point) return null;
  const after = levelFor(point.rollup, scale);
  return (
    <div className="chart-tooltip">
      <strong>{formatDate(point.t, 'weekdayYear')}</strong>
      <div>
        Score {formatValue(point.score)} {point.level && `(${point.level.label})`}
      </div>
      <div>
        Rolled up:{' '}
        {point.rollup === null
          ? 'no result yet'
          : `${formatValue(point.rollup)}${after ? ` (${after.label})` : ''}`}
      </div>
    </div>
  );
}

/** How the plot reads aloud: every score in order with the rolled-up value after it. */
function spoken(code: string, points: SeriesPoint[], scale: MasteryScale): string {
  const parts = points.map((p) => {
    const after =
      p.rollup === null
        ? 'no result yet'
        : `${formatValue(p.rollup)}${levelFor(p.rollup, scale) ? ` ${levelFor(p.rollup, scale)!.label}` : ''}`;
    return `${formatDate(p.t, 'short')}: ${formatValue(p.score)}${p.level ? ` ${p.level.label}` : ''}, rolled up ${after}`;
  });
  return `Scores on ${code}, oldest first. ${parts.join('; ')}.`;
}

/** One skill's scores over time as dots coloured by level, with the rolled-up value as a line. */
export function SkillChart({ skill, scale }: { skill: ProfileSkill; scale: MasteryScale }) {
  const points = skill.series;
  const code = skill.skill.code;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  // A little room either side, so the first and last dots are not cut in half by the edges.
  const span = Math.max(last.t - first.t, DAY);
  const pad = Math.max(span * 0.06, DAY / 2);
  const level = levelFor(skill.cell.value, scale);
  const summary =
    `Scores over time for ${code}: ${plural(points.length, 'score')} ` +
    (points.length === 1
      ? `on ${formatDate(first.t, 'short')}`
      : `from ${formatDate(first.t, 'short')} to ${formatDate(last.t, 'short')}`) +
    (skill.cell.value === null
      ? ', no rolled-up result yet.'
      : `, rolled up now ${formatValue(skill.cell.value)} (${level?.label ?? ''}).`);
  const titleId = `chart-title-${skill.skill.id}`;

  return (
    <figure className="skill-chart" aria-labelledby={titleId}>
      <figcaption className="skill-chart-head">
        <span id={titleId} className="skill-chart-code mono">
          {code}
        </span>
        <span className="skill-chart-value">
          {skill.cell.value === null ? '—' : formatValue(skill.cell.value)} <LevelChip level={level} />
        </span>
      </figcaption>
      <div role="img" aria-label={summary} className="skill-chart-plot">
        <ComposedChart
          responsive
          style={{ width: '100%', height: 150 }}
          data={points}
          margin={{ top: 10, right: 46, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e6eaef" vertical={false} syncWithTicks />
          <XAxis {...dateAxisProps([first.t - pad, last.t + pad], dateTicks(points))} />
          <YAxis {...levelAxisProps(scale)} />
          <ReferenceLine
            y={scale.masteryPoints}
            stroke={INK}
            strokeDasharray="4 3"
            strokeOpacity={0.7}
            label={{ value: 'Mastery', position: 'right', fontSize: 10, fill: CHART_MUTED }}
          />
          <Line
            dataKey="rollup"
            type="stepAfter"
            stroke={LINE}
            strokeWidth={2.5}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
          <Scatter dataKey="score" shape={Dot} isAnimationActive={false} />
          <Tooltip content={<ChartTooltip scale={scale} />} cursor={false} isAnimationActive={false} />
        </ComposedChart>
      </div>
      <p className="visually-hidden">{spoken(code, points, scale)}</p>
      {skill.overridden && (
        <p className="skill-chart-method muted">Rolled up by {describeMethod(skill.method)}</p>
      )}
    </figure>
  );
}
