import type { ImportProblem } from '../problems';

/** How many problems of one kind are listed one by one before they are only counted. */
const LISTED_PER_KIND = 50;

/**
 * Collects problems for one file. A kind that repeats (say, 40,000 items with no code) is listed
 * up to a limit and then summed up in one line, so the teacher sees a list they can read.
 */
export class ProblemSink {
  private readonly listed: ImportProblem[] = [];
  private readonly extra = new Map<string, { count: number; severity: ImportProblem['severity']; more: (n: number) => string }>();
  private readonly perKind = new Map<string, number>();

  constructor(private readonly file: string) {}

  add(
    kind: string,
    severity: ImportProblem['severity'],
    line: number | (() => number),
    message: string,
    more: (n: number) => string = (n) => `${n} more problems like the ones above are not listed one by one.`,
  ): void {
    const seen = this.perKind.get(kind) ?? 0;
    this.perKind.set(kind, seen + 1);
    if (seen < LISTED_PER_KIND) {
      const at = typeof line === 'function' ? line() : line;
      this.listed.push({ file: this.file, line: Number.isFinite(at) && at >= 1 ? Math.floor(at) : 1, severity, message });
      return;
    }
    const entry = this.extra.get(kind);
    if (entry) entry.count++;
    else this.extra.set(kind, { count: 1, severity, more });
  }

  /** Problems found by another reader (the CSV table), kept in among these. */
  include(problems: ImportProblem[]): void {
    this.listed.push(...problems);
  }

  get hasErrors(): boolean {
    return this.listed.some((p) => p.severity === 'error');
  }

  /** Listed problems in line order (stable), then one summary line per kind that overflowed. */
  finish(): ImportProblem[] {
    const sorted = this.listed
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
      .map(({ p }) => p);
    for (const { count, severity, more } of this.extra.values()) {
      sorted.push({ file: this.file, line: 1, severity, message: more(count) });
    }
    return sorted;
  }
}
