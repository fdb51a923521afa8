import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { formatDate, formatMean, type CoachSummary, type LookForSummary, plural } from '../../shared';
import { CHART_INK, CHART_MUTED } from '../ui/chartAxes';

const WIDTH = 250;
const HEIGHT = 120;
/** Teachers' lines: dark, distinct, and told apart by dash too, so they read in black and white. */
const LINES = [
  { stroke: '#1a3578', dash: undefined },
  { stroke: '#b4471f', dash: '6 3' },
  { stroke: '#1f7a3a', dash: '2 3' },
  { stroke: '#6b2f8f', dash: '8 3 2 3' },
  { stroke: '#5b6574', dash: '1 2' },
] as const;

export function lineStyle(index: number) {
  return LINES[index % LINES.length]!;
}

/**
 * One small chart per look-for: its ratings over time (by plan date), a line per teacher. A fixed
 * size and no animation, so it is drawn whole the moment it is printed; the table beside it says
 * the same in numbers.
 */
export function LookForCharts({ summary }: { summary: CoachSummary }) {
  const charted = summary.lookFors.filter((l) => l.overTime.length > 0);
  if (charted.length === 0) return null;
  return (
    <div className="cs-charts">
      <ul className="cs-legend" aria-label="Teachers in the charts">
        {summary.teachers.map((t, i) => (
          <li key={t}>
            <svg width="26" height="10" aria-hidden="true">
              <line x1="1" x2="25" y1="5" y2="5" stroke={lineStyle(i).stroke} strokeWidth="2.5" strokeDasharray={lineStyle(i).dash} />
            </svg>{' '}
            {t}
          </li>
        ))}
      </ul>
      <div className="cs-chart-grid">
        {charted.map((l) => (
          <LookForChart key={l.text} lookFor={l} teachers={summary.teachers} />
        ))}
      </div>
    </div>
  );
}

function LookForChart({ lookFor, teachers }: { lookFor: LookForSummary; teachers: string[] }) {
  // Keys by teacher index, not name: recharts reads a dataKey like "Ms. Okafor" as a path.
  const data = lookFor.overTime.map((p) => ({
    t: Date.parse(`${p.date}T00:00:00`),
    ...Object.fromEntries(teachers.map((name, i) => [`k${i}`, p.byTeacher[name]])),
  }));
  const first = data[0]!.t;
  const last = data[data.length - 1]!.t;
  const end = last > first ? last : first + 86_400_000;
  const words = lookFor.byTeacher.map((t) => `${t.teacher} ${formatMean(t.mean)}`).join(', ');
  const summary = `${lookFor.text}: ratings over ${plural(lookFor.overTime.length, 'date')} from ${formatDate(first, 'short')}; mean per teacher ${words}.`;
  return (
    <figure className="cs-chart">
      <figcaption>{lookFor.text}</figcaption>
      <div role="img" aria-label={summary}>
        <LineChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 6, right: 14, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d5dae0" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[first, end]}
            ticks={[...new Set([first, last])]}
            tickFormatter={(t: number) => formatDate(t, 'short')}
            tick={{ fontSize: 11, fill: CHART_MUTED }}
            tickLine={false}
            axisLine={{ stroke: '#b9c2cc' }}
          />
          <YAxis type="number" domain={[1, 4]} ticks={[1, 2, 3, 4]} width={22} tick={{ fontSize: 11, fill: CHART_INK }} tickLine={false} axisLine={false} />
          {teachers.map((t, i) =>
            lookFor.byTeacher.some((b) => b.teacher === t) ? (
              <Line
                key={t}
                dataKey={`k${i}`}
                name={t}
                type="linear"
                stroke={lineStyle(i).stroke}
                strokeDasharray={lineStyle(i).dash}
                strokeWidth={2}
                dot={{ r: 3, fill: lineStyle(i).stroke, stroke: lineStyle(i).stroke }}
                activeDot={false}
                connectNulls
                isAnimationActive={false}
              />
            ) : null,
          )}
        </LineChart>
      </div>
    </figure>
  );
}
