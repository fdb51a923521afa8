import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { detectSkillMapping, previewSkills, SKILL_FIELDS, type CsvTable, type SkillMapping } from '../../shared';
import { db } from '../db/db';
import { importSkills, listSkills } from '../db/skills';
import { EncodingSelect } from '../ui/import/EncodingSelect';
import { MappingEditor } from '../ui/import/MappingEditor';
import { ProblemList } from '../ui/import/ProblemList';
import { useCsvPreview } from '../ui/import/useCsvPreview';
import { errorMessage, toast } from '../ui/toasts';

export function SkillsImportPage() {
  const { frameworkId = '' } = useParams();
  const navigate = useNavigate();
  const framework = useLiveQuery(() => db.frameworks.get(frameworkId), [frameworkId]);
  const existingCodes = useLiveQuery(async () => (await listSkills(frameworkId)).map((s) => s.code), [frameworkId]);
  const preview = useCallback(
    (table: CsvTable, mapping: SkillMapping) => previewSkills(table, mapping, existingCodes ?? []),
    [existingCodes],
  );
  const csv = useCsvPreview(detectSkillMapping, preview);
  const [busy, setBusy] = useState(false);
  const result = csv.result;
  const leftOut = (result?.rows.length ?? 0) - (result?.acceptedCount ?? 0);

  const confirm = async () => {
    if (!result) return;
    setBusy(true);
    try {
      const rows = result.rows.filter((r) => r.accepted);
      const outcome = await importSkills(frameworkId, rows);
      toast.success(`Imported ${outcome.created} new skills and updated ${outcome.updated}.` + (leftOut ? ` ${leftOut} rows were left out.` : ''));
      navigate(`/skills/${frameworkId}`);
    } catch (error) {
      toast.error(`Nothing was imported: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page" aria-labelledby="skills-import-title">
      <header className="page-header">
        <div>
          <h1 id="skills-import-title">Import skills</h1>
          <p className="muted">into {framework?.title ?? '…'}</p>
        </div>
        <div className="actions">
          <button type="button" className={csv.file ? 'secondary' : undefined} onClick={() => void csv.choose('Choose a skills CSV')}>
            {csv.file ? 'Choose another file…' : 'Choose CSV file…'}
          </button>
          <Link className="button secondary" to={`/skills/${frameworkId}`}>
            Cancel
          </Link>
        </div>
      </header>
      {!csv.file && (
        <div className="empty">
          <h2>Bring in a list of skills</h2>
          <p>
            A CSV with a code (such as 6.RP.A.1), a statement and, for sub-skills, the parent&apos;s code. Rows may come in any
            order; a code that is already here is updated, not added twice.
          </p>
        </div>
      )}
      {csv.file && result && csv.table && (
        <>
          <div className="import-summary" role="status">
            <strong>{csv.file.name}</strong>: {result.rows.length} rows. <strong>{result.acceptedCount}</strong> will be imported
            {leftOut > 0 && (
              <>
                ; <strong>{leftOut}</strong> will be left out
              </>
            )}
            .
          </div>
          <div className="import-controls">
            <MappingEditor fields={SKILL_FIELDS} headers={csv.table.headers} mapping={csv.mapping ?? {}} onChange={csv.setMapping} />
            <EncodingSelect value={csv.encoding} onChange={csv.setEncoding} />
          </div>
          <ProblemList title="Problems" problems={result.problems} />
          <table className="table preview" aria-label="Import preview">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Status</th>
                <th scope="col">Code</th>
                <th scope="col">Statement</th>
                <th scope="col">Parent</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.line} className={r.accepted ? undefined : 'rejected'}>
                  <td className="mono">{r.line}</td>
                  <td>
                    {!r.accepted ? (
                      <span className="status status-error">Left out</span>
                    ) : r.existing ? (
                      <span className="status status-warning">Update</span>
                    ) : (
                      <span className="status status-ok">New</span>
                    )}
                  </td>
                  <td className="mono">{r.code}</td>
                  <td>{r.statement}</td>
                  <td className="mono">{r.parentCode}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="actions sticky-actions">
            <button type="button" disabled={busy || result.acceptedCount === 0} onClick={() => void confirm()}>
              {busy ? 'Importing…' : `Import ${result.acceptedCount} skills`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
