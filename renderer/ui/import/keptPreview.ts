// A big preview's rows stay in the import worker; the window gets counts, the first problems and
// the first page of rows, and asks for more pages as the teacher scrolls through them. A district's
// 100,000 matched rows or a 300,000-row skills file held on the window's thread made garbage
// collections of a third of a second there (bench district-import-frames), long enough to miss
// frames while nothing else was happening.
import type { ImportProblem } from '../../../shared/import/problems';
import type { PreviewRow } from './PreviewTable';

/** Rows sent with the preview itself: what the table draws at first (see PreviewTable's page). */
export const FIRST_ROWS = 100;
/** Problems sent with the preview: what a screen lists; each row still carries its own. */
export const PROBLEMS_SENT = 200;

/** Where the window finds a kept preview's rows: the first page, how many there are, and the token to ask for more. */
export type KeptRows<R> = {
  token: number;
  /** every row of the preview */
  total: number;
  /** the rows with at least one problem */
  withProblems: number;
  /** the first FIRST_ROWS rows */
  first: R[];
};

/** A preview with rows and problems, as the window gets it when its rows are kept in the worker. */
export type KeptPreview<P> = P extends { rows: (infer R)[]; problems: ImportProblem[] }
  ? Omit<P, 'rows' | 'problems'> & {
      rows: KeptRows<R>;
      /** the first PROBLEMS_SENT problems */
      problems: ImportProblem[];
      problemCount: number;
    }
  : never;

/** A page of rows: those asked for, and how many there are in all (with the same filter). */
export type RowsPage<R> = { rows: R[]; total: number };

type Kept = { token: number; rows: PreviewRow[]; withProblems: PreviewRow[] | null };

/** The last preview's rows: one screen, one worker, one preview on view at a time. */
let kept: Kept | null = null;
let lastToken = 0;

/** Keeps the preview's rows here and answers what the window needs to show it. */
export function keepPreview<P extends { rows: PreviewRow[]; problems: ImportProblem[] }>(preview: P): KeptPreview<P> {
  const token = ++lastToken;
  kept = { token, rows: preview.rows, withProblems: null };
  let withProblems = 0;
  for (const row of preview.rows) if (row.problems.length > 0) withProblems++;
  return {
    ...preview,
    rows: { token, total: preview.rows.length, withProblems, first: preview.rows.slice(0, FIRST_ROWS) },
    problems: preview.problems.slice(0, PROBLEMS_SENT),
    problemCount: preview.problems.length,
  } as unknown as KeptPreview<P>;
}

/** The rows of the preview named by `token`; an error in plain words if it is no longer the one kept. */
export function keptRows<R extends PreviewRow>(token: number): R[] {
  if (!kept || kept.token !== token) throw new Error('The preview changed since it was shown. Check it again, then import.');
  return kept.rows as R[];
}

/** `count` rows from `from`, of every row or only of those with problems. */
export function pageOfKept<R extends PreviewRow>(token: number, from: number, count: number, onlyProblems: boolean): RowsPage<R> {
  const all = keptRows<R>(token);
  let rows: PreviewRow[] = all;
  if (onlyProblems) {
    // Filtered once, the first time the teacher asks for only the rows with problems.
    kept!.withProblems ??= all.filter((r) => r.problems.length > 0);
    rows = kept!.withProblems;
  }
  return { rows: rows.slice(from, from + count) as R[], total: rows.length };
}
