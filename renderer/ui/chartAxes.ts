import { formatDate, scaleRange, type MasteryScale } from '../../shared';

// The look every on-screen mastery plot shares: a time axis of dates and a level axis that runs
// over the class's scale. Spread onto recharts' <XAxis>/<YAxis> (they must stay direct children).
export const CHART_INK = '#1d2430';
export const CHART_MUTED = '#5b6574';
export const CHART_LINE = '#2f6f8f';

/** The points of the scale's levels, low to high (the plot's y ticks). */
export function levelPoints(scale: MasteryScale): number[] {
  return [...new Set(scale.levels.map((l) => l.points))].sort((a, b) => a - b);
}

export function dateAxisProps(domain: [number, number], ticks: number[]) {
  return {
    dataKey: 't',
    type: 'number' as const,
    scale: 'time' as const,
    domain,
    ticks,
    interval: 'preserveStartEnd' as const,
    tickFormatter: (t: number) => formatDate(t, 'short'),
    tick: { fontSize: 11, fill: CHART_MUTED },
    tickLine: false,
    axisLine: { stroke: '#b9c2cc' },
  };
}

export function levelAxisProps(scale: MasteryScale) {
  const { min, max } = scaleRange(scale);
  return {
    type: 'number' as const,
    domain: [min, max],
    ticks: levelPoints(scale),
    width: 26,
    tick: { fontSize: 11, fill: CHART_MUTED },
    tickLine: false,
    axisLine: false,
    padding: { top: 7, bottom: 7 },
  };
}
