// A block of cells copied from a spreadsheet and pasted on the tracker: one score per filled cell,
// from the cell it was pasted on, rightwards and downwards. Pure, so the rules are unit-tested.
import { parseScoreEntry, type CutScores, type MasteryScale } from '../../../shared';

export type PastedScore = { row: number; col: number; text: string; score: number; raw?: string };
export type PastedProblem = { row: number; col: number; text: string; message: string };
export type PastedBlock = {
  scores: PastedScore[];
  /** cells that hold something that is not a score: named, never dropped silently */
  problems: PastedProblem[];
  /** filled cells that fall outside the grid (past the last student or skill) */
  outside: number;
  rows: number;
  cols: number;
};

/** Spreadsheets copy tab-separated lines; a trailing line break ends the block, not a row. */
export function splitBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t').map((cell) => cell.trim()));
}

export function readPastedBlock(
  text: string,
  from: { row: number; col: number },
  size: { rows: number; cols: number },
  scale: MasteryScale,
  cuts: CutScores,
): PastedBlock {
  const cells = splitBlock(text);
  const out: PastedBlock = { scores: [], problems: [], outside: 0, rows: cells.length, cols: Math.max(0, ...cells.map((r) => r.length)) };
  cells.forEach((line, i) =>
    line.forEach((cell, j) => {
      if (cell === '') return;
      const row = from.row + i;
      const col = from.col + j;
      if (row >= size.rows || col >= size.cols) {
        out.outside++;
        return;
      }
      const parsed = parseScoreEntry(cell, scale, cuts);
      if (parsed.ok) out.scores.push({ row, col, text: cell, score: parsed.score, ...(parsed.raw ? { raw: parsed.raw } : {}) });
      else out.problems.push({ row, col, text: cell, message: parsed.message });
    }),
  );
  return out;
}
