import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { describeMethod, plural } from '../../shared';
import {
  detectCanvasOutcomeColumns,
  type CanvasOutcomeRow,
} from '../../shared/import/canvasOutcomes';
import { useLive } from '../db/live';
import { frameworksWithSources, importCanvasOutcomes } from '../db/skills';
import { CsvImportHeader } from '../ui/import/CsvImportHeader';
import { EncodingSelect } from '../ui/import/EncodingSelect';
import { MoreProblems, ProblemList } from '../ui/import/ProblemList';
import { PreviewTable, type PreviewColumn, type PreviewStatus } from '../ui/import/PreviewTable';
import { useOffThreadCsvPreview } from '../ui/import/useCsvPreview';
import { useImportRun } from '../ui/import/useImportRun';
import { toast } from '../ui/toasts';

const COLUMNS: PreviewColumn<CanvasOutcomeRow>[] = [
  { header: 'Kind', cell: (r) => (r.kind === 'group' ? 'Group' : 'Outcome') },
  { header: 'Code', cell: (r) => r.code, mono: true },
  { header: 'Statement', cell: (r) => r.statement },
  { header: 'In group', cell: (r) => r.parentGuid, mono: true },
  { header: 'Method', cell: (r) => (r.method ? describeMethod(r.method) : '') },
  {
    header: 'Ratings',
    cell: (r) =>
      r.ratings.length
        ? `${r.ratings.map((x) => `${x.points} ${x.description}`).join(', ')}${r.scale ? `; mastery ${r.scale.masteryPoints}` : ''}`
        : '',
  },
];

/** Columns are read by their Canvas names: the worker needs no other argument. */
const NO_ARGS: [] = [];

/** Problems listed at once; every row still carries its own in the preview. */
const PROBLEMS_LISTED = 200;

function outcomeStatus(row: CanvasOutcomeRow): PreviewStatus {
  if (row.deleted) return { tone: 'warning', label: 'Deleted: left out' };
  if (!row.accepted) return { tone: 'error', label: 'Left out' };
  if (row.problems.length) return { tone: 'warning', label: 'Check' };
  return { tone: 'ok', label: 'OK' };
}

/** A name for the framework: the file's one top group when it has one, else the file's name. */
function suggestedTitle(rows: CanvasOutcomeRow[], fileName: string): string {
  const tops = rows.filter((r) => r.accepted && r.kind === 'group' && !r.parentGuid);
  if (tops.length === 1) return tops[0]!.code;
  return `Canvas outcomes (${fileName.replace(/\.csv$/i, '')})`;
}


/** Canvas's own outcomes CSV as a new framework whose skills keep their calculation methods and ratings. */
export function CanvasOutcomesImportPage() {
  const navigate = useNavigate();
  const titleId = useId();
  const csv = useOffThreadCsvPreview(detectCanvasOutcomeColumns, 'canvasOutcomes', NO_ARGS);
  const { busy, run } = useImportRun();
  const [title, setTitle] = useState<{ for: string; value: string } | null>(null);
  const result = csv.result;
  const fileName = csv.file?.name ?? '';
  const suggested = result ? suggestedTitle(result.rows, fileName) : '';
  const name = title && title.for === fileName ? title.value : suggested;
  const leftOut = result ? result.rows.filter((r) => !r.accepted && !r.deleted).length : 0;
  const guids = useMemo(() => (result ? result.rows.filter((r) => r.accepted).map((r) => r.guid) : []), [result]);
  const already = useLive(() => frameworksWithSources(guids), [guids]);

  const confirm = async () => {
    if (!result || result.outcomeCount === 0) return;
    await run(async () => {
      const rows = result.rows.filter((r) => r.accepted);
      const outcome = await importCanvasOutcomes(name.trim() || suggested, rows);
      toast.success(
        `Imported ${plural(result.outcomeCount, 'outcome', 'outcomes')} in ${plural(result.groupCount, 'group', 'groups')} into ${name.trim() || suggested}.` +
          (leftOut ? ` ${plural(leftOut, 'row was', 'rows were')} left out.` : ''),
      );
      navigate(`/skills/${outcome.frameworkId}`);
    });
  };

  return (
    <section className="page" aria-labelledby="canvas-import-title">
      <CsvImportHeader
        titleId="canvas-import-title"
        title="Import Canvas outcomes"
        into="a new skills framework"
        fileChosen={!!csv.file}
        onChoose={() => void csv.choose('Choose a Canvas outcomes CSV')}
        cancelTo="/skills"
      />
      {!csv.file && (
        <div className="empty">
          <h2>Bring in your Canvas outcomes</h2>
          <p>
            In Canvas, open Outcomes and choose Export: the CSV lists outcome groups and outcomes with their
            calculation method and ratings. Groups become headings, outcomes become skills, and each outcome keeps
            its method, so a class that tracks it calculates mastery the way Canvas does.
          </p>
        </div>
      )}
      {csv.file && result && csv.table && (
        <>
          <div className="import-summary" role="status">
            <strong>{csv.file.name}</strong>: {plural(result.rows.length, 'row', 'rows')}.{' '}
            <strong>{plural(result.outcomeCount, 'outcome', 'outcomes')}</strong> in{' '}
            {plural(result.groupCount, 'group', 'groups')} will be imported
            {result.deletedCount > 0 && <>; {result.deletedCount} marked deleted in Canvas will be left out</>}
            {leftOut > 0 && (
              <>
                ; <strong>{leftOut}</strong> {leftOut === 1 ? 'has a problem' : 'have problems'} and will be left out
              </>
            )}
            .
          </div>
          {already && already.length > 0 && (
            <div className="banner warning">
              Outcomes of this file were imported before, into {already.map((f) => `"${f.title}"`).join(', ')}.
              Importing again makes a second, separate framework; to keep one, delete the other from the Skills
              library.
            </div>
          )}
          <div className="import-controls">
            <div className="field">
              <label htmlFor={titleId}>Framework name in Blendwise</label>
              <input
                id={titleId}
                value={name}
                onChange={(e) => setTitle({ for: fileName, value: e.target.value })}
              />
            </div>
            <EncodingSelect value={csv.encoding} onChange={csv.setEncoding} />
          </div>
          <p className="hint">
            Canvas&apos;s &quot;decaying_average&quot; is the rule Canvas now calls Weighted average (the latest score
            against the average of the earlier ones), so it shows here as Weighted average: the numbers stay the
            same as in Canvas.
          </p>
          <ProblemList title="Problems" problems={result.problems.slice(0, PROBLEMS_LISTED)} />
          <MoreProblems listed={PROBLEMS_LISTED} count={result.problems.length} />
          <PreviewTable rows={result.rows} columns={COLUMNS} status={outcomeStatus} />
          <div className="actions sticky-actions">
            <button type="button" disabled={busy || result.outcomeCount === 0} onClick={() => void confirm()}>
              {busy ? 'Importing…' : `Import ${plural(result.outcomeCount, 'outcome', 'outcomes')}`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
