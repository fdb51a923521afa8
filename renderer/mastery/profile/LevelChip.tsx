import type { MasteryLevel } from '../../../shared';
import { textOn } from './profileData';

/** A level's colour with its name always written on it: colour is never the only cue. */
export function LevelChip({
  level,
  empty = 'No result yet',
}: {
  level: MasteryLevel | null;
  empty?: string;
}) {
  if (!level) return <span className="level-chip level-chip-none">{empty}</span>;
  return (
    <span className="level-chip" style={{ background: level.color, color: textOn(level.color) }}>
      {level.label}
    </span>
  );
}
