// Net saving each year and cumulatively, with the payback year marked
// (MODEL.md §6: netSaving, cumulativeNetSaving, paybackYear, firstBreakEvenYear).
import { formatPounds, formatPoundsShort } from '../../format/money';
import { describePayback, financialYear, lostBreakEvenYear } from '../../model';
import type { Results } from '../../model';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';

export interface NetSavingData {
  labels: string[];
  yearly: number[];
  cumulative: number[];
  /** Index of the payback year among `labels`, or null when it does not pay back. */
  paybackIndex: number | null;
  /** "Pays back in 2026/27", or why not. */
  paybackText: string;
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

/** The payback sentence the chart and the headline share. */
export function paybackText(results: Results): string {
  const { paybackYear } = results.summary;
  // MODEL.md §6: a break-even later lost says so.
  if (lostBreakEvenYear(results.summary) !== null) return describePayback(results.summary, results.years).headline;
  if (paybackYear !== null) return `Pays back in ${financialYear(paybackYear)}`;
  if (results.scenario.investment.every((amount) => amount === 0)) return 'Nothing is invested, so there is no payback year';
  return `Does not pay back by ${financialYear(results.years[horizonIndex(results)])}`;
}

export function netSavingData(results: Results): NetSavingData {
  const labels = yearLabels(results);
  const { netSaving, cumulativeNetSaving, paybackYear } = results.summary;
  const H = horizonIndex(results);
  const table: DataTable = {
    caption: `Net saving (baseline spend minus scenario spend), ${yearSpan(results)}`,
    columns: ['Year', 'Invested in prevention', 'Net saving in the year', 'Cumulative net saving'],
    rows: labels.map((header, t) => ({
      header,
      cells: [formatPounds(results.scenario.investment[t]), formatPounds(netSaving[t]), formatPounds(cumulativeNetSaving[t])],
    })),
  };
  const summary =
    `Net saving, ${yearSpan(results)}: ${formatPoundsShort(netSaving[H])} in ${labels[H]}, ` +
    `${formatPoundsShort(cumulativeNetSaving[H])} in total. ${paybackText(results)}.`;
  return {
    labels,
    yearly: [...netSaving],
    cumulative: [...cumulativeNetSaving],
    paybackIndex: paybackYear === null ? null : results.years.indexOf(paybackYear),
    paybackText: paybackText(results),
    unit: moneyUnitFor([...netSaving, ...cumulativeNetSaving]),
    table,
    summary,
  };
}
