import { useLive } from '../db/live';
import { Link, useNavigate, useParams } from 'react-router';
import { detectRosterMapping, previewRoster, ROSTER_FIELDS, type RosterPreviewRow } from '../../shared';
import { importRoster } from '../db/rosterImport';
import { CsvImportHeader } from '../ui/import/CsvImportHeader';
import { EncodingSelect } from '../ui/import/EncodingSelect';
import { EncodingWarning } from '../ui/import/EncodingWarning';
import { ImportSummary } from '../ui/import/ImportSummary';
import { MappingEditor } from '../ui/import/MappingEditor';
import { ProblemList } from '../ui/import/ProblemList';
import { ProblemRowsPreview } from '../ui/import/ProblemRowsPreview';
import type { PreviewColumn } from '../ui/import/PreviewTable';
import { useCsvPreview } from '../ui/import/useCsvPreview';
import { useImportRun } from '../ui/import/useImportRun';
import { toast } from '../ui/toasts';
import { getClass } from '../db/classes';

const COLUMNS: PreviewColumn<RosterPreviewRow>[] = [
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
  const csv = useCsvPreview(detectRosterMapping, previewRoster);
  const { busy, run } = useImportRun();

  const result = csv.result;
  const leftOut = (result?.rows.length ?? 0) - (result?.acceptedCount ?? 0);

  const confirm = async () => {
    if (!result) return;
    await run(async () => {
      const accepted = result.rows.filter((r) => r.accepted);
      const outcome = await importRoster(classId, accepted);
      toast.success(
        `Imported ${accepted.length} students: ${outcome.created} new, ${outcome.matched} already on file.` +
          (leftOut ? ` ${leftOut} rows were left out.` : ''),
      );
      navigate(`/classes/${classId}`);
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
            counted={`${result.rows.length} ${result.rows.length === 1 ? 'row' : 'rows'}`}
            accepted={result.acceptedCount}
            leftOut={leftOut}
          />
          <EncodingWarning decoded={csv.decoded} encoding={csv.encoding} />
          <div className="import-controls">
            <MappingEditor fields={ROSTER_FIELDS} headers={csv.table.headers} mapping={csv.mapping ?? {}} onChange={csv.setMapping} />
            <EncodingSelect value={csv.encoding} onChange={csv.setEncoding} />
          </div>
          <ProblemList title="Problems" problems={result.problems} />
          <ProblemRowsPreview rows={result.rows} columns={COLUMNS} />
          <div className="actions sticky-actions">
            <button type="button" disabled={busy || result.acceptedCount === 0} onClick={() => void confirm()}>
              {busy ? 'Importing…' : `Import ${result.acceptedCount} students`}
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
