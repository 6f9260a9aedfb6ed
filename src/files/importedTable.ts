// A table being imported (importTables.ts): its header and rows, readers
// for cells as people type them, and problems placed by row and column.
import type { z } from 'zod';
import type { Cell, Table } from './spreadsheetFile';

/** One thing wrong, by its place in the file as the user sees it (rows count from 1, the header included). */
export interface ImportProblem {
  table: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

interface Place {
  row: number | null;
  column: string | null;
}

/** Where a figure of the n-th imported band or service sits; field is its path inside it, e.g. `unitCost`, `population/3`. */
export interface TableLocator {
  table: string;
  /** ageBands or services */
  list: 'ageBands' | 'services';
  locate(index: number, field: string): Place;
}

/** "Services row 4, column Unit cost (£ a year): must be a unit cost in £ from 0 to £1,000,000,000, got the text "abc"". */
export function importProblemLine(problem: ImportProblem): string {
  const where = [
    problem.table === null ? null : problem.table + (problem.row === null ? '' : ` row ${problem.row}`),
    problem.column === null ? null : `column ${problem.column}`,
  ].filter((part) => part !== null);
  return where.length === 0 ? problem.message : `${where.join(', ')}: ${problem.message}`;
}

// ---- reading cells -------------------------------------------------------

export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell).trim();
}

export const isBlank = (cell: Cell) => cellText(cell) === '';
const isBlankRow = (row: Cell[]) => row.every(isBlank);

/** Text or nothing: an empty cell leaves an optional field out. */
export function optionalText(cell: Cell): string | undefined {
  const text = cellText(cell);
  return text === '' ? undefined : text;
}

const THOUSANDS = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?%?$/;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * A number as people type it ("£2,088", "2%", "1.5e3", "+20"); anything else is
 * handed on unchanged so the schema can say what it got.
 */
export function numberFrom(cell: Cell): unknown {
  if (typeof cell !== 'string') return cell === null ? undefined : cell;
  const text = cell.trim();
  if (text === '') return undefined;
  let compact = text.replace(/£/g, '').replace(/\s+/g, '');
  if (THOUSANDS.test(compact)) compact = compact.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(compact)) return text;
  return compact.endsWith('%') ? Number(compact.slice(0, -1)) / 100 : Number(compact);
}

/** Yes/No, True/False (Excel's TRUE), 1/0. */
export function booleanFrom(cell: Cell): unknown {
  if (typeof cell === 'boolean' || cell === null) return cell ?? undefined;
  const text = cellText(cell).toLowerCase();
  if (text === '') return undefined;
  if (['yes', 'y', 'true', '1'].includes(text)) return true;
  if (['no', 'n', 'false', '0'].includes(text)) return false;
  return cellText(cell);
}

/** 2025, "2025/26", "2025-26", "2025/2026" → 2025; anything else → null. */
export function yearFrom(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1900 && cell <= 2200 ? cell : null;
  const match = /^(\d{4})(?:\s*[/\-\u2013]\s*(\d{2}|\d{4}))?$/.exec(cellText(cell));
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2];
  if (end === undefined) return start;
  const follows = end.length === 2 ? Number(end) === (start + 1) % 100 : Number(end) === start + 1;
  return follows ? start : null;
}

// ---- tables --------------------------------------------------------------

export interface HeaderedTable {
  name: string;
  headerRow: number;
  header: string[];
  /** Data rows with their spreadsheet row numbers; blank rows left out. */
  body: Array<{ row: number; cells: Cell[] }>;
}

/** The first row with anything in it is the header. */
export function withHeader(table: Table, displayName: string): HeaderedTable | null {
  const headerIndex = table.rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex < 0) return null;
  const body = table.rows
    .slice(headerIndex + 1)
    .map((cells, i) => ({ row: headerIndex + i + 2, cells }))
    .filter(({ cells }) => !isBlankRow(cells));
  return { name: displayName, headerRow: headerIndex + 1, header: table.rows[headerIndex].map(cellText), body };
}

/** A column with neither a header nor anything under it: a stray one, not worth a problem. */
export function isEmptyColumn(table: HeaderedTable, column: number): boolean {
  return table.header[column] === '' && table.body.every(({ cells }) => isBlank(cells[column] ?? null));
}

export interface Parsed<T> {
  items: T[];
  problems: ImportProblem[];
  locator: TableLocator;
}

export function problemAt(locator: TableLocator, index: number, field: string, message: string): ImportProblem {
  return { table: locator.table, ...locator.locate(index, field), message };
}

export function headerProblem(table: HeaderedTable, column: string | null, message: string): ImportProblem {
  return { table: table.name, row: table.headerRow, column, message };
}

/** Each row through the schema, its problems placed by the locator. */
export function validateRows<T>(schema: z.ZodType<T>, raws: unknown[], locator: TableLocator): { items: T[]; problems: ImportProblem[] } {
  const items: T[] = [];
  const problems: ImportProblem[] = [];
  raws.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) items.push(result.data);
    else problems.push(...result.error.issues.map((issue) => problemAt(locator, index, issue.path.map(String).join('/'), issue.message)));
  });
  return { items, problems };
}

export const unknownColumn = (table: HeaderedTable, column: number, expected: string) =>
  headerProblem(table, table.header[column] || `${column + 1}`, `is not a column Upstream knows here; expected ${expected}`);
