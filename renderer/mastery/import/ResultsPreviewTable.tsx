import { useState } from 'react';
import { levelFor, type MasteryScale } from '../../../shared';
import type { ResultsPreviewRow } from '../../../shared/import/resultsCsv';

const PAGE = 500;

function RowStatus({ row }: { row: ResultsPreviewRow }) {
  if (!row.accepted) return <span className="status status-error">Left out</span>;
  if (row.problems.length) return <span className="status status-warning">Check</span>;
  return <span className="status status-ok">OK</span>;
}

/** Every score the file would record, in file order, the rows with problems marked. */
export function ResultsPreviewTable({ rows, scale }: { rows: ResultsPreviewRow[]; scale: MasteryScale }) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const visible = rows.filter((r) => !onlyProblems || r.problems.length > 0);
  return (
    <>
      <div className="toolbar">
        <h2 className="section-title">Preview</h2>
        <label className="checkbox">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
          Only rows with problems
        </label>
      </div>
      <table className="table preview results-preview" aria-label="Import preview">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Status</th>
            <th scope="col">Student</th>
            <th scope="col">Skill</th>
            <th scope="col">Score</th>
            <th scope="col">Original</th>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {visible.slice(0, shown).map((r, i) => (
            <tr key={`${r.line}-${r.skillCode}-${i}`} className={r.accepted ? undefined : 'rejected'}>
              <td className="mono">{r.line}</td>
              <td>
                <RowStatus row={r} />
              </td>
              <td>{r.studentLabel}</td>
              <td className="mono">{r.skillCode}</td>
              <td>{r.score === null ? '' : `${r.score} · ${levelFor(r.score, scale)?.label ?? ''}`}</td>
              <td className="mono">{r.raw}</td>
              <td className="mono">{r.date}</td>
              <td>{r.source}</td>
              <td>{r.problems.map((p) => p.message).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {visible.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} more rows ({visible.length - shown} not shown)
        </button>
      )}
    </>
  );
}
