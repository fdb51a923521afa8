type Cell = string | number | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
// A spreadsheet set to split on `;` or tab (many European locales open a .csv that way) reads
// `Group 1,"Ana;=1+1;"` as the cells `Group 1,"Ana`, `=1+1` and `"`: quotes only protect a cell
// that starts a field, so a formula character right after one of these separators is neutralised
// too, the same way as at the start of the cell.
const FORMULA_AFTER_SEPARATOR = /([;\t\r\n])(?=[=+\-@\t\r])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  // Numbers are trusted as numbers; only text can smuggle in a formula.
  const text = String(cell);
  const started = FORMULA_START.test(text) ? `'${text}` : text;
  const safe = started.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF after every row, safe to open in a spreadsheet that splits on `,`, `;` or tab. */
export function toCsv(rows: Cell[][]): string {
  let out = '';
  for (const row of rows) out += row.map(cellText).join(',') + '\r\n';
  return out;
}
