import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatDate, formatLevel, scaleRange, type MasteryScale, plural } from '../../../shared';

/** A point on the chart: a time (ms) with the expected level, the actual level, or both. */
export type ChartPoint = { t: number; expected?: number; actual?: number };

const WIDTH = 290;
const HEIGHT = 128;
const INK = '#1d2430';
const FONT = 14;

/**
 * Expected against actual for one skill of a goal: a dashed straight line from the start level to
 * the target, and the student's level after each day with scores. A fixed size and no animation,
 * so it is drawn complete the moment it is printed.
 */
export function SkillProgressChart({
  code,
  points,
  scale,
  today,
}: {
  code: string;
  points: ChartPoint[];
  scale: MasteryScale;
  today: number;
}) {
  const valid = points.filter((p) => Number.isFinite(p.t));
  const data = mergeByTime(valid);
  const range = scaleRange(scale);
  const min = Number.isFinite(range.min) ? range.min : 0;
  const max = Number.isFinite(range.max) && range.max > min ? range.max : min + 1;
  if (data.length === 0) return null;
  const first = data[0]!.t;
  const last = data[data.length - 1]!.t;
  const end = Math.max(last, first + 86_400_000);
  const expectedEnd = [...data].reverse().find((p) => p.expected !== undefined);
  const actualPoints = data.filter((p) => p.actual !== undefined);
  const ticks = [...new Set([first, expectedEnd?.t ?? end])];
  const showToday = today > first && today <= end;
  const summary =
    `Progress on ${code}: the plan goes from ${formatLevel(data[0]!.expected, '?')} on ${formatDate(first, 'short')} ` +
    `to ${formatLevel(expectedEnd?.expected, '?')} on ${formatDate(expectedEnd?.t ?? end, 'short')}; ` +
    `${plural(actualPoints.length, 'level')} so far, the latest ` +
    `${formatLevel(actualPoints[actualPoints.length - 1]?.actual, '?')}.`;

  return (
    <figure className="sheet-chart">
      <div role="img" aria-label={summary}>
        <LineChart
          width={WIDTH}
          height={HEIGHT}
          data={data}
          margin={{ top: 8, right: 30, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#d5dae0" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[first, end]}
            ticks={ticks}
            tickFormatter={(t: number) => formatDate(t, 'short')}
            tick={{ fontSize: FONT, fill: INK }}
            tickLine={false}
            axisLine={{ stroke: INK }}
            interval={0}
          />
          <YAxis
            type="number"
            domain={[min, max]}
            ticks={scale.levels.map((l) => l.points).sort((a, b) => a - b)}
            allowDecimals
            width={28}
            tick={{ fontSize: FONT, fill: INK }}
            tickLine={false}
            axisLine={false}
            padding={{ top: 4, bottom: 8 }}
          />
          {showToday && <ReferenceLine x={today} stroke={INK} strokeWidth={1.25} strokeDasharray="2 3" />}
          <Line
            dataKey="expected"
            type="linear"
            stroke={INK}
            strokeWidth={1.5}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            dataKey="actual"
            type="linear"
            stroke={INK}
            strokeWidth={2.5}
            dot={{ r: 3.5, fill: INK, stroke: INK }}
            activeDot={false}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </div>
      <figcaption className="sheet-chart-legend">
        <span>
          <svg width="26" height="10" aria-hidden="true">
            <line x1="1" x2="25" y1="5" y2="5" stroke={INK} strokeWidth="2.5" />
          </svg>{' '}
          My level
        </span>
        <span>
          <svg width="26" height="10" aria-hidden="true">
            <line x1="1" x2="25" y1="5" y2="5" stroke={INK} strokeWidth="1.5" strokeDasharray="6 4" />
          </svg>{' '}
          My plan
        </span>
        {showToday && (
          <span>
            <svg width="10" height="14" aria-hidden="true">
              <line x1="5" x2="5" y1="1" y2="13" stroke={INK} strokeWidth="1.25" strokeDasharray="2 3" />
            </svg>{' '}
            Today
          </span>
        )}
      </figcaption>
    </figure>
  );
}

/** One row per time, oldest first: the expected and actual points of one day share a row. */
function mergeByTime(points: ChartPoint[]): ChartPoint[] {
  const byTime = new Map<number, ChartPoint>();
  for (const p of points) byTime.set(p.t, { ...byTime.get(p.t), ...p });
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}
