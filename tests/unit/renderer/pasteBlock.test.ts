import { describe, expect, it } from 'vitest';
import { DEFAULT_CUT_SCORES, DEFAULT_SCALE } from '../../../shared';
import { readPastedBlock, splitBlock } from '../../../renderer/mastery/tracker/pasteBlock';

describe('a block pasted on the tracker', () => {
  it('splits a spreadsheet copy into rows and cells, a trailing line break ending it', () => {
    expect(splitBlock('3\t2\r\n1\t\n')).toEqual([
      ['3', '2'],
      ['1', ''],
    ]);
  });

  it('gives a score per filled cell from the cell pasted on, names what is not a score and counts what falls outside', () => {
    const block = readPastedBlock('3\t85%\n\tabsent\n4\t18/20\t2', { row: 1, col: 2 }, { rows: 3, cols: 4 }, DEFAULT_SCALE, DEFAULT_CUT_SCORES);
    expect(block.rows).toBe(3);
    expect(block.cols).toBe(3);
    expect(block.scores.map((s) => [s.row, s.col, s.text])).toEqual([
      [1, 2, '3'],
      [1, 3, '85%'],
    ]);
    expect(block.scores[1]!.raw).toBe('85%');
    expect(block.problems).toEqual([{ row: 2, col: 3, text: 'absent', message: expect.stringContaining('absent') }]);
    // the third line is past the last student (rows 0..2)
    expect(block.outside).toBe(3);
  });
});
