// A CSV or .xlsx file as plain tables of cells, whichever the user picked:
// the file's first bytes say which it is, not its name.
import type { CellValue, Worksheet } from 'exceljs';
import { readCsvTable } from './csv';
import { loadExcelJs } from './excelLibrary';

export type Cell = string | number | boolean | null;

/** One sheet (or a whole CSV file); rows[0] is spreadsheet row 1. */
export interface Table {
  name: string;
  rows: Cell[][];
}

export type SpreadsheetResult = { ok: true; tables: Table[] } | { ok: false; reason: string };

export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLD_EXCEL_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** Excel's "CSV" on Windows is often Windows-1252, where £ is one byte that is not UTF-8. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function plainCell(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return value.result === undefined ? null : plainCell(value.result as CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

function sheetRows(sheet: Worksheet): Cell[][] {
  return Array.from({ length: sheet.rowCount }, (_, r) => {
    const row = sheet.getRow(r + 1);
    return Array.from({ length: sheet.columnCount }, (_, c) => plainCell(row.getCell(c + 1).value));
  });
}

async function workbookTables(bytes: Uint8Array): Promise<SpreadsheetResult> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The workbook could not be read; it may be damaged or password-protected (${detail}).` };
  }
  return { ok: true, tables: workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) })) };
}

/** The tables in a CSV or .xlsx file, or why they cannot be read. */
export async function readSpreadsheet(data: ArrayBuffer | Uint8Array, fileName: string): Promise<SpreadsheetResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) {
    return { ok: false, reason: `The file is ${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MB; files to import can be at most 20 MB.` };
  }
  if (bytes.byteLength === 0) return { ok: false, reason: 'The file is empty.' };
  if (startsWith(bytes, ZIP_SIGNATURE)) return workbookTables(bytes);
  if (startsWith(bytes, OLD_EXCEL_SIGNATURE)) {
    return { ok: false, reason: 'This is an old-style Excel .xls file; in Excel use Save As to save it as an .xlsx workbook or as CSV, then import that.' };
  }
  return { ok: true, tables: [{ name: fileName, rows: readCsvTable(decodeText(bytes)) }] };
}
