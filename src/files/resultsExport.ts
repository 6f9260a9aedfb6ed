// "Export results": the results JSON of MODEL.md §10, and one CSV a finance
// lead can open in Excel — a row a year, then the single figures and the
// sources of the inputs (MODEL.md §9: boards ask where figures came from).
import { financialYear } from '../model/financialYear';
import type { Results } from '../model/results';
import type { Scenario } from '../model/schema';
import { csvText, type CsvCell } from './csv';
import {
  commissioningGapLines,
  partnerColumns,
  serviceColumns,
  summaryLines,
  totalsColumns,
  waterfallLines,
  yearLabels,
  type SummaryLine,
} from './resultsTables';

export const RESULTS_JSON_TYPE = 'application/json';
export const RESULTS_CSV_TYPE = 'text/csv;charset=utf-8';

/** The results JSON, pretty-printed, with a final newline. */
export function resultsJsonText(results: Results): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

function yearlyRows(scenario: Scenario, results: Results): CsvCell[][] {
  const columns = [...totalsColumns(scenario, results), ...partnerColumns(scenario, results), ...serviceColumns(scenario, results)];
  const header: CsvCell[] = ['Financial year', ...columns.map((column) => column.header)];
  const rows = yearLabels(results).map((year, t): CsvCell[] => [year, ...columns.map((column) => column.values[t])]);
  return [header, ...rows];
}

function block(title: string, valueHeader: string, lines: SummaryLine[]): CsvCell[][] {
  return [[], [title, valueHeader], ...lines.map((line): CsvCell[] => [line.label, line.value])];
}

function sourceRows(scenario: Scenario): CsvCell[][] {
  const nameOf = new Map(scenario.services.map((service) => [service.id, service.name]));
  const rows: CsvCell[][] = [
    ...scenario.ageBands.map((band) => [`Age band ${band.id}`, band.source ?? '']),
    ...scenario.partners.map((partner) => [`Partner ${partner.name}`, partner.source ?? '']),
    ...scenario.services.map((service) => [`Service ${service.name}`, service.source ?? '']),
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
  const gap = commissioningGapLines(results);
  return csvText([
    ...yearlyRows(scenario, results),
    ...block('Summary', 'Value', summaryLines(scenario, results)),
    ...block('Waterfall: what drives the change', 'Amount (£)', waterfallLines(results)),
    ...(gap.length > 0 ? block('Commissioning gap against the desired level shares', 'Amount (£)', gap) : []),
    ...sourceRows(scenario),
  ]);
}
