import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { coachSummary, coachSummaryRows, countOf, REVIEW_STATUS_WORDS, toCsv, type ReviewStatus, plural } from '../../shared';
import { bridge, isDesktop } from '../bridge';
import { useLive } from '../db/live';
import { deleteReview, getReviewerName, restoreReview, setReviewerName } from '../db/reviews';
import { errorMessage, toast } from '../ui/toasts';
import { CoachOverviewTable } from './CoachOverviewTable';
import { CoachSummaryPanel } from './CoachSummaryPanel';
import { outcomeWords, takeFolderFiles, type FolderFile } from './folderFiles';
import { filterRows, loadOverviewRows, sortRows, type Filters, type OverviewRow, type Sort } from './overviewRows';
import { contentsWords, RemoveReviewDialog, reviewContents, type ReviewContents } from './RemoveReviewDialog';
import { ReviewFolder } from './ReviewFolder';
import './coachOverview.css';

const STATUSES = Object.keys(REVIEW_STATUS_WORDS) as ReviewStatus[];

/** The filters in the address (?teacher=…&status=…), so the print view shows the same plans. */
export function filtersOf(params: URLSearchParams): Filters {
  const status = params.get('status') ?? '';
  return { teacher: params.get('teacher') ?? '', status: (STATUSES as string[]).includes(status) ? (status as ReviewStatus) : '' };
}

const alreadyWords = (n: number) => (n > 0 ? `${plural(n, 'plan was', 'plans were')} already open.` : '');

/** Review mode: the coach's overview of every plan opened from teachers' exports, and the summary across them. */
export function ReviewsPage() {
  const rows = useLive(() => loadOverviewRows(), []);
  const savedName = useLive(() => getReviewerName(), []);
  const [typed, setName] = useState<string | null>(null);
  const name = typed ?? savedName ?? '';
  const [problems, setProblems] = useState<{ file: string; problem: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const [removing, setRemoving] = useState<{ id: string; title: string; contents: ReviewContents } | null>(null);
  const [sort, setSort] = useState<Sort>({ key: 'date', dir: 'desc' });
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const setFilter = (key: keyof Filters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const teachers = useMemo(() => [...new Set((rows ?? []).map((r) => r.teacher))].sort((a, b) => a.localeCompare(b)), [rows]);
  const shown = useMemo(() => sortRows(filterRows(rows ?? [], filters), sort), [rows, filters.teacher, filters.status, sort]); // eslint-disable-line react-hooks/exhaustive-deps -- filters is rebuilt from params each render
  const summary = useMemo(() => coachSummary(shown), [shown]);

  /** Picked plans (and, for a teacher, reviews of their own plans) opened; a single new plan opens straight away. */
  const openPicked = async (files: FolderFile[]) => {
    const outcome = await takeFolderFiles(files, { openBundles: true, reviewer: name.trim() });
    setProblems(outcome.problems);
    const { opened } = outcome;
    const only = opened.length === 1 ? opened[0] : undefined;
    const words =
      only && outcome.landed.length === 0
        ? only.outcome === 'same'
          ? `“${only.title}” is already open for review.`
          : `Opened “${only.title}” for review.`
        : [outcomeWords(outcome), alreadyWords(opened.filter((o) => o.outcome === 'same').length)].filter(Boolean).join(' ');
    if (words) toast.success(words);
    // The same file opened again goes to the review already written, comments and all.
    if (only && outcome.problems.length === 0 && outcome.landed.length === 0) navigate(`/reviews/${only.id}`);
  };

  const open = async () => {
    setBusy(true);
    try {
      const files = await bridge.openFiles({
        title: 'Open plans for review',
        filters: [{ name: 'Blendwise plan', extensions: ['blendwise'] }],
        multiple: true,
      });
      if (files.length === 0) return;
      await openPicked(files.map((f) => ({ folder: '', file: f.name, data: f.data })));
    } catch (e) {
      setProblems([{ file: 'The file', problem: errorMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };

  const pickedFolder = async (files: FolderFile[]) => {
    setBusy(true);
    try {
      await openPicked(files);
    } catch (e) {
      setProblems([{ file: 'The folder', problem: errorMessage(e) }]);
    } finally {
      setBusy(false);
    }
  };

  // File -> Open Plan for Review… arrives here with ?open=1: open the picker once.
  const openAsked = params.get('open') === '1';
  useEffect(() => {
    if (!openAsked) return;
    const later = setTimeout(() => {
      const next = new URLSearchParams(params);
      next.delete('open');
      setParams(next, { replace: true });
      void open();
    }, 0);
    return () => clearTimeout(later);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per menu command
  }, [openAsked]);

  const remove = async ({ id, title, contents }: { id: string; title: string; contents: ReviewContents }) => {
    setRemoving(null);
    try {
      const removed = await deleteReview(id);
      const message = `Removed the review of “${title}” with ${contentsWords(contents)}.`;
      if (removed) toast.undoable(message, () => restoreReview(removed));
      else toast.success(message);
    } catch (e) {
      toast.error(`The review was not removed: ${errorMessage(e)}`);
    }
  };

  const exportCsv = async () => {
    try {
      const suggestedName = `Coach summary ${new Date().toISOString().slice(0, 10)}.csv`;
      const result = await bridge.saveFile({
        title: 'Export the summary',
        suggestedName,
        data: toCsv(coachSummaryRows(summary)),
        filters: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
      });
      if (result.saved) toast.success(`Exported ${suggestedName}.`);
    } catch (e) {
      toast.error(`The summary was not exported: ${errorMessage(e)}`);
    }
  };

  const askRemove = (r: OverviewRow) => setRemoving({ id: r.reviewId, title: r.title, contents: reviewContents([...r.lookFors], r.commentCount) });

  return (
    <section className="page rv-page" aria-labelledby="rv-title">
      <header className="page-header">
        <div>
          <h1 id="rv-title">Reviews</h1>
          <p className="muted">Open the plans teachers exported, comment on them and rate the look-fors, then send each review back.</p>
        </div>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void open()}>
            Open plan for review…
          </button>
          {!isDesktop && <ReviewFolder busy={busy} onPicked={pickedFolder} />}
        </div>
      </header>

      <div className="field rv-name">
        <label htmlFor="rv-reviewer">Your name</label>
        <input
          id="rv-reviewer"
          value={name}
          maxLength={200}
          onChange={(e) => {
            setName(e.target.value);
            void setReviewerName(e.target.value);
          }}
        />
        <small className="hint">Teachers see it on the reviews you send them.</small>
      </div>
      {isDesktop && <ReviewFolder busy={busy} onPicked={pickedFolder} />}


      {problems.length > 0 && (
        <div className="banner warning" role="alert">
          <p>{problems.length === 1 ? 'This file was not opened:' : 'These files were not opened:'}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{p.file}</strong>: {p.problem}
              </li>
            ))}
          </ul>
        </div>
      )}

      {rows === undefined ? null : rows.length === 0 ? (
        <p className="muted">No plans to review yet. A teacher exports one with “Export…” in the plan editor.</p>
      ) : (
        <>
          <div className="cs-toolbar" role="group" aria-label="Filter and share">
            <div className="field inline">
              <label htmlFor="cs-teacher">Teacher</label>
              <select id="cs-teacher" value={filters.teacher} onChange={(e) => setFilter('teacher', e.target.value)}>
                <option value="">All teachers</option>
                {teachers.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </div>
            <div className="field inline">
              <label htmlFor="cs-status">Status</label>
              <select id="cs-status" value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
                <option value="">Any status</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {REVIEW_STATUS_WORDS[s]}
                  </option>
                ))}
              </select>
            </div>
            <p className="small-text muted cs-count" aria-live="polite">
              {shown.length === rows.length ? plural(rows.length, 'plan') : countOf(shown.length, rows.length, 'plan')}
            </p>
            <div className="actions">
              <button type="button" className="secondary" onClick={() => void exportCsv()} disabled={shown.length === 0}>
                Export summary (CSV)
              </button>
              <Link className="button secondary" to={`/reviews/summary${params.toString() ? `?${params.toString()}` : ''}`}>
                Print summary
              </Link>
            </div>
          </div>
          {shown.length === 0 ? (
            <p className="muted">No plan matches these filters.</p>
          ) : (
            <CoachOverviewTable rows={shown} sort={sort} onSort={setSort} onRemove={askRemove} />
          )}
          <CoachSummaryPanel summary={summary} />
        </>
      )}
      <RemoveReviewDialog
        what={`your review of “${removing?.title ?? ''}”`}
        contents={removing?.contents ?? null}
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
