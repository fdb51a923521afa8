import { useEffect, useRef, useState } from 'react';
import { useLive } from '../db/live';
import { Link, useNavigate, useParams } from 'react-router';
import { countOf, detectRosterMapping, plural, ROSTER_FIELDS } from '../../shared';
import { ROSTER_MATCH_LABELS, type RosterMatchCounts, type RosterMatchedRow } from '../../shared/import/rosterMatch';
import { undoRosterImport } from '../db/rosterImport';
import type { JobProgress } from '../ui/import/importWorkerProtocol';
import type { RosterImported } from '../ui/import/rosterCsvInWorker';
import { CsvImportHeader } from '../ui/import/CsvImportHeader';
import { EncodingSelect } from '../ui/import/EncodingSelect';
import { EncodingWarning } from '../ui/import/EncodingWarning';
import { ImportSummary } from '../ui/import/ImportSummary';
import { MappingEditor } from '../ui/import/MappingEditor';
import { MoreProblems, ProblemList } from '../ui/import/ProblemList';
import { KeptRowsPreview } from '../ui/import/KeptRowsPreview';

import type { PreviewColumn } from '../ui/import/PreviewTable';
import { useOffThreadCsvPreview } from '../ui/import/useCsvPreview';
import { useImportRun } from '../ui/import/useImportRun';
import { toast } from '../ui/toasts';
import { getClass } from '../db/classes';

const COLUMNS: PreviewColumn<RosterMatchedRow>[] = [
  {
    header: 'Match',
    cell: (r) => (
      <>
        <strong className={`roster-match roster-match-${r.match.status}`}>{ROSTER_MATCH_LABELS[r.match.status]}</strong>
        {r.note && <span className="small-text"> {r.note}</span>}
      </>
    ),
  },
  { header: 'Last name', cell: (r) => r.familyName },
  { header: 'First name', cell: (r) => r.givenName },
  { header: 'Preferred', cell: (r) => r.preferredName },
  { header: 'Student ID', cell: (r) => r.studentNumber, mono: true },
  { header: 'Email', cell: (r) => r.email },
  { header: 'Section', cell: (r) => r.section },
];

export function RosterImportPage() {
  const { classId = '' } = useParams();
  const cls = useLive(() => getClass(classId), [classId]);
  const navigate = useNavigate();
  // Read, previewed and matched with the students on file in the import worker, and imported
  // there too: a district's roster must not freeze the window.
  const csv = useOffThreadCsvPreview(detectRosterMapping, 'roster', [classId]);
  const { busy, run } = useImportRun();

  const result = csv.result;
  const leftOut = (result?.rows.total ?? 0) - (result?.acceptedCount ?? 0);
  const [saving, setSaving] = useState<JobProgress | null>(null);
  const stop = useRef<AbortController | null>(null);
  // Leaving the page stops an import under way: it then writes nothing (the worker ends with the page).
  useEffect(() => () => stop.current?.abort(), []);

  const confirm = async () => {
    if (!result) return;
    const controller = new AbortController();
    stop.current = controller;
    const worker = csv.worker;
    controller.signal.addEventListener('abort', () => worker.abort());
    setSaving({ step: STEP_WORDS.matching, fraction: 0, count: 0, total: result.acceptedCount });
    await run(async () => {
      try {
        // The rows the file accepted, kept in the worker: the import matches them again, in its
        // transaction, by the same rules.
        const { outcome, ...undo } = await worker.run<RosterImported>(
          { type: 'import-roster', token: result.token, classId },
          setSaving,
        );
        const count = outcome.created + outcome.matched;
        const out = leftOut || outcome.conflicts;
        toast.undoable(
          `Imported ${plural(count, 'student')}: ${outcome.created.toLocaleString('en-US')} new, ${outcome.matched.toLocaleString('en-US')} already on file.` +
            (out ? ` ${plural(out, 'row was', 'rows were')} left out.` : ''),
          () => undoRosterImport(undo),
        );
        navigate(`/classes/${classId}`);
      } catch (error) {
        if (!controller.signal.aborted) throw error;
        toast.info('Stopped the import. Nothing was imported.');
      } finally {
        setSaving(null);
        stop.current = null;
      }
    });
  };

  return (
    <section className="page" aria-labelledby="import-title">
      <CsvImportHeader
        titleId="import-title"
        title="Import roster"
        into={cls?.name ?? '…'}
        fileChosen={!!csv.file}
        onChoose={() => void csv.choose('Choose a roster CSV')}
        cancelTo={`/classes/${classId}`}
      />

      {!csv.file && (
        <div className="empty">
          <h2>Bring in your class list</h2>
          <p>
            Export the roster from your school system or gradebook as CSV. Blendwise finds the columns (first and last
            name, or &quot;Last, First&quot; in one column; student ID; email; class or section), shows every row before
            anything is saved, and never adds a student twice.
          </p>
        </div>
      )}

      {csv.file && result && csv.table && (
        <>
          <ImportSummary
            fileName={csv.file.name}
            counted={plural(result.rows.total, 'row')}
            accepted={result.acceptedCount}
            leftOut={leftOut}
          />
          <MatchSummary counts={result.counts} />
          <EncodingWarning decoded={csv.decoded} encoding={csv.encoding} />
          <div className="import-controls">
            <MappingEditor fields={ROSTER_FIELDS} headers={csv.table.headers} mapping={csv.mapping ?? {}} onChange={csv.setMapping} />
            <EncodingSelect value={csv.encoding} onChange={csv.setEncoding} detected={csv.decoded?.encoding} />
          </div>
          <ProblemList title="Problems" problems={result.problems} />
          <MoreProblems listed={result.problems.length} count={result.problemCount} />
          <KeptRowsPreview worker={csv.worker} rows={result.rows} columns={COLUMNS} withProblems />
          {saving && <SavingProgress progress={saving} onCancel={() => stop.current?.abort()} />}
          <div className="actions sticky-actions">
            <button type="button" disabled={busy || result.acceptedCount === 0} onClick={() => void confirm()}>
              {busy ? 'Importing…' : `Import ${plural(result.acceptedCount, 'student')}`}
            </button>
            <Link className="button secondary" to={`/classes/${classId}`}>
              Cancel
            </Link>
          </div>
        </>
      )}
    </section>
  );
}

const SUMMARY_WORDS = {
  new: 'new',
  in_class: 'already in the class',
  joins: 'on file, joining the class',
  by_name: 'matched by name (check)',
  conflict: 'conflict',
} as const;

/** "2 new · 1 already in the class · 2 conflicts": what the import will do, before it does it. */
function MatchSummary({ counts }: { counts: RosterMatchCounts }) {
  const parts = (Object.keys(SUMMARY_WORDS) as (keyof typeof SUMMARY_WORDS)[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${SUMMARY_WORDS[s]}${s === 'conflict' && counts[s] > 1 ? 's' : ''}`);
  if (parts.length === 0) return null;
  return (
    <p className="import-match-summary" aria-label="Who the rows are">
      {parts.join(' · ')}
    </p>
  );
}

/** The words of the import's first step, before the worker says more (the worker names the steps). */
const STEP_WORDS = { matching: 'Matching the rows with the students on file' } as const;

/** "Saving the students… 40 % (40,000 of 100,000)" with Cancel, while an import runs. */
function SavingProgress({ progress, onCancel }: { progress: JobProgress; onCancel: () => void }) {
  const percent = progress.fraction === null ? 0 : Math.min(100, Math.floor(progress.fraction * 100));
  const label = `${progress.step}…`;
  return (
    <div className="banner import-progress" role="group" aria-label="Importing the roster">
      <div className="import-progress-text">
        <strong>{label}</strong> <span>{percent} %</span>{' '}
        <span className="muted">
          ({countOf(progress.count ?? 0, progress.total ?? 0)})
        </span>
      </div>
      <progress aria-label={label} max={100} value={percent} />
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
