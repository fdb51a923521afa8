import type { CutScores, MasteryScale } from '../../../shared';

export function CutScoresEditor({ cuts, scale, onChange }: { cuts: CutScores; scale: MasteryScale; onChange: (cuts: CutScores) => void }) {
  const set = (i: number, patch: Partial<CutScores[number]>) => onChange(cuts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div>
      <table className="table compact" aria-label="Cut scores, highest first">
        <thead>
          <tr>
            <th scope="col">From percent</th>
            <th scope="col">Level</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cuts.map((cut, i) => (
            <tr key={i}>
              <td>
                <input
                  type="number"
                  min={0}
                  max={100}
                  aria-label={`Lowest percent for cut ${i + 1}`}
                  value={Number.isNaN(cut.minPercent) ? '' : cut.minPercent}
                  onChange={(e) => set(i, { minPercent: e.target.valueAsNumber })}
                />
              </td>
              <td>
                <select aria-label={`Level for cut ${i + 1}`} value={cut.points} onChange={(e) => set(i, { points: Number(e.target.value) })}>
                  {scale.levels.map((l) => (
                    <option key={l.points} value={l.points}>
                      {l.points} {l.label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="secondary small" aria-label={`Remove cut ${i + 1}`} disabled={cuts.length <= 1} onClick={() => onChange(cuts.filter((_, j) => j !== i))}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="secondary small"
        onClick={() => onChange([...cuts, { minPercent: 0, points: scale.levels[scale.levels.length - 1]?.points ?? 1 }])}
      >
        Add a cut
      </button>
    </div>
  );
}
