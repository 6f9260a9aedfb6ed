// Charts 2a and 2b: the two measures of where the money sits (MODEL.md §6)
// over time, baseline and scenario — the upstream share (Levels 1–3 of spend)
// and the gravity (the spend-weighted mean level).
import { formatPercent } from '../../format/money';
import type { Results } from '../../model';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';

/** One measure each year, in both cases, with its table and summary. */
export interface MeasureData<V> {
  labels: string[];
  baseline: V[];
  scenario: V[];
  table: DataTable;
  summary: string;
}

/** Gravity to two decimals; "no spend" when there is nothing to weigh. */
export function formatGravity(gravity: number | null): string {
  return gravity === null ? 'no spend' : gravity.toFixed(2);
}

/** A measure as a table of years: baseline and scenario side by side. */
function measureTable<V>(caption: string, labels: string[], series: { baseline: readonly V[]; scenario: readonly V[] }, format: (value: V) => string): DataTable {
  return {
    caption,
    columns: ['Year', 'Baseline', 'Scenario'],
    rows: labels.map((header, t) => ({ header, cells: [format(series.baseline[t]), format(series.scenario[t])] })),
  };
}

export function upstreamShareData(results: Results): MeasureData<number> {
  const labels = yearLabels(results);
  const share = results.summary.upstreamShare;
  const H = horizonIndex(results);
  return {
    labels,
    baseline: [...share.baseline],
    scenario: [...share.scenario],
    table: measureTable(`Upstream share: the part of spend on Levels 1 to 3, ${yearSpan(results)}`, labels, share, (value) => formatPercent(value)),
    summary:
      `Upstream share, the part of spend on Levels 1 to 3, ${yearSpan(results)}. ` +
      `It goes from ${formatPercent(share.baseline[0])} to ${formatPercent(share.scenario[H])} in the scenario ` +
      `(${formatPercent(share.baseline[H])} in the baseline). Higher is further upstream.`,
  };
}

export function gravityData(results: Results): MeasureData<number | null> {
  const labels = yearLabels(results);
  const gravity = results.summary.gravity;
  const H = horizonIndex(results);
  return {
    labels,
    baseline: [...gravity.baseline],
    scenario: [...gravity.scenario],
    table: measureTable(`Gravity: the average level of spend, from 1 to 5, ${yearSpan(results)}`, labels, gravity, formatGravity),
    summary:
      `Gravity, the average level money is spent at, weighted by spend, ${yearSpan(results)}: ` +
      `gravity goes from ${formatGravity(gravity.baseline[0])} to ${formatGravity(gravity.scenario[H])} ` +
      `(${formatGravity(gravity.baseline[H])} in the baseline). Lower gravity is further upstream.`,
  };
}
