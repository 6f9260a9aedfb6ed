// Chart 8: total spend against the budget envelope each year (MODEL.md §6,
// envelope and envelopeGap).
import { formatPounds, formatPoundsShort } from '../../format/money';
import type { Results } from '../../model';
import type { Scenario } from '../../model';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';

export interface EnvelopeData {
  labels: string[];
  envelope: number[];
  baseline: number[];
  scenario: number[];
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

/** "£12,000 over the envelope", "£3,000 within it", "Exactly on the envelope". */
export function describeEnvelopeGap(gap: number): string {
  if (Math.round(gap) === 0) return 'Exactly on the envelope';
  return gap > 0 ? `${formatPounds(gap)} over` : `${formatPounds(-gap)} within`;
}

/** Null when the scenario sets no envelope. */
export function envelopeData(results: Results, scenario: Scenario): EnvelopeData | null {
  const envelope = scenario.envelope;
  const gaps = results.summary.envelopeGap;
  if (!envelope || !gaps) return null;
  const labels = yearLabels(results);
  const H = horizonIndex(results);
  const table: DataTable = {
    caption: `Spend against the budget envelope, ${yearSpan(results)}`,
    columns: ['Year', 'Envelope', 'Baseline spend', 'Scenario spend', 'Scenario against the envelope'],
    rows: labels.map((header, t) => ({
      header,
      cells: [formatPounds(envelope[t]), formatPounds(results.baseline.total[t]), formatPounds(results.scenario.total[t]), describeEnvelopeGap(gaps[t])],
    })),
  };
  const yearsOver = gaps.filter((gap) => Math.round(gap) > 0).length;
  const summary =
    `Spend against the budget envelope, ${yearSpan(results)}: in ${labels[H]} the scenario spends ${formatPoundsShort(results.scenario.total[H])} ` +
    `against an envelope of ${formatPoundsShort(envelope[H])}. The scenario is over the envelope in ${yearsOver} of ${labels.length} years.`;
  return {
    labels,
    envelope: envelope.slice(0, labels.length),
    baseline: [...results.baseline.total],
    scenario: [...results.scenario.total],
    unit: moneyUnitFor([...envelope, ...results.baseline.total, ...results.scenario.total]),
    table,
    summary,
  };
}
