// Chart 2: the upstream share (Levels 1–3 of spend) and the gravity (the
// spend-weighted mean level) over time, baseline and scenario (MODEL.md §6).
import { formatPercent } from '../../format/money';
import type { Results } from '../../model/results';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';

export interface UpstreamShareData {
  labels: string[];
  share: { baseline: number[]; scenario: number[] };
  gravity: { baseline: Array<number | null>; scenario: Array<number | null> };
  table: DataTable;
  summary: string;
}

/** Gravity to two decimals; "no spend" when there is nothing to weigh. */
export function formatGravity(gravity: number | null): string {
  return gravity === null ? 'no spend' : gravity.toFixed(2);
}

export function upstreamShareData(results: Results): UpstreamShareData {
  const labels = yearLabels(results);
  const { upstreamShare, gravity } = results.summary;
  const H = horizonIndex(results);
  const table: DataTable = {
    caption: `Upstream share (Levels 1 to 3) and gravity (mean level, 1 to 5), ${yearSpan(results)}`,
    columns: ['Year', 'Upstream share, baseline', 'Upstream share, scenario', 'Gravity, baseline', 'Gravity, scenario'],
    rows: labels.map((header, t) => ({
      header,
      cells: [
        formatPercent(upstreamShare.baseline[t]),
        formatPercent(upstreamShare.scenario[t]),
        formatGravity(gravity.baseline[t]),
        formatGravity(gravity.scenario[t]),
      ],
    })),
  };
  const summary =
    `Upstream share and gravity, ${yearSpan(results)}. ` +
    `The upstream share goes from ${formatPercent(upstreamShare.baseline[0])} to ${formatPercent(upstreamShare.scenario[H])} in the scenario ` +
    `(${formatPercent(upstreamShare.baseline[H])} in the baseline); ` +
    `gravity goes from ${formatGravity(gravity.baseline[0])} to ${formatGravity(gravity.scenario[H])} ` +
    `(${formatGravity(gravity.baseline[H])} in the baseline). Lower gravity is further upstream.`;
  return {
    labels,
    share: { baseline: [...upstreamShare.baseline], scenario: [...upstreamShare.scenario] },
    gravity: { baseline: [...gravity.baseline], scenario: [...gravity.scenario] },
    table,
    summary,
  };
}
