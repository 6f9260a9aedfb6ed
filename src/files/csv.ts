// CSV text as RFC 4180 describes it, written so Excel opens it cleanly (a
// UTF-8 byte order mark, or £ turns into mojibake) and read back forgivingly.

/** A cell: numbers stay numbers so Excel can add them up; null is an empty cell. */
export type CsvCell = string | number | null;

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';
/** Text Excel would run as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that would start a formula gets a leading apostrophe, so Excel shows it as text. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteIfNeeded(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One field: numbers plain (no £, no separators), text guarded and quoted. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quoteIfNeeded(guardFormula(cell));
}

/**
 * The whole file: every row padded to the same number of fields (RFC 4180
 * asks for it, and pandas or R refuse ragged files), CRLF line ends, a BOM.
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const lines = rows.map((row) => Array.from({ length: width }, (_, i) => csvField(row[i] ?? null)).join(','));
  return BYTE_ORDER_MARK + lines.map((line) => line + LINE_END).join('');
}

/**
 * Rows of fields from CSV text: quoted fields may hold commas, doubled
 * quotes and line breaks; CRLF, LF or CR line ends; a BOM is ignored.
 * Blank lines are kept as empty rows so row numbers match the spreadsheet.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') inQuotes = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') inQuotes = true;
    else if (ch === ',') endField();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
