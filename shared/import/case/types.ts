import type { ImportProblem } from '../problems';

/** One item of an imported framework; `parentIdentifier` null means top level. */
export type FrameworkImportSkill = {
  identifier: string;
  code: string;
  statement: string;
  parentIdentifier: string | null;
  type: string;
  educationLevel: string;
};

/** A standards framework read from a CASE package or an OpenSALT CSV export. */
export type FrameworkImport = {
  framework: { identifier: string; title: string; creator: string };
  /** Tree order: every parent comes before its children, siblings in the document's order. */
  skills: FrameworkImportSkill[];
  problems: ImportProblem[];
};

/** More items than any real framework holds; beyond it the rest is left out with an error. */
export const CASE_MAX_ITEMS = 200_000;
