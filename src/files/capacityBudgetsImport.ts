// Capacity (MODEL.md §14) and partners' budgets (§16) from tables with a row
// per service or partner and a column per year: the layouts the workbook
// writes (gridLayouts.ts). Each row replaces what its service or partner had;
// those not in the table keep theirs.
import type { z } from 'zod';
import { capacitySchema, financialYear, partnerSchema, type Capacity, type Scenario } from '../model';
import { BUDGET_COLUMNS, CAPACITY_COLUMNS, SOURCE_HEADER, headerKey } from './gridLayouts';
import { cellText, headerProblem, isBlank, isEmptyColumn, numberFrom, optionalText, unknownColumn, yearFrom, type HeaderedTable, type ImportProblem } from './importedTable';
import type { Cell } from './spreadsheetFile';

export interface ImportedRows<T> {
  /** By service or partner id. */
  byId: Map<string, T>;
  problems: ImportProblem[];
}

type Column = { field: string } | { year: number };

/** Each header as a named field (by `fields`, header text → field) or a year; unknown headers are problems. */
function readColumns(table: HeaderedTable, fields: Record<string, string>, expected: string): { columns: Array<Column | null>; problems: ImportProblem[] } {
  const fieldOf = new Map(Object.entries(fields).map(([field, header]) => [headerKey(header), field]));
  fieldOf.set(headerKey(SOURCE_HEADER), 'source');
  const problems: ImportProblem[] = [];
  const columns = table.header.map((text, c): Column | null => {
    const field = fieldOf.get(headerKey(text));
    if (field) return { field };
    const year = yearFrom(text);
    if (year !== null) return { year };
    if (!isEmptyColumn(table, c)) problems.push(unknownColumn(table, c, expected));
    return null;
  });
  return { columns, problems };
}

function columnOf(columns: Array<Column | null>, field: string): number {
  return columns.findIndex((column) => column !== null && 'field' in column && column.field === field);
}

/** A row through the schema, each issue placed at the row and the column `columnFor` names for its path. */
function checked<T>(schema: z.ZodType<T>, raw: unknown, table: HeaderedTable, row: number, columnFor: (path: string) => string | null): { value?: T; problems: ImportProblem[] } {
  const result = schema.safeParse(raw);
  if (result.success) return { value: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => ({ table: table.name, row, column: columnFor(issue.path.map(String).join('/')), message: issue.message })) };
}

/** The row's id, when it names one of `known`; else a problem. */
function knownId(cells: Cell[], idColumn: number, known: ReadonlySet<string>, table: HeaderedTable, row: number, what: string): string | ImportProblem {
  const id = cellText(cells[idColumn] ?? null);
  if (known.has(id)) return id;
  const list = [...known].join(', ');
  return { table: table.name, row, column: table.header[idColumn], message: `must be the id of a ${what} in the scenario (${list}), got ${JSON.stringify(id)}` };
}

const CAPACITY_EXPECTED = `${Object.values(CAPACITY_COLUMNS).join(', ')}, a column for each year with units opened (+) or closed (−) and an optional Source`;

/**
 * Capacity rows: base, capital cost per unit and, under each year, the units
 * opened (+) or closed (−) that year (blank: no change).
 */
export function readCapacity(table: HeaderedTable, serviceIds: ReadonlySet<string>): ImportedRows<Capacity> {
  const { columns, problems } = readColumns(table, CAPACITY_COLUMNS, CAPACITY_EXPECTED);
  const idColumn = columnOf(columns, 'service');
  const baseColumn = columnOf(columns, 'base');
  if (idColumn < 0) problems.push(headerProblem(table, null, `has no ${CAPACITY_COLUMNS.service} column; each row needs the service it is for`));
  if (baseColumn < 0) problems.push(headerProblem(table, null, `has no ${CAPACITY_COLUMNS.base} column`));
  const byId = new Map<string, Capacity>();
  if (problems.length > 0) return { byId, problems };
  const costColumn = columnOf(columns, 'capitalCostPerUnit');
  const sourceColumn = columnOf(columns, 'source');
  for (const { row, cells } of table.body) {
    const id = knownId(cells, idColumn, serviceIds, table, row, 'service');
    if (typeof id !== 'string') {
      problems.push(id);
      continue;
    }
    const changeColumns = columns.flatMap((column, c) => (column && 'year' in column && !isBlank(cells[c] ?? null) ? [{ year: column.year, c }] : []));
    const raw = {
      base: numberFrom(cells[baseColumn] ?? null),
      capitalCostPerUnit: costColumn < 0 ? undefined : numberFrom(cells[costColumn] ?? null),
      changes: changeColumns.map(({ year, c }) => ({ year, units: numberFrom(cells[c] ?? null) })),
      source: sourceColumn < 0 ? undefined : optionalText(cells[sourceColumn] ?? null),
    };
    const columnFor = (path: string): string | null => {
      const change = /^changes\/(\d+)/.exec(path);
      const c = change ? changeColumns[Number(change[1])].c : columnOf(columns, path.split('/')[0]);
      return c < 0 ? null : table.header[c];
    };
    const read = checked(capacitySchema, raw, table, row, columnFor);
    problems.push(...read.problems);
    if (read.value) byId.set(id, read.value);
  }
  return { byId, problems };
}

const budgetSchema = partnerSchema.shape.budget;

/** Budget rows: a partner by id and £ under each of the scenario's years; a row left blank takes the budget away. */
export function readBudgets(table: HeaderedTable, years: number[], scenario: Scenario): ImportedRows<number[] | undefined> {
  const { columns, problems } = readColumns(table, BUDGET_COLUMNS, `${Object.values(BUDGET_COLUMNS).join(', ')} and a column for each year (such as ${financialYear(years[0])})`);
  const idColumn = columnOf(columns, 'partner');
  if (idColumn < 0) problems.push(headerProblem(table, null, `has no ${BUDGET_COLUMNS.partner} column; each row needs the partner it is for`));
  const yearColumn = new Map(columns.flatMap((column, c) => (column && 'year' in column ? [[column.year, c] as const] : [])));
  const missing = years.filter((year) => !yearColumn.has(year)).map(financialYear);
  if (missing.length > 0) problems.push(headerProblem(table, null, `has no budgets for ${missing.join(', ')}; a budget needs every year of the scenario`));
  const byId = new Map<string, number[] | undefined>();
  if (problems.length > 0) return { byId, problems };
  const partnerIds = new Set(scenario.partners.map((partner) => partner.id));
  for (const { row, cells } of table.body) {
    const id = knownId(cells, idColumn, partnerIds, table, row, 'partner');
    if (typeof id !== 'string') {
      problems.push(id);
      continue;
    }
    const figures = years.map((year) => cells[yearColumn.get(year)!] ?? null);
    if (figures.every(isBlank)) {
      byId.set(id, undefined);
      continue;
    }
    const columnFor = (path: string) => table.header[yearColumn.get(years[Number(path)])!] ?? null;
    const read = checked(budgetSchema, figures.map(numberFrom), table, row, columnFor);
    problems.push(...read.problems);
    if (read.value) byId.set(id, read.value);
  }
  return { byId, problems };
}

/** A capacity table has a base-year capacity column. */
export function looksLikeCapacity(table: HeaderedTable): boolean {
  return table.header.some((text) => headerKey(text) === headerKey(CAPACITY_COLUMNS.base));
}

/** A budgets table has a partner id column. */
export function looksLikeBudgets(table: HeaderedTable): boolean {
  return table.header.some((text) => headerKey(text) === headerKey(BUDGET_COLUMNS.partner));
}
