import { useId } from 'react';
import type { MasteryLevel, MasteryScale } from '../../../shared';

/** Levels from the top down; the teacher picks which level counts as mastery. */
export function ScaleEditor({ scale, onChange }: { scale: MasteryScale; onChange: (scale: MasteryScale) => void }) {
  const id = useId();
  const setLevel = (i: number, patch: Partial<MasteryLevel>) =>
    onChange({ ...scale, levels: scale.levels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  return (
    <div>
      <table className="table compact" aria-label="Scale levels, highest first">
        <thead>
          <tr>
            <th scope="col">Points</th>
            <th scope="col">Label</th>
            <th scope="col">Color</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scale.levels.map((level, i) => (
            <tr key={i}>
              <td>
                <input
                  type="number"
                  step="any"
                  aria-label={`Points for level ${i + 1}`}
                  value={Number.isNaN(level.points) ? '' : level.points}
                  onChange={(e) => setLevel(i, { points: e.target.valueAsNumber })}
                />
              </td>
              <td>
                <input aria-label={`Label for level ${i + 1}`} value={level.label} onChange={(e) => setLevel(i, { label: e.target.value })} />
              </td>
              <td>
                <input type="color" aria-label={`Color for level ${i + 1}`} value={level.color} onChange={(e) => setLevel(i, { color: e.target.value })} />
              </td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={`Remove level ${level.label || i + 1}`}
                  disabled={scale.levels.length <= 2}
                  onClick={() => onChange({ ...scale, levels: scale.levels.filter((_, j) => j !== i) })}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          className="secondary small"
          disabled={scale.levels.length >= 10}
          onClick={() => {
            const lowest = scale.levels[scale.levels.length - 1]?.points ?? 1;
            onChange({ ...scale, levels: [...scale.levels, { points: lowest - 1, label: '', color: '#dddddd' }] });
          }}
        >
          Add a level below
        </button>
        <div className="field inline">
          <label htmlFor={id}>Mastery starts at</label>
          <select id={id} value={scale.masteryPoints} onChange={(e) => onChange({ ...scale, masteryPoints: Number(e.target.value) })}>
            {scale.levels.map((l, i) => (
              <option key={i} value={l.points}>
                {l.points} {l.label}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
