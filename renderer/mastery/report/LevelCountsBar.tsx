import type { MasteryScale } from '../../../shared';
import { readableInk } from '../../ui/color';

const WIDTH = 180;
const HEIGHT = 20;
/** below this width a segment has no room for its number (the count columns beside it still say it) */
const MIN_LABEL_WIDTH = 13;

/**
 * How many students sit at each level, as one stacked bar with the count printed in each segment.
 * SVG, not CSS backgrounds, so it prints even when a printer skips backgrounds; black outlines
 * and the numbers keep it readable in black and white.
 */
export function LevelCountsBar({
  counts,
  none,
  scale,
  abbreviations,
}: {
  counts: number[];
  none: number;
  scale: MasteryScale;
  abbreviations: Map<number, string>;
}) {
  const segments = [
    ...scale.levels.map((l, i) => ({
      key: `level-${l.points}`,
      count: counts[i] ?? 0,
      color: l.color,
      words: `${l.label} ${counts[i] ?? 0}`,
      mark: abbreviations.get(l.points) ?? '',
    })),
    { key: 'none', count: none, color: '#ffffff', words: `no level ${none}`, mark: '–' },
  ];
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  const label = total === 0 ? 'No students' : `Students by level: ${segments.filter((s) => s.count).map((s) => s.words).join(', ')}`;
  let x = 0.75;
  const inner = WIDTH - 1.5;
  return (
    <svg className="mr-bar" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {segments.map((s) => {
        if (!s.count || total === 0) return null;
        const w = (s.count / total) * inner;
        const at = x;
        x += w;
        const text = w >= MIN_LABEL_WIDTH + 9 ? `${s.mark} ${s.count}` : String(s.count);
        return (
          <g key={s.key}>
            <rect x={at} y={0.75} width={w} height={HEIGHT - 1.5} fill={s.color} stroke="#000" strokeWidth={0.75} />
            {w >= MIN_LABEL_WIDTH && (
              <text
                x={at + w / 2}
                y={HEIGHT / 2}
                dominantBaseline="central"
                textAnchor="middle"
                fill={readableInk(s.color)}
                className="mr-bar-text"
              >
                {text}
              </text>
            )}
          </g>
        );
      })}
      {total === 0 && <rect x={0.75} y={0.75} width={inner} height={HEIGHT - 1.5} fill="#fff" stroke="#000" strokeWidth={0.75} />}
    </svg>
  );
}
