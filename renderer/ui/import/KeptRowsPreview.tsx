import { memo, useEffect, useState } from 'react';
import { errorMessage, toast } from '../toasts';
import type { ImportWorkerClient } from './importWorkerClient';
import type { KeptRows } from './keptPreview';
import { PAGE, PROBLEMS_COLUMN, PreviewTable, type PreviewColumn, type PreviewRow, type PreviewStatus } from './PreviewTable';

type Props<R extends PreviewRow> = {
  worker: ImportWorkerClient;
  rows: KeptRows<R>;
  columns: PreviewColumn<R>[];
  status?: (row: R) => PreviewStatus;
  /** a Problems column and a filter to only the rows with problems */
  withProblems?: boolean;
  className?: string;
};

type Page<R> = { token: number; onlyProblems: boolean; rows: R[]; total: number };

/**
 * The first `shown` rows of a preview kept in the import worker: the first page came with the
 * preview, further pages (and the rows with problems) are asked of the worker as they are wanted.
 */
function useKeptPage<R extends PreviewRow>(worker: ImportWorkerClient, kept: KeptRows<R>, onlyProblems: boolean, shown: number) {
  const [page, setPage] = useState<Page<R> | null>(null);
  const inFirst = !onlyProblems && shown <= kept.first.length;
  useEffect(() => {
    if (inFirst) return;
    let current = true;
    worker.ask({ kind: 'rows', token: kept.token, from: 0, count: shown, onlyProblems }).then(
      (got) => current && setPage({ token: kept.token, onlyProblems, rows: got.rows as R[], total: got.total }),
      (error: unknown) => current && toast.error(`The rows could not be shown: ${errorMessage(error)}`),
    );
    return () => {
      current = false;
    };
  }, [worker, kept, onlyProblems, shown, inFirst]);
  if (inFirst) return { rows: kept.first.slice(0, shown), total: kept.total, loading: false };
  const fits = page && page.token === kept.token && page.onlyProblems === onlyProblems;
  if (fits) return { rows: page.rows, total: page.total, loading: page.rows.length < Math.min(shown, page.total) };
  return { rows: onlyProblems ? [] : kept.first.slice(0, shown), total: onlyProblems ? kept.withProblems : kept.total, loading: true };
}

function RowsPreview<R extends PreviewRow>({ worker, rows: kept, columns, status, withProblems = false, className }: Props<R>) {
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const { rows, total, loading } = useKeptPage(worker, kept, onlyProblems, shown);
  const notShown = total - rows.length;
  return (
    <>
      {withProblems && (
        <div className="toolbar">
          <h2 className="section-title">Preview</h2>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={onlyProblems}
              onChange={(e) => {
                setOnlyProblems(e.target.checked);
                setShown(PAGE);
              }}
            />
            Only rows with problems
          </label>
        </div>
      )}
      <PreviewTable
        rows={rows}
        columns={withProblems ? [...columns, PROBLEMS_COLUMN] : columns}
        status={status}
        className={className}
        paged={false}
      />
      {notShown > 0 && (
        <button type="button" className="secondary" disabled={loading} onClick={() => setShown(rows.length + PAGE)}>
          {loading
            ? 'Getting more rows…'
            : `Show ${Math.min(PAGE, notShown)} more rows (${notShown.toLocaleString('en-US')} not shown)`}
        </button>
      )}
    </>
  );
}

/** Drawn again only when its rows change, not at every progress step of an import on the same page. */
export const KeptRowsPreview = memo(RowsPreview) as typeof RowsPreview;
