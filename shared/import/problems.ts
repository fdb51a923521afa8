/**
 * Something an import could not take as it is. `line` is the 1-based line in the file (1 is the
 * header); `message` is in plain words and says what the teacher can do about it.
 */
export type ImportProblem = { file: string; line: number; severity: 'error' | 'warning'; message: string };
