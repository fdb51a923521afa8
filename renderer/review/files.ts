import { readPlanBundle, type OpenedFile, type PlanBundle } from '../../shared';

/** The text of a picked file (UTF-8; a broken byte becomes U+FFFD, which the readers then refuse). */
export function fileText(file: OpenedFile): string {
  return new TextDecoder('utf-8').decode(file.data);
}

/** The picked plan files that open as bundles, and for each one that does not, why in plain words. */
export function readPlanFiles(files: readonly OpenedFile[]): {
  bundles: PlanBundle[];
  problems: { file: string; problem: string }[];
} {
  const bundles: PlanBundle[] = [];
  const problems: { file: string; problem: string }[] = [];
  for (const file of files) {
    const read = readPlanBundle(fileText(file));
    if (read.ok) bundles.push(read.bundle);
    else problems.push({ file: file.name, problem: read.problem });
  }
  return { bundles, problems };
}
