// CSV text as RFC 4180 describes it, written so Excel opens it cleanly (a
// UTF-8 byte order mark, or £ turns into mojibake) and read back forgivingly,
// whatever the separator and decimal mark of the locale that wrote it.
import Papa from 'papaparse';

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

export type CsvDelimiter = ',' | ';' | '\t';

/** The first line's fields outside quotes: enough to tell the separator. */
function firstLineOutsideQuotes(text: string): string {
  const line = text.split(/\r\n|\n|\r/).find((candidate) => candidate.trim() !== '') ?? '';
  return line.replace(/"[^"]*"/g, '');
}

/**
 * The separator, judged by the first line that has anything: a tab means a
 * paste from a spreadsheet; otherwise semicolons outnumbering commas mean a
 * CSV from Excel set to a European locale (its decimal mark is the comma).
 */
export function guessDelimiter(text: string): CsvDelimiter {
  const line = firstLineOutsideQuotes(text);
  if (line.includes('\t')) return '\t';
  const count = (mark: string) => line.split(mark).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Rows of fields from CSV text, comma, semicolon or tab separated (papaparse,
 * RFC 4180 quoting): quoted fields may hold separators, doubled quotes and
 * line breaks; CRLF, LF or CR line ends; a BOM is ignored. Blank lines are
 * kept as empty rows so row numbers match the spreadsheet.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = guessDelimiter(text)): string[][] {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const rows = Papa.parse<string[]>(source, { delimiter, skipEmptyLines: false }).data;
  // A final line end ends the last row; it does not start another.
  if (/[\r\n]$/.test(source) && rows.length > 0 && rows[rows.length - 1].join('') === '') rows.pop();
  return source === '' ? [] : rows;
}

// ---- decimal commas ------------------------------------------------------

/** A number written with a decimal comma and perhaps point or space thousands: "1.234,5", "1234,5", "1 234,5 %". */
const COMMA_DECIMAL = /^([£€]?\s*-?)((?:\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+|\d+),\d+)(\s*%?)$/;
/** A number written with a decimal point and perhaps comma thousands: "1,234.5", "1234.5". */
const POINT_DECIMAL = /^[£€]?\s*-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+\s*%?$/;
/** Whole thousands with a point or space between: "1.234", "10 000". */
const THOUSANDS_ONLY = /^([£€]?\s*-?)(\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+)(\s*%?)$/;
/** "1,234" or "1.234": thousands in one locale, a decimal in the other, so no evidence either way. */
const EITHER_WAY = /^[£€]?\s*-?\d{1,3}[.,]\d{3}\s*%?$/;

/**
 * Which decimal mark a table's numbers use. A semicolon file is Excel's
 * European CSV (comma); a comma file cannot use one. A tab-separated paste
 * could be either, so its numbers decide.
 */
function decimalMarkOf(rows: string[][], delimiter: CsvDelimiter): ',' | '.' {
  if (delimiter !== '\t') return delimiter === ';' ? ',' : '.';
  let commas = 0;
  let points = 0;
  for (const cell of rows.flat()) {
    const text = cell.trim();
    if (EITHER_WAY.test(text)) continue;
    if (COMMA_DECIMAL.test(text)) commas += 1;
    else if (POINT_DECIMAL.test(text)) points += 1;
  }
  return commas > points ? ',' : '.';
}

/** "1.234,5" → "1234.5", keeping any £, € or %; any other text is left as it is. */
function withDecimalPoint(cell: string): string {
  const match = COMMA_DECIMAL.exec(cell.trim()) ?? THOUSANDS_ONLY.exec(cell.trim());
  if (!match) return cell;
  return `${match[1]}${match[2].replace(/[.\s\u00a0\u202f]/g, '').replace(',', '.')}${match[3]}`;
}

/**
 * A CSV file or a pasted table as rows of fields, its numbers written with a
 * decimal point whichever locale wrote them, so "1.234,5" from a European
 * Excel reads as 1234.5 just as "1,234.5" does.
 */
export function readCsvTable(text: string): string[][] {
  const delimiter = guessDelimiter(text);
  const rows = parseCsv(text, delimiter);
  return decimalMarkOf(rows, delimiter) === ',' ? rows.map((row) => row.map(withDecimalPoint)) : rows;
}
