// The results CSV's heavy steps, run in the import worker: the preview, checked against the
// scores the class already has (read here, from the database), and the import itself. A school's
// assessment export (100,000 rows) held the window still for ten seconds on its thread, and a
// year of one class's weekly scores (17,000 rows) for most of a second while it was written.
import type { CsvTable } from '../../../shared/import/csvTable';
import {
  previewResults,
  type ResultsContext,
  type ResultsMapping,
  type ResultsPreview,
  type ResultsPreviewRow,
} from '../../../shared/import/resultsCsv';
import {
  BUILT_IN_PROFILE_TEMPLATES,
  matchProfile,
  previewWithProfile,
  profileForHeaders,
  profileSkillNames,
  type AssessmentProfile,
} from '../../../shared/import/profiles';
import { evidenceForClass } from '../../db/evidence';
import { addEvidence, type NewEvidence } from '../../db/mastery';
import { keptRows } from './keptPreview';

/** What the preview needs from the window: the class, the teacher's choices and profiles. The scores already here are read in the worker. */
export type ResultsArgs = Omit<ResultsContext, 'existing'> & { classId: string; profiles: AssessmentProfile[] };

/** The preview, and how many of the file's lines it read scores from (a wide row holds several). */
export type ResultsPreviewRead = ResultsPreview & { lineCount: number };

/** What the import answers: the new scores' ids (for Undo) and the profiles that levelled them. */
export type ResultsImported = { ids: string[]; profileIds: string[] };

/** The teacher's own profile for these headers, else a built-in template's reading of them. */
export const profileFor = (headers: string[], profiles: AssessmentProfile[]): AssessmentProfile | null =>
  matchProfile(headers, profiles) ?? matchProfile(headers, BUILT_IN_PROFILE_TEMPLATES);

export async function previewResultsRead(
  table: CsvTable,
  mapping: ResultsMapping,
  args: ResultsArgs,
): Promise<ResultsPreviewRead> {
  const { classId, profiles, ...known } = args;
  // What is already recorded, so importing the same file twice adds nothing (this class's only).
  const ctx: ResultsContext = { ...known, existing: await evidenceForClass(classId) };
  const profile = profileFor(table.headers, profiles);
  const preview = profile
    ? previewWithProfile(table, { ...profileForHeaders(profile, table.headers), mapping }, ctx)
    : previewResults(table, mapping, ctx);
  return { ...preview, lineCount: new Set(preview.rows.map((r) => r.line)).size };
}

/** What a score keeps of where it came from, so it can be levelled again from its raw value. */
function originOf(r: ResultsPreviewRow): Pick<NewEvidence, 'origin'> {
  const origin = {
    ...(r.profileId ? { profileId: r.profileId } : {}),
    ...(r.grade ? { grade: r.grade } : {}),
    ...(r.ref ? { ref: r.ref } : {}),
  };
  return Object.keys(origin).length ? { origin } : {};
}

/** The accepted rows of a preview, as scores of the class. */
function scoresToImport(rows: ResultsPreviewRow[], classId: string): NewEvidence[] {
  return rows
    .filter((r) => r.accepted && r.studentId && r.skillId)
    .map((r) => ({
      classId,
      studentId: r.studentId!,
      skillId: r.skillId!,
      score: r.score,
      date: r.date,
      source: r.source,
      note: r.note,
      ...(r.raw ? { raw: r.raw } : {}),
      ...originOf(r),
    }));
}

/** Imports the accepted scores of the preview kept under `token`: one transaction, all or nothing. */
export async function importKeptResults(token: number, classId: string): Promise<ResultsImported> {
  const rows = keptRows<ResultsPreviewRow>(token);
  const records = await addEvidence(scoresToImport(rows, classId));
  const profileIds = new Set<string>();
  for (const r of rows) if (r.accepted && r.profileId) profileIds.add(r.profileId);
  return { ids: records.map((r) => r.id), profileIds: [...profileIds] };
}

/** The skill names a profile being drafted reads from the file (its columns, or the values of its strand or skill column). */
export function skillNamesIn(table: CsvTable | null, profile: AssessmentProfile): string[] {
  if (!table) throw new Error('The file is no longer at hand: choose it again.');
  return profileSkillNames(table, profile);
}
