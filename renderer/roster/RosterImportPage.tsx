import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { detectRosterMapping, previewRoster, ROSTER_FIELDS, type RosterPreviewRow } from '../../shared';
import { db } from '../db/db';
import { importRoster } from '../db/rosterImport';
import { EncodingSelect } from '../ui/import/EncodingSelect';
import { MappingEditor } from '../ui/import/MappingEditor';
import { ProblemList } from '../ui/import/ProblemList';
import { useCsvPreview } from '../ui/import/useCsvPreview';
import { errorMessage, toast } from '../ui/toasts';

const PAGE = 500;

function RowStatus({ row }: { row: RosterPreviewRow }) {
  if (!row.accepted) return <span className="status status-error">Left out</span>;
  if (row.problems.length) return <span className="status status-warning">Check</span>;
  return <span className="status status-ok">OK</span>;
}

export function RosterImportPage() {
  const { classId = '' } = useParams();
  const cls = useLiveQuery(() => db.classes.get(classId), [classId]);
  const navigate = useNavigate();
  const csv = useCsvPreview(detectRosterMapping, previewRoster);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [busy, setBusy] = useState(false);

  const result = csv.result;
  const rows = (result?.rows ?? []).filter((r) => !onlyProblems || r.problems.length > 0);
  const leftOut = (result?.rows.length ?? 0) - (result?.acceptedCount ?? 0);

  const confirm = async () => {
    if (!result) return;
    setBusy(true);
    try {
      const accepted = result.rows.filter((r) => r.accepted);
      const outcome = await importRoster(classId, accepted);
      toast.success(
        `Imported ${accepted.length} students: ${outcome.created} new, ${outcome.matched} already on file.` +
          (leftOut ? ` ${leftOut} rows were left out.` : ''),
      );
      navigate(`/classes/${classId}`);
    } catch (error) {
      toast.error(`Nothing was imported: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page" aria-labelledby="import-title">
      <header className="page-header">
        <div>
          <h1 id="import-title">Import roster</h1>
          <p className="muted">into {cls?.name ?? '…'}</p>
        </div>
        <div className="actions">
          <button type="button" className={csv.file ? 'secondary' : undefined} onClick={() => void csv.choose('Choose a roster CSV')}>
            {csv.file ? 'Choose another file…' : 'Choose CSV file…'}
          </button>
          <Link className="button secondary" to={`/classes/${classId}`}>
            Cancel
          </Link>
        </div>
      </header>

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
          <div className="import-summary" role="status">
            <strong>{csv.file.name}</strong>: {result.rows.length} rows.{' '}
            <strong>{result.acceptedCount}</strong> will be imported
            {leftOut > 0 && (
              <>
                ; <strong>{leftOut}</strong> {leftOut === 1 ? 'has a problem and will be left out' : 'have problems and will be left out'}
              </>
            )}
            .
          </div>
          {csv.decoded?.invalidUtf8 && csv.encoding === 'auto' && (
            <div className="banner warning">
              Some characters in this file could not be read as UTF-8. If names with accents look wrong, choose
              Windows-1252 below.
            </div>
          )}
          <div className="import-controls">
            <MappingEditor fields={ROSTER_FIELDS} headers={csv.table.headers} mapping={csv.mapping ?? {}} onChange={csv.setMapping} />
            <EncodingSelect value={csv.encoding} onChange={csv.setEncoding} />
          </div>
          <ProblemList title="Problems" problems={result.problems} />
          <div className="toolbar">
            <h2 className="section-title">Preview</h2>
            <label className="checkbox">
              <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
              Only rows with problems
            </label>
          </div>
          <table className="table preview" aria-label="Import preview">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Status</th>
                <th scope="col">Last name</th>
                <th scope="col">First name</th>
                <th scope="col">Preferred</th>
                <th scope="col">Student ID</th>
                <th scope="col">Email</th>
                <th scope="col">Section</th>
                <th scope="col">Problems</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map((r) => (
                <tr key={r.line} className={r.accepted ? undefined : 'rejected'}>
                  <td className="mono">{r.line}</td>
                  <td>
                    <RowStatus row={r} />
                  </td>
                  <td>{r.familyName}</td>
                  <td>{r.givenName}</td>
                  <td>{r.preferredName}</td>
                  <td className="mono">{r.studentNumber}</td>
                  <td>{r.email}</td>
                  <td>{r.section}</td>
                  <td>{r.problems.map((p) => p.message).join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > shown && (
            <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, rows.length - shown)} more rows ({rows.length - shown} not shown)
            </button>
          )}
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
