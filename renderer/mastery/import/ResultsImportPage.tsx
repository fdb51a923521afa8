import { useCallback, useMemo, useState } from 'react';
import { useLive } from '../../db/live';
import { Link, useNavigate, useParams } from 'react-router';
import { displayName, scaleRange, plural } from '../../../shared';
import { planProfileRelevel } from '../../db/relevel';
import { detectResultsMapping, LONG_ONLY_FIELDS, RESULTS_FIELDS } from '../../../shared/import/resultsCsv';
import {
  BUILT_IN_PROFILE_TEMPLATES,
  matchProfile,
  profileForHeaders,
  type AssessmentProfile,
} from '../../../shared/import/profiles';
import { deleteEvidence } from '../../db/mastery';
import { readyWorkspace, useClassWorkspace } from '../../db/workspace';
import { ClassLoading, ClassMissing } from '../../ui/ClassLoading';
import { CsvImportHeader } from '../../ui/import/CsvImportHeader';
import { EncodingSelect } from '../../ui/import/EncodingSelect';
import { EncodingWarning } from '../../ui/import/EncodingWarning';
import { ImportSummary } from '../../ui/import/ImportSummary';
import { MappingEditor } from '../../ui/import/MappingEditor';
import { MoreProblems, ProblemList } from '../../ui/import/ProblemList';
import { useOffThreadCsvPreview } from '../../ui/import/useCsvPreview';
import { profileFor, type ResultsArgs, type ResultsImported } from '../../ui/import/resultsInWorker';
import { useImportRun } from '../../ui/import/useImportRun';
import { Field } from '../../ui/Field';
import { errorMessage, toast } from '../../ui/toasts';
import { ResultsPreviewTable } from './ResultsPreviewTable';
import { loadProfiles, saveProfiles } from './profilesStore';
import { ProfilesList } from './ProfilesList';
import { SaveProfileForm } from './SaveProfileForm';
import { SkillColumnsEditor } from './SkillColumnsEditor';
import { useDraftSkillNames } from './useDraftSkillNames';
import { DRAFT_CUTS_NOTE } from './LevelTablesEditor';

/** Today in the teacher's own time zone, as 'YYYY-MM-DD'. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}


const WIDE_FIELDS = RESULTS_FIELDS.filter((f) => !LONG_ONLY_FIELDS.includes(f.field));

export function ResultsImportPage() {
  const { classId = '' } = useParams();
  const navigate = useNavigate();
  // Only this class's workspace: loading until it is read, never the class shown before.
  const data = readyWorkspace(useClassWorkspace(classId));
  const cls = data?.cls;
  const [today] = useState(localToday);
  const [defaultDate, setDefaultDate] = useState(today);
  const [defaultSource, setDefaultSource] = useState('');
  const { busy, run } = useImportRun();
  const savedProfiles = useLive(loadProfiles, []);
  const profiles = useMemo(() => savedProfiles ?? [], [savedProfiles]);
  const [draft, setDraft] = useState<AssessmentProfile | null>(null);

  const codes = (data?.skills ?? []).map((s) => s.skill.code).join('\n');
  const detect = useCallback(
    (headers: string[]) => {
      const profile = profileFor(headers, profiles);
      return profile
        ? profileForHeaders(profile, headers).mapping
        : detectResultsMapping(headers, codes ? codes.split('\n') : []);
    },
    [codes, profiles],
  );
  // The preview runs in the import worker, which reads the scores already recorded itself (so the
  // same file imported twice adds nothing). While an import writes, the preview keeps the
  // arguments it was made with: the class changing under the write would start a new preview in
  // the worker, and that would take the place of the import under way.
  const liveArgs = useMemo<[ResultsArgs] | undefined>(
    () =>
      data && savedProfiles
        ? [
            {
              classId,
              students: data.students,
              skills: data.skills.map((s) => ({ id: s.skill.id, code: s.skill.code })),
              scale: data.settings.scale,
              cutScores: data.settings.cutScores,
              today,
              defaultDate,
              defaultSource,
              profiles,
            },
          ]
        : undefined,
    [classId, data, savedProfiles, profiles, today, defaultDate, defaultSource],
  );
  const [argsAtImport, setArgsAtImport] = useState<[ResultsArgs] | null>(null);
  const csv = useOffThreadCsvPreview(detect, 'results', argsAtImport ?? liveArgs);
  const result = csv.result;
  const skillNames = useDraftSkillNames(csv.worker, draft);
  const mapping = csv.mapping ?? {};
  const recognised = csv.table ? matchProfile(csv.table.headers, profiles) : null;
  const template =
    csv.table && !recognised ? matchProfile(csv.table.headers, BUILT_IN_PROFILE_TEMPLATES) : null;
  const startDraft = (from: AssessmentProfile | null) => {
    if (!csv.table) return;
    const headers = csv.table.headers;
    const base = from ? profileForHeaders(from, headers) : null;
    setDraft({
      ...(base ?? {}),
      id: recognised && from === recognised ? recognised.id : crypto.randomUUID(),
      name: base?.name ?? '',
      headersSignature: headers,
      mapping: from === template && base ? base.mapping : { ...mapping, skillColumns: result?.skillColumns ?? mapping.skillColumns },
      valueKind: base?.valueKind ?? (mapping.wideValues === 'percent' ? 'percent' : 'level'),
      defaultSource: defaultSource.trim() || base?.defaultSource || (csv.file?.name ?? '').replace(/\.(csv|tsv|txt)$/i, ''),
    });
  };
  const saveDraft = async (profile: AssessmentProfile) => {
    try {
      const exists = profiles.some((p) => p.id === profile.id);
      await saveProfiles(exists ? profiles.map((p) => (p.id === profile.id ? profile : p)) : [...profiles, profile]);
      csv.setMapping(profile.mapping);
      setDraft(null);
      toast.success(`Saved the profile '${profile.name}': files with these columns now import in one click.`);
      // Scores already imported keep the levels of the old table until the teacher re-levels them.
      const stale = exists ? await planProfileRelevel(profile) : null;
      if (stale?.changes.length) {
        const n = stale.changes.length;
        toast.info(
          `${plural(n, 'stored score')} would level differently with the new table and ${n === 1 ? 'keeps its' : 'keep their'} old level until you re-level: “Change the ${profile.valueKind === 'placement' ? 'placement table' : 'cut scores'}” under Profiles.`,
        );
      }
    } catch (error) {
      toast.error(`The profile was not saved: ${errorMessage(error)}`);
    }
  };
  const range = data ? scaleRange(data.settings.scale) : { min: 1, max: 4 };
  const rangeText = `${range.min} to ${range.max}`;

  const confirm = async () => {
    if (!result || !csv.file) return;
    const fileName = csv.file.name;
    const headers = csv.table?.headers ?? [];
    setArgsAtImport(argsAtImport ?? liveArgs ?? null);
    await run(async () => {
      // The scores stay in the worker that read them, and are written from there.
      const { ids, profileIds } = await csv.worker.run<ResultsImported>(
        { type: 'import-results', token: result.rows.token, classId },
        () => {},
      );
      // Scores levelled through a template keep its id: saved as a profile, its table can be changed later.
      const keptTemplate = template && profileIds.includes(template.id) ? template : null;
      if (keptTemplate) await saveProfiles([...profiles, profileForHeaders(keptTemplate, headers)]);
      const leftOut = result.rows.total - ids.length;
      toast.undoable(
        `Imported ${plural(ids.length, 'score')} from ${fileName}.` +
          (leftOut ? ` ${leftOut} left out.` : '') +
          (keptTemplate ? ` Saved the profile '${keptTemplate.name}' for next time.` : ''),
        async () => {
          await deleteEvidence(ids);
        },
      );
      navigate(`/classes/${classId}/tracker`);
    });
    setArgsAtImport(null);
  };

  if (data === undefined) return <ClassLoading />;
  if (data === null) return <ClassMissing />;

  const leftOut = (result?.rows.total ?? 0) - (result?.acceptedCount ?? 0);
  const lines = result?.lineCount ?? 0;
  const wide = result?.layout === 'wide';

  return (
    <section className="page" aria-labelledby="results-import-title">
      <CsvImportHeader
        titleId="results-import-title"
        title="Import results"
        into={cls?.name ?? '…'}
        fileChosen={!!csv.file}
        onChoose={() => void csv.choose('Choose a results CSV')}
        chooseDisabled={!data}
        cancelTo={`/classes/${classId}/tracker`}
      />

      {data && data.skills.length === 0 && (
        <div className="banner warning">
          This class tracks no skills yet, so no score can be matched: choose them under{' '}
          <Link to={`/classes/${classId}/skills`}>Tracked skills</Link> first.
        </div>
      )}

      {!csv.file && (
        <div className="empty">
          <h2>Bring in scores from a gradebook or quiz</h2>
          <p>
            Save the scores from your gradebook, quiz tool or spreadsheet as CSV. Each row is one score and
            needs three things: the <strong>student</strong> (their student ID, or their name as &quot;First
            Last&quot; or &quot;Last, First&quot;), the <strong>skill code</strong> (like{' '}
            {data?.skills[0]?.skill.code ?? '6.RP.A.1'}, as listed under Tracked skills), and the{' '}
            <strong>score</strong>: a level on your class scale ({rangeText}), a percent like 85%, or points
            like 18/20. A date, a source (the quiz or task) and a note are optional.
          </p>
          <p>
            A gradebook with one row per student and one column per skill works too: name each column by its
            skill code. Nothing is saved until you have checked the preview and pressed Import.
          </p>
        </div>
      )}

      {csv.file && result && csv.table && data && (
        <>
          {recognised && (
            <div className="banner info" role="note">
              Recognised as your profile &apos;{recognised.name}&apos;: its columns, values and skill codes are
              applied.
            </div>
          )}
          {template && (
            <div className="banner info" role="note">
              This looks like the {template.name} export, read below through its template. To give its
              domains your skill codes and keep the settings for next time:{' '}
              <button type="button" className="secondary" onClick={() => startDraft(template)}>
                Start a profile from this template…
              </button>
            </div>
          )}
          {(recognised ?? template)?.valueKind === 'scale_score' && (recognised ?? template)?.cutsDraft && (
            <div className="banner warning" role="note">
              {DRAFT_CUTS_NOTE} The scale scores are kept with each score: once you have checked the cuts (under
              Profiles, below), the levels can be worked out again.
            </div>
          )}
          <ImportSummary
            fileName={csv.file.name}
            counted={
              wide
                ? `${plural(lines, 'row')} with ${plural(result.rows.total, 'score')}`
                : plural(result.rows.total, 'row')
            }
            accepted={result.acceptedCount}
            leftOut={leftOut}
          />
          <EncodingWarning decoded={csv.decoded} encoding={csv.encoding} />
          <div className="import-controls">
            <MappingEditor
              fields={wide ? WIDE_FIELDS : RESULTS_FIELDS}
              headers={csv.table.headers}
              mapping={mapping}
              onChange={(m) =>
                csv.setMapping({ ...m, skillColumns: mapping.skillColumns, wideValues: mapping.wideValues })
              }
            />
            {(wide || mapping.skillCode === undefined) && !(recognised ?? template)?.strandColumns?.length && (
              <SkillColumnsEditor
                headers={csv.table.headers}
                mapping={mapping}
                skillColumns={result.skillColumns}
                scaleRange={rangeText}
                onChange={csv.setMapping}
              />
            )}
            <div className="results-defaults">
              <Field
                label="Date for rows without one"
                type="date"
                value={defaultDate}
                onChange={(e) => setDefaultDate(e.target.value)}
              />
              <Field
                label="Source for rows without one"
                value={defaultSource}
                placeholder={csv.file.name.replace(/\.(csv|tsv|txt)$/i, '')}
                onChange={(e) => setDefaultSource(e.target.value)}
              />
              <EncodingSelect value={csv.encoding} onChange={csv.setEncoding} detected={csv.decoded?.encoding} />
            </div>
          </div>
          {draft && !skillNames ? (
            <p className="muted" role="status">
              Reading the skill names in {csv.file.name}…
            </p>
          ) : draft && skillNames ? (
            <SaveProfileForm
              key={draft.id}
              draft={draft}
              skillNames={skillNames}
              scale={data.settings.scale}
              onSave={saveDraft}
              onCancel={() => setDraft(null)}
            />
          ) : (
            <div className="actions">
              <button type="button" className="secondary" onClick={() => startDraft(recognised)}>
                {recognised ? `Edit the profile '${recognised.name}'…` : 'Save this mapping as a profile…'}
              </button>
            </div>
          )}
          <ProblemList title="Problems" problems={result.problems} />
          <MoreProblems listed={result.problems.length} count={result.problemCount} />
          <ResultsPreviewTable worker={csv.worker} rows={result.rows} scale={data.settings.scale} />
          <div className="actions sticky-actions">
            <button
              type="button"
              disabled={busy || result.acceptedCount === 0}
              onClick={() => void confirm()}
            >
              {busy ? 'Importing…' : `Import ${plural(result.acceptedCount, 'score')}`}
            </button>
            <Link className="button secondary" to={`/classes/${classId}/tracker`}>
              Cancel
            </Link>
          </div>
        </>
      )}
      <ProfilesList
        profiles={profiles}
        scale={data.settings.scale}
        studentName={(id) => {
          const s = data.students.find((x) => x.id === id);
          return s ? displayName(s) : undefined;
        }}
        skillCode={(id) => data.skills.find((x) => x.skill.id === id)?.skill.code}
      />
    </section>
  );
}
