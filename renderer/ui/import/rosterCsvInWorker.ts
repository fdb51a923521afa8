// The roster CSV's heavy steps, run in the import worker: the preview matched with the students
// on file, and the import itself. A district's file (100,000 rows, 100,000 students on file)
// takes seconds to match and a minute to write; on the window's thread that held it still for
// seconds at a time. Here the window only hears progress and gets the preview in slices.
import type { CsvTable } from '../../../shared/import/csvTable';
import { previewRoster, type RosterMapping, type RosterPreviewRow, type RosterRow } from '../../../shared/import/rosterCsv';
import { matchRoster, type RosterMatchResult } from '../../../shared/import/rosterMatch';
import {
  importRosterWithUndo,
  rosterOnFile,
  type RosterImportOptions,
  type RosterImportResult,
  type RosterImportUndo,
} from '../../db/rosterImport';

/** The matched preview, and the token that names it when the teacher imports it. */
export type RosterMatchedPreview = RosterMatchResult<RosterPreviewRow> & { token: number };

/**
 * What the import answers: the outcome and what Undo needs, its lists at the top level so they
 * come over in slices (100,000 added students make long lists of ids).
 */
export type RosterImported = { outcome: RosterImportResult & { conflicts: number } } & RosterImportUndo;

/**
 * The rows the file accepted in the last preview, kept here for the import: they never cross to
 * the window and back. The token says which preview they belong to, so the import of a preview
 * the teacher no longer sees (the mapping changed since) is refused rather than guessed.
 */
let kept: { token: number; classId: string; rows: RosterRow[] } | null = null;
let lastToken = 0;

/**
 * The file's rows checked, then matched with the students on file that they can match (read here,
 * from the database) and this class's enrollments, by the rules the import applies again.
 */
export async function previewRosterMatched(
  table: CsvTable,
  mapping: RosterMapping,
  classId: string,
): Promise<RosterMatchedPreview> {
  const preview = previewRoster(table, mapping);
  const onFile = await rosterOnFile(classId, preview.rows);
  const matched = matchRoster(preview, onFile, table.file);
  const token = ++lastToken;
  kept = { token, classId, rows: preview.rows.filter((r) => r.accepted) };
  return { ...matched, token };
}

/** Imports the rows kept from the preview named by `token` (see importRosterWithUndo: one transaction, all or nothing). */
export async function importKeptRoster(
  token: number,
  classId: string,
  options: Pick<RosterImportOptions, 'onProgress' | 'signal'>,
): Promise<RosterImported> {
  if (!kept || kept.token !== token || kept.classId !== classId) {
    throw new Error('The preview changed since it was shown. Check it again, then import.');
  }
  const { outcome, undo } = await importRosterWithUndo(classId, kept.rows, options);
  return { outcome, ...undo };
}
