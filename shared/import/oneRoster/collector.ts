import type { ImportProblem } from '../problems';
import { plural } from '../../words';

/** How many problems of one kind in one file are listed line by line before they are summed up. */
export const ROW_PROBLEM_LIMIT = 10;

/**
 * Gathers problems so a big file with one recurring fault gives a few lines and a count, not
 * thousands of rows, and a fault of a whole column is told once.
 */
export class ProblemList {
  private readonly list: ImportProblem[] = [];
  private readonly seen = new Set<string>();
  private readonly overflow = new Map<string, { file: string; severity: ImportProblem['severity']; count: number; line: number }>();
  private readonly counts = new Map<string, number>();

  add(file: string, line: number, severity: ImportProblem['severity'], message: string): void {
    this.list.push({ file, line, severity, message });
  }

  /** Adds the problem only the first time `key` is seen. */
  once(key: string, file: string, line: number, severity: ImportProblem['severity'], message: string): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.add(file, line, severity, message);
  }

  /** A problem of one row: the first few of a kind are listed, the rest are counted. */
  row(kind: string, file: string, line: number, severity: ImportProblem['severity'], message: string): void {
    const key = `${file}\u0000${kind}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    if (count <= ROW_PROBLEM_LIMIT) {
      this.add(file, line, severity, message);
      return;
    }
    const more = this.overflow.get(key);
    if (more) more.count++;
    else this.overflow.set(key, { file, severity, count: 1, line });
  }

  finish(): ImportProblem[] {
    for (const more of this.overflow.values()) {
      this.add(
        more.file,
        more.line,
        more.severity,
        `…and ${plural(more.count, 'more row')} in "${more.file}" with the same problem as above, from line ${more.line} on.`,
      );
    }
    this.overflow.clear();
    return this.list;
  }
}
