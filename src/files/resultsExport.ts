// "Export results": the results JSON of MODEL.md §10, and one CSV a finance
// lead can open in Excel — a row a year, then the single figures and the
// sources of the inputs (MODEL.md §9: boards ask where figures came from).
import { financialYear } from '../model';
import type { Results } from '../model';
import type { Scenario } from '../model';
import { csvText, type CsvCell } from './csv';
import { figureBlocks, yearlyTables, type FigureBlock, type SummaryLine } from './resultsTables';

export const RESULTS_JSON_TYPE = 'application/json';
export const RESULTS_CSV_TYPE = 'text/csv;charset=utf-8';

/** The results JSON, pretty-printed, with a final newline. */
export function resultsJsonText(results: Results): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

/**
 * A financial year standing alone in a CSV cell: "FY 2025/26". Excel opens a
 * bare "2025/26" (or "2025-26") in a CSV as a date, May 2025; with "FY" in
 * front it stays text, and still reads as the financial year. (The workbook
 * writes text cells, so it keeps "2025/26".)
 */
export function csvFinancialYear(startYear: number): string {
  return `FY ${financialYear(startYear)}`;
}

function yearlyRows(scenario: Scenario, results: Results): CsvCell[][] {
  const columns = yearlyTables(scenario, results).flatMap((table) => table.columns);
  // The year as a number too, for sorting, lookups and charts in Excel.
  const header: CsvCell[] = ['Financial year', 'Year starting 1 April', ...columns.map((column) => column.header)];
  const rows = results.years.map((year, t): CsvCell[] => [csvFinancialYear(year), year, ...columns.map((column) => column.values[t])]);
  return [header, ...rows];
}

function lineValue(line: SummaryLine): CsvCell {
  return line.kind === 'year' && typeof line.value === 'number' ? csvFinancialYear(line.value) : line.value;
}

function blockRows(block: FigureBlock): CsvCell[][] {
  return [[], [block.title, block.valueHeader], ...block.lines.map((line): CsvCell[] => [line.label, lineValue(line)])];
}

function sourceRows(scenario: Scenario): CsvCell[][] {
  const nameOf = new Map(scenario.services.map((service) => [service.id, service.name]));
  const rows: CsvCell[][] = [
    ...scenario.ageBands.map((band) => [`Age band ${band.id}`, band.source ?? '']),
    ...scenario.partners.map((partner) => [`Partner ${partner.name}`, partner.source ?? '']),
    ...scenario.services.map((service) => [`Service ${service.name}`, service.source ?? '']),
    ...scenario.services.flatMap((service) => (service.capacity ? [[`Capacity of ${service.name}`, service.capacity.source ?? '']] : [])),
    ...scenario.rebalancing.map((rule) => [
      `Rebalancing from ${nameOf.get(rule.from)} to ${nameOf.get(rule.to)}, starting ${financialYear(rule.startYear)}`,
      rule.source ?? '',
    ]),
    ...scenario.investments.map((investment) => [`Investment ${investment.name}`, investment.source ?? '']),
  ];
  return [[], ['Where the inputs came from', 'Source (blank: none recorded)'], ...rows];
}

/**
 * The results as CSV (RFC 4180, UTF-8 with a BOM, CRLF): numbers are plain
 * numbers with units in the headers, so Excel can sum them.
 */
export function resultsCsvText(scenario: Scenario, results: Results): string {
  return csvText([...yearlyRows(scenario, results), ...figureBlocks(scenario, results).flatMap(blockRows), ...sourceRows(scenario)]);
}
