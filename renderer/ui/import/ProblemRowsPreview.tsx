import { memo, useMemo, useState } from 'react';
import { PAGE, PROBLEMS_COLUMN, PreviewTable, type PreviewColumn, type PreviewRow } from './PreviewTable';

type Props<R extends PreviewRow> = {
  rows: R[];
  columns: PreviewColumn<R>[];
  className?: string;
};

/** The preview of a long file: each row's problems in its last column, a filter to only those rows, and pages. */
function RowsPreview<R extends PreviewRow>({ rows, columns, className }: Props<R>) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const visible = useMemo(() => (onlyProblems ? rows.filter((r) => r.problems.length > 0) : rows), [rows, onlyProblems]);
  return (
    <>
      <div className="toolbar">
        <h2 className="section-title">Preview</h2>
        <label className="checkbox">
          <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
          Only rows with problems
        </label>
      </div>
      <PreviewTable rows={visible.slice(0, shown)} columns={[...columns, PROBLEMS_COLUMN]} className={className} paged={false} />
      {visible.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} more rows ({visible.length - shown} not shown)
        </button>
      )}
    </>
  );
}

/**
 * Drawn again only when its rows change: the page around it re-renders at every progress step of
 * an import, and a district's 100,000 rows filtered each time filled the window's memory.
 */
export const ProblemRowsPreview = memo(RowsPreview) as typeof RowsPreview;
