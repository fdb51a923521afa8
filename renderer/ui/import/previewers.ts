import type { CsvTable } from '../../../shared/import/csvTable';
import { previewSkills } from '../../../shared/import/skillsCsv';
import { previewCanvasOutcomes } from '../../../shared/import/canvasOutcomes/preview';
import { previewRosterMatched } from './rosterCsvInWorker';
import { previewResultsRead } from './resultsInWorker';
import type { KeptPreview } from './keptPreview';

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
  results: previewResultsRead,
};

export type PreviewKind = keyof typeof PREVIEWERS;

type Previewer<K extends PreviewKind> = (typeof PREVIEWERS)[K];

export type MappingOf<K extends PreviewKind> =
  Parameters<Previewer<K>> extends [CsvTable, infer M, ...unknown[]] ? M : never;
export type ArgsOf<K extends PreviewKind> =
  Parameters<Previewer<K>> extends [CsvTable, unknown, ...infer A] ? A : never;
export type ResultOf<K extends PreviewKind> = Awaited<ReturnType<Previewer<K>>>;

/**
 * The previews whose rows stay in the worker (see keptPreview.ts): those of files that run to a
 * district's or a state's size (a school's assessment export is 100,000 scores). A Canvas
 * outcomes file is a few hundred rows, and its screen works over all of them.
 */
const KEEPS_ROWS = { roster: true, skills: true, canvasOutcomes: false, results: true } as const satisfies Record<PreviewKind, boolean>;

export const keepsRows = (kind: PreviewKind): boolean => KEEPS_ROWS[kind];

/** What the window gets of a preview: the rows themselves, or a kept preview's first page and token. */
export type ShownOf<K extends PreviewKind> = (typeof KEEPS_ROWS)[K] extends true ? KeptPreview<ResultOf<K>> : ResultOf<K>;

/** A preview that runs in the worker: which one, and its arguments (undefined: not ready yet, wait). */
export type OffThreadPreview<K extends PreviewKind> = { kind: K; args: ArgsOf<K> | undefined };

export function runPreviewer(kind: PreviewKind, table: CsvTable, mapping: unknown, args: unknown[]): Promise<object> | object {
  const previewer = PREVIEWERS[kind] as (table: CsvTable, mapping: unknown, ...rest: unknown[]) => Promise<object> | object;
  return previewer(table, mapping, ...args);
}
