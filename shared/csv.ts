type Cell = string | number | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  // Numbers are trusted as numbers; only text can smuggle in a formula.
  const text = String(cell);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF after every row, safe to open in a spreadsheet. */
export function toCsv(rows: Cell[][]): string {
  let out = '';
  for (const row of rows) out += row.map(cellText).join(',') + '\r\n';
  return out;
}
