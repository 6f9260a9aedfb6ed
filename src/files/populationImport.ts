// Population projections from a table (MODEL.md §2): age bands down the side
// and years across (the layout the workbook writes), or years down the side
// and band ids across (a common hand-made layout). Figures are taken for the
// scenario's own years; a longer projection is fine.
import { financialYear } from '../model';
import { ageBandSchema, type AgeBand } from '../model';
import { SOURCE_HEADER, headerKey } from './gridLayouts';
import {
  cellText,
  headerProblem,
  isEmptyColumn,
  numberFrom,
  optionalText,
  unknownColumn,
  validateRows,
  yearFrom,
  type HeaderedTable,
  type ImportProblem,
  type Parsed,
  type TableLocator,
} from './importedTable';
import type { Cell } from './spreadsheetFile';

/** The band ids are known even when some figures are wrong, so the services check can use them. */
export interface ParsedPopulation extends Parsed<AgeBand> {
  bandIds: string[];
}

/** Age bands down the side, years across the top (the layout the workbook writes). */
function populationBandsAsRows(table: HeaderedTable, years: number[]): ParsedPopulation {
  const yearColumn = new Map<number, number>();
  let sourceColumn: number | null = null;
  const problems: ImportProblem[] = [];
  table.header.forEach((text, c) => {
    if (c === 0) return;
    const year = yearFrom(text);
    if (year !== null) yearColumn.set(year, c);
    else if (headerKey(text) === headerKey(SOURCE_HEADER)) sourceColumn = c;
    else if (!isEmptyColumn(table, c)) {
      problems.push(unknownColumn(table, c, `an age band column first, then a column for each year (such as ${financialYear(years[0])}) and an optional Source`));
    }
  });
  const locator: TableLocator = {
    table: table.name,
    list: 'ageBands',
    locate: (index, field) => {
      const row = table.body[index]?.row ?? null;
      const t = /^population\/(\d+)$/.exec(field);
      if (t) return { row, column: table.header[yearColumn.get(years[Number(t[1])])!] };
      if (field === 'id') return { row, column: table.header[0] || 'A' };
      if (field === 'source' && sourceColumn !== null) return { row, column: table.header[sourceColumn] };
      return { row, column: null };
    },
  };
  const bandIds = table.body.map(({ cells }) => cellText(cells[0] ?? null));
  const missing = missingYears(new Set(yearColumn.keys()), years);
  if (missing.length > 0) problems.push(yearsProblem(table, missing, years));
  if (problems.length > 0) return { items: [], problems, locator, bandIds };
  const raws = table.body.map(({ cells }, index) => ({
    id: bandIds[index],
    population: years.map((year) => numberFrom(cells[yearColumn.get(year)!] ?? null)),
    ...(sourceColumn === null ? {} : { source: optionalText(cells[sourceColumn] ?? null) }),
  }));
  return { ...validateRows(ageBandSchema, raws, locator), locator, bandIds };
}

/** Years down the side, age band ids across the top (a common hand-made layout). */
function populationYearsAsRows(table: HeaderedTable, years: number[]): ParsedPopulation {
  const yearRow = new Map<number, { row: number; cells: Cell[] }>();
  for (const line of table.body) {
    const year = yearFrom(line.cells[0] ?? null);
    if (year !== null) yearRow.set(year, line);
  }
  const bandColumns = table.header.map((_, c) => c).filter((c) => c > 0 && table.header[c] !== '');
  const locator: TableLocator = {
    table: table.name,
    list: 'ageBands',
    locate: (index, field) => {
      const column = table.header[bandColumns[index]] ?? null;
      const t = /^population\/(\d+)$/.exec(field);
      if (t) return { row: yearRow.get(years[Number(t[1])])?.row ?? null, column };
      return { row: table.headerRow, column };
    },
  };
  const problems = table.body
    .filter((line) => yearFrom(line.cells[0] ?? null) === null)
    .map((line): ImportProblem => ({
      table: table.name,
      row: line.row,
      column: table.header[0] || 'A',
      message: `must be a financial year such as ${financialYear(years[0])}, got ${JSON.stringify(cellText(line.cells[0] ?? null))}`,
    }));
  const bandIds = bandColumns.map((c) => table.header[c]);
  const missing = missingYears(new Set(yearRow.keys()), years);
  if (missing.length > 0) problems.push(yearsProblem(table, missing, years));
  if (problems.length > 0) return { items: [], problems, locator, bandIds };
  const raws = bandColumns.map((c, index) => ({
    id: bandIds[index],
    population: years.map((year) => numberFrom(yearRow.get(year)!.cells[c] ?? null)),
  }));
  return { ...validateRows(ageBandSchema, raws, locator), locator, bandIds };
}

/** Population from a table in either layout, for the scenario's years. */
export function readPopulation(table: HeaderedTable, years: number[]): ParsedPopulation {
  const yearsAcross = table.header.slice(1).some((text) => yearFrom(text) !== null);
  return yearsAcross ? populationBandsAsRows(table, years) : populationYearsAsRows(table, years);
}

/** The scenario's years the table has no figures for, as 2025/26. */
function missingYears(found: Set<number>, years: number[]): string[] {
  return years.filter((year) => !found.has(year)).map(financialYear);
}

function yearsProblem(table: HeaderedTable, missing: string[], years: number[]): ImportProblem {
  const span = `${financialYear(years[0])} to ${financialYear(years[years.length - 1])}`;
  return headerProblem(table, null, `has no figures for ${missing.join(', ')}; the scenario runs from ${span}, so the population needs every one of those years`);
}

/** A population table has years across the top or down the side. */
export function looksLikePopulation(table: HeaderedTable): boolean {
  return table.header.slice(1).some((text) => yearFrom(text) !== null) || table.body.some(({ cells }) => yearFrom(cells[0] ?? null) !== null);
}
