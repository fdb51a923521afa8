import { useState, type ReactNode } from 'react';
import type { ImportProblem } from '../../../shared';

/** What every import preview row carries: where it stands in the file, and whether it goes in. */
export type PreviewRow = { line: number; accepted: boolean; problems: ImportProblem[] };

export type PreviewColumn<R> = { header: string; cell: (row: R) => ReactNode; mono?: boolean };

export type PreviewStatus = { tone: 'ok' | 'warning' | 'error'; label: string };

/** Goes in as it is, goes in but is worth a look, or stays out. */
export function checkStatus(row: PreviewRow): PreviewStatus {
  if (!row.accepted) return { tone: 'error', label: 'Left out' };
  if (row.problems.length) return { tone: 'warning', label: 'Check' };
  return { tone: 'ok', label: 'OK' };
}

/**
 * Rows drawn at once: a 300,000-row file previews its first rows, the rest behind a button. 50:
 * drawing 100 rows of a district's file took 60 ms of script and 60 ms of layout in one frame
 * (bench district-import-frames); 500 took a third of a second.
 */
export const PAGE = 50;

/** The last column of a long file's preview: each row's problems in words. */
export const PROBLEMS_COLUMN: PreviewColumn<PreviewRow> = {
  header: 'Problems',
  cell: (r) => r.problems.map((p) => p.message).join(' '),
};

type Props<R extends PreviewRow> = {
  rows: R[];
  /** the file's own columns, between the line and status and anything the caller adds after */
  columns: PreviewColumn<R>[];
  status?: (row: R) => PreviewStatus;
  className?: string;
  /** false: draw every row given (the caller pages them itself) */
  paged?: boolean;
};

/** A row per line of the file (or per score, where a line holds several), with its status. */
export function PreviewTable<R extends PreviewRow>({
  rows,
  columns,
  status = checkStatus,
  className,
  paged = true,
}: Props<R>) {
  const [pageShown, setShown] = useState(PAGE);
  const shown = paged ? pageShown : rows.length;
  const visible = rows.length > shown ? rows.slice(0, shown) : rows;
  return (
    <>
      <table
        className={className ? `table preview ${className}` : 'table preview'}
        aria-label="Import preview"
      >
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Status</th>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((r, i) => {
            const { tone, label } = status(r);
            return (
              <tr key={`${r.line}-${i}`} className={r.accepted ? undefined : 'rejected'}>
                <td className="mono">{r.line}</td>
                <td>
                  <span className={`status status-${tone}`}>{label}</span>
                </td>
                {columns.map((c) => (
                  <td key={c.header} className={c.mono ? 'mono' : undefined}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more rows (
          {(rows.length - shown).toLocaleString('en-US')} not shown)
        </button>
      )}
    </>
  );
}
