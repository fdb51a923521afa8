import { useState } from 'react';
import { useLive } from '../db/live';
import { Link, useNavigate, useParams } from 'react-router';
import { detectSkillMapping, plural, SKILL_FIELDS, type SkillPreviewRow } from '../../shared';
import { looksLikeCanvasOutcomes } from '../../shared/import/canvasOutcomes';
import { listSkills, getFramework } from '../db/skills';
import { CsvImportHeader } from '../ui/import/CsvImportHeader';
import { EncodingSelect } from '../ui/import/EncodingSelect';
import { MappingEditor } from '../ui/import/MappingEditor';
import { MoreProblems, ProblemList } from '../ui/import/ProblemList';
import { KeptRowsPreview } from '../ui/import/KeptRowsPreview';
import type { PreviewColumn, PreviewStatus } from '../ui/import/PreviewTable';
import { useOffThreadCsvPreview } from '../ui/import/useCsvPreview';
import { useImportRun } from '../ui/import/useImportRun';
import { toast } from '../ui/toasts';

const COLUMNS: PreviewColumn<SkillPreviewRow>[] = [
  { header: 'Code', cell: (r) => r.code, mono: true },
  { header: 'Statement', cell: (r) => r.statement },
  { header: 'Parent', cell: (r) => r.parentCode, mono: true },
];

/**
 * The most skills one framework takes. Standards for every subject and grade of a state come to a
 * few tens of thousands; far beyond that a file is not a list of skills (an item bank, a gradebook
 * export), and the skills and tracker screens would crawl through it.
 */
const MAX_FRAMEWORK_SKILLS = 50_000;

// A code already in the framework is updated in place, so the status says which rows are new.
function skillStatus(row: SkillPreviewRow): PreviewStatus {
  if (!row.accepted) return { tone: 'error', label: 'Left out' };
  return row.existing ? { tone: 'warning', label: 'Update' } : { tone: 'ok', label: 'New' };
}

export function SkillsImportPage() {
  const { frameworkId = '' } = useParams();
  const navigate = useNavigate();
  const framework = useLive(() => getFramework(frameworkId), [frameworkId]);
  const liveCodes = useLive(
    async () => (await listSkills(frameworkId)).map((s) => s.code),
    [frameworkId],
  );
  // While the import writes, the preview keeps the codes it was made with: new codes would start
  // a new preview in the worker, and that would take the place of the import under way.
  const [codesAtImport, setCodesAtImport] = useState<string[] | null>(null);
  const existingCodes = codesAtImport ?? liveCodes;
  // The preview runs in the import worker, once the codes already here are known.
  const csv = useOffThreadCsvPreview(
    detectSkillMapping,
    'skills',
    existingCodes ? [existingCodes] : undefined,
  );
  const { busy, run } = useImportRun();
  const result = csv.result;
  const leftOut = (result?.rows.total ?? 0) - (result?.acceptedCount ?? 0);
  const tooMany = !!result && result.acceptedCount + (existingCodes?.length ?? 0) > MAX_FRAMEWORK_SKILLS;

  const confirm = async () => {
    if (!result || tooMany) return;
    setCodesAtImport(existingCodes ?? []);
    await run(async () => {
      // The rows stay in the worker that read them, and are written from there.
      const outcome = await csv.worker.run<{ created: number; updated: number }>(
        { type: 'import-skills', token: result.rows.token, frameworkId },
        () => {},
      );
      toast.success(
        `Imported ${outcome.created} new skills and updated ${outcome.updated}.` +
          (leftOut ? ` ${leftOut} rows were left out.` : ''),
      );
      navigate(`/skills/${frameworkId}`);
    });
    setCodesAtImport(null);
  };

  return (
    <section className="page" aria-labelledby="skills-import-title">
      <CsvImportHeader
        titleId="skills-import-title"
        title="Import skills"
        into={framework?.title ?? '…'}
        fileChosen={!!csv.file}
        onChoose={() => void csv.choose('Choose a skills CSV')}
        cancelTo={`/skills/${frameworkId}`}
      />
      {!csv.file && (
        <div className="empty">
          <h2>Bring in a list of skills</h2>
          <p>
            A CSV with a code (such as 6.RP.A.1), a statement and, for sub-skills, the parent&apos;s code.
            Rows may come in any order; a code that is already here is updated, not added twice.
          </p>
        </div>
      )}
      {csv.file && result && csv.table && (
        <>
          <div className="import-summary" role="status">
            <strong>{csv.file.name}</strong>: {plural(result.rows.total, 'row')}.{' '}
            {tooMany ? (
              <>Too many skills for one framework: nothing will be imported.</>
            ) : (
              <>
                <strong>{result.acceptedCount.toLocaleString('en-US')}</strong> will be imported
                {leftOut > 0 && (
                  <>
                    ; <strong>{leftOut.toLocaleString('en-US')}</strong> will be left out
                  </>
                )}
                .
              </>
            )}
          </div>
          {looksLikeCanvasOutcomes(csv.table.headers) && (
            <div className="banner warning">
              This looks like Canvas&apos;s outcomes CSV. To keep each outcome&apos;s group, calculation method and
              ratings, <Link to="/skills-import/canvas">import it as Canvas outcomes</Link> instead.
            </div>
          )}
          <div className="import-controls">
            <MappingEditor
              fields={SKILL_FIELDS}
              headers={csv.table.headers}
              mapping={csv.mapping ?? {}}
              onChange={csv.setMapping}
            />
            <EncodingSelect value={csv.encoding} onChange={csv.setEncoding} detected={csv.decoded?.encoding} />
          </div>
          {tooMany && (
            <div className="banner warning" role="alert">
              This file holds {result.acceptedCount.toLocaleString('en-US')} skills, and a framework in
              Blendwise takes at most {MAX_FRAMEWORK_SKILLS.toLocaleString('en-US')}
              {existingCodes?.length
                ? ` (this one already has ${existingCodes.length.toLocaleString('en-US')})`
                : ''}
              , so nothing can be imported from it. Check that it is a list of skills; if it is, split it into
              smaller files (for example one per subject or grade) and import each into its own framework.
            </div>
          )}
          <ProblemList title="Problems" problems={result.problems} />
          <MoreProblems listed={result.problems.length} count={result.problemCount} />
          <KeptRowsPreview worker={csv.worker} rows={result.rows} columns={COLUMNS} status={skillStatus} />
          <div className="actions sticky-actions">
            <button
              type="button"
              disabled={busy || tooMany || result.acceptedCount === 0}
              onClick={() => void confirm()}
            >
              {busy ? 'Importing…' : `Import ${plural(result.acceptedCount, 'skill')}`}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
