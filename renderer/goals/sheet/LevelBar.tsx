import { formatLevel, scaleRange, type MasteryScale } from '../../../shared';

const WIDTH = 280;
const HEIGHT = 26;
const PAD = 8;
const BAR_TOP = 7;
const BAR_HEIGHT = 13;

/**
 * Where a skill is now against its target, as a bar across the class scale with the target
 * marked. Drawn in SVG, not CSS backgrounds, so it prints even when a printer skips backgrounds.
 */
export function LevelBar({
  current,
  target,
  scale,
}: {
  current: number | null;
  target: number;
  scale: MasteryScale;
}) {
  const range = scaleRange(scale);
  const min = Number.isFinite(range.min) ? range.min : 0;
  const max = Number.isFinite(range.max) && range.max > min ? range.max : min + 1;
  const x = (v: number) => PAD + ((Math.min(Math.max(v, min), max) - min) / (max - min)) * (WIDTH - 2 * PAD);
  const label =
    current === null
      ? `No level yet; the target is ${formatLevel(target)} on a scale from ${min} to ${max}.`
      : `Now ${formatLevel(current)}, target ${formatLevel(target)}, on a scale from ${min} to ${max}.`;
  return (
    <svg
      className="level-bar"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <rect
        className="level-bar-track"
        x={PAD}
        y={BAR_TOP}
        width={WIDTH - 2 * PAD}
        height={BAR_HEIGHT}
        rx={3}
      />
      {current !== null && current > min && (
        <rect
          className="level-bar-fill"
          x={PAD}
          y={BAR_TOP}
          width={x(current) - PAD}
          height={BAR_HEIGHT}
          rx={3}
        />
      )}
      {scale.levels.map((l) => (
        <line
          key={l.points}
          className="level-bar-tick"
          x1={x(l.points)}
          x2={x(l.points)}
          y1={BAR_TOP}
          y2={BAR_TOP + BAR_HEIGHT}
        />
      ))}
      <line className="level-bar-target" x1={x(target)} x2={x(target)} y1={1} y2={HEIGHT - 1} />
      <path
        className="level-bar-target-mark"
        d={`M ${x(target) - 5} 0 L ${x(target) + 5} 0 L ${x(target)} 6 Z`}
      />
    </svg>
  );
}
