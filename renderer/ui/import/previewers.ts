import type { CsvTable } from '../../../shared/import/csvTable';
import { previewSkills } from '../../../shared/import/skillsCsv';
import { previewCanvasOutcomes } from '../../../shared/import/canvasOutcomes/preview';
import { previewRosterMatched } from './rosterCsvInWorker';

/**
 * The previews that can run in the import worker, by name: a function cannot be posted to a
 * worker, a name and plain arguments can. Each takes the table, the mapping, then its own
 * arguments (such as the codes already in the framework). A preview may read the database (the
 * roster's is matched with the students on file, read in the worker).
 */
export const PREVIEWERS = {
  roster: previewRosterMatched,
  skills: previewSkills,
  canvasOutcomes: previewCanvasOutcomes,
};

export type PreviewKind = keyof typeof PREVIEWERS;

type Previewer<K extends PreviewKind> = (typeof PREVIEWERS)[K];

export type MappingOf<K extends PreviewKind> =
  Parameters<Previewer<K>> extends [CsvTable, infer M, ...unknown[]] ? M : never;
export type ArgsOf<K extends PreviewKind> =
  Parameters<Previewer<K>> extends [CsvTable, unknown, ...infer A] ? A : never;
export type ResultOf<K extends PreviewKind> = Awaited<ReturnType<Previewer<K>>>;

/** A preview that runs in the worker: which one, and its arguments (undefined: not ready yet, wait). */
export type OffThreadPreview<K extends PreviewKind> = { kind: K; args: ArgsOf<K> | undefined };

export function runPreviewer(kind: PreviewKind, table: CsvTable, mapping: unknown, args: unknown[]): Promise<object> | object {
  const previewer = PREVIEWERS[kind] as (table: CsvTable, mapping: unknown, ...rest: unknown[]) => Promise<object> | object;
  return previewer(table, mapping, ...args);
}
