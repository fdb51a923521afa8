import Papa from 'papaparse';
import type { ImportProblem } from './problems';

export type CsvTable = {
  file: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
  problems: ImportProblem[];
};

const REPLACEMENT_CHAR = '\uFFFD';

const DELIMITERS = [',', ';', '\t'] as const;

const PROGRESS_EVERY = 5000;

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Picks the delimiter the header line uses most, outside quotes. Papa's own guess needs
 * consistent counts over several rows and gives up on short files with a trailing blank line.
 */
function guessDelimiter(input: string): string {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let seenText = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] ?? '';
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n') {
      if (seenText) break;
    } else if ((DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    else if (ch.trim() !== '') seenText = true;
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Reads a spreadsheet export into a header and rows, each row knowing the line it starts on so
 * problems can point the teacher at it. Never throws: what it cannot read becomes a problem.
 */
export function readCsvTable(
  text: string,
  file: string,
  /** told every few thousand rows how far the reading is: characters read of all, rows so far */
  onProgress?: (read: number, total: number, rows: number) => void,
): CsvTable {
  const table: CsvTable = { file, headers: [], rows: [], problems: [] };
  const problem = (line: number, severity: ImportProblem['severity'], message: string) =>
    table.problems.push({ file, line, severity, message });

  // Papa drops one leading BOM itself, which would shift its offsets: none must be left for it.
  // One newline kind makes line counting a plain count of '\n', whatever the file mixed.
  const input = String(text ?? '')
    .replace(/^\uFEFF+/, '')
    .replace(/\r\n?/g, '\n');

  let headerLine = 0;
  let rowStart = 0;
  let counted = 0;
  let line = 1;
  const onRow = (cells: string[], errors: Papa.ParseError[], cursor: number) => {
    // Offsets only move forward, so counting from the last row keeps the whole file O(n).
    for (
      let at = input.indexOf('\n', counted);
      at !== -1 && at < rowStart;
      at = input.indexOf('\n', at + 1)
    ) {
      line++;
    }
    counted = rowStart;
    rowStart = cursor;
    if (isBlank(cells)) return;

    if (cells.some((c) => c.includes(REPLACEMENT_CHAR))) {
      problem(
        line,
        'error',
        `This row has characters that could not be read (the file is probably not saved as UTF-8): save it as 'CSV UTF-8' and import again.`,
      );
    }
    if (errors.some((e) => e.type === 'Quotes')) {
      problem(
        line,
        'warning',
        'A quotation mark (") on this line is not closed where expected, so cells may have run together: check the quotes on this line.',
      );
    }
    if (headerLine === 0) {
      headerLine = line;
      table.headers = cells.map((h) => h.trim());
      return;
    }
    const padded = cells.length < table.headers.length ? [...cells] : cells;
    while (padded.length < table.headers.length) padded.push('');
    table.rows.push({ line, cells: padded });
    if (onProgress && table.rows.length % PROGRESS_EVERY === 0) onProgress(cursor, input.length, table.rows.length);
  };

  try {
    Papa.parse<string[]>(input, {
      header: false,
      newline: '\n',
      delimiter: guessDelimiter(input),
      step: (result) => onRow(result.data, result.errors, result.meta.cursor),
    });
  } catch {
    problem(
      line,
      'error',
      'The file could not be read as a table: save it from the spreadsheet as CSV and import again.',
    );
    return table;
  }

  if (headerLine === 0) {
    problem(
      1,
      'error',
      `"${file}" is empty: choose the file that holds the list, or check that it was saved.`,
    );
  } else if (table.rows.length === 0) {
    problem(
      headerLine,
      'error',
      `"${file}" has column names but no rows under them: add the rows and import again.`,
    );
  }
  return table;
}
