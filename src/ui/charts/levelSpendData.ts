// Chart 1, the headline: spend by level 1–5 each year, baseline beside
// scenario — funding moving upstream (MODEL.md §6, byLevel).
import { formatPercent, formatPounds, formatPoundsShort } from '../../format/money';
import { financialYear } from '../../model/financialYear';
import type { Results } from '../../model/results';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';
import { LEVEL_COLOURS, levelLabel } from './palette';

export interface LevelSeries {
  label: string;
  colour: string;
  baseline: number[];
  scenario: number[];
}

export interface LevelSpendData {
  labels: string[];
  levels: LevelSeries[];
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

export function levelSpendData(results: Results): LevelSpendData {
  const labels = yearLabels(results);
  const { baseline, scenario, summary: outputs } = results;
  const levels = baseline.byLevel.map((series, i) => ({
    label: levelLabel(i + 1),
    colour: LEVEL_COLOURS[i],
    baseline: [...series],
    scenario: [...scenario.byLevel[i]],
  }));
  const H = horizonIndex(results);
  const rowFor = (caseName: string, byLevel: number[][], total: number[], t: number) => ({
    header: `${labels[t]} ${caseName}`,
    cells: [...byLevel.map((series) => formatPounds(series[t])), formatPounds(total[t])],
  });
  const table: DataTable = {
    caption: `Spend by level, baseline and scenario, ${yearSpan(results)}`,
    columns: ['Year', ...levels.map((l) => `Level ${l.label}`), 'Total'],
    rows: labels.flatMap((_, t) => [
      rowFor('baseline', baseline.byLevel, baseline.total, t),
      rowFor('scenario', scenario.byLevel, scenario.total, t),
    ]),
  };
  const last = financialYear(results.years[H]);
  const summary =
    `Spend by level, baseline beside scenario, ${yearSpan(results)}. ` +
    `In ${last} the scenario spends ${formatPoundsShort(scenario.total[H])}, ` +
    `${formatPercent(outputs.upstreamShare.scenario[H])} of it on Levels 1 to 3, ` +
    `against ${formatPoundsShort(baseline.total[H])} and ${formatPercent(outputs.upstreamShare.baseline[H])} in the baseline.`;
  return {
    labels,
    levels,
    unit: moneyUnitFor([...baseline.total, ...scenario.total]),
    table,
    summary,
  };
}
