// Chart 1, the headline: spend by level 1–5 each year, baseline beside
// scenario — funding moving upstream (MODEL.md §6, byLevel) — in pounds or
// as each level's share of the year's spend.
import { formatPercent, formatPounds, formatPoundsShort } from '../../format/money';
import type { Results } from '../../model';
import { horizonIndex, yearLabels, yearSpan, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';
import { LEVEL_COLOURS, levelLabel } from './palette';

export interface LevelSeries {
  label: string;
  colour: string;
  baseline: number[];
  scenario: number[];
  /** The level's part of each year's total spend (0 when the total is 0, as MODEL.md §6 has for the upstream share). */
  baselineShare: number[];
  scenarioShare: number[];
}

/** The chart's figures shown one way: its table and its summary for screen readers. */
interface LevelSpendView {
  table: DataTable;
  summary: string;
}

export interface LevelSpendData extends LevelSpendView {
  labels: string[];
  levels: LevelSeries[];
  unit: MoneyUnit;
  /** The table and summary of the shares of spend (`table` and `summary` are in pounds). */
  shares: LevelSpendView;
}

const sharesOf = (series: readonly number[], total: readonly number[]) => series.map((amount, t) => (total[t] === 0 ? 0 : amount / total[t]));

function poundsView(results: Results, labels: string[], levels: LevelSeries[]): LevelSpendView {
  const { baseline, scenario, summary: outputs } = results;
  const H = horizonIndex(results);
  const rowFor = (caseName: string, byLevel: number[][], total: number[], t: number) => ({
    header: `${labels[t]} ${caseName}`,
    cells: [...byLevel.map((series) => formatPounds(series[t])), formatPounds(total[t])],
  });
  return {
    table: {
      caption: `Spend by level, baseline and scenario, ${yearSpan(results)}`,
      columns: ['Year', ...levels.map((l) => `Level ${l.label}`), 'Total'],
      rows: labels.flatMap((_, t) => [rowFor('baseline', baseline.byLevel, baseline.total, t), rowFor('scenario', scenario.byLevel, scenario.total, t)]),
    },
    summary:
      `Spend by level, baseline beside scenario, ${yearSpan(results)}. ` +
      `In ${labels[H]} the scenario spends ${formatPoundsShort(scenario.total[H])}, ` +
      `${formatPercent(outputs.upstreamShare.scenario[H])} of it on Levels 1 to 3, ` +
      `against ${formatPoundsShort(baseline.total[H])} and ${formatPercent(outputs.upstreamShare.baseline[H])} in the baseline.`,
  };
}

function sharesView(results: Results, labels: string[], levels: LevelSeries[]): LevelSpendView {
  const upstream = results.summary.upstreamShare;
  const H = horizonIndex(results);
  const rowFor = (caseName: 'baseline' | 'scenario', t: number) => ({
    header: `${labels[t]} ${caseName}`,
    cells: [...levels.map((level) => formatPercent(caseName === 'baseline' ? level.baselineShare[t] : level.scenarioShare[t])), formatPercent(upstream[caseName][t])],
  });
  const byLevel = levels.map((l) => `Level ${l.label} ${formatPercent(l.scenarioShare[H])} against ${formatPercent(l.baselineShare[H])}`).join('; ');
  return {
    table: {
      caption: `Share of spend by level, baseline and scenario, ${yearSpan(results)}`,
      columns: ['Year', ...levels.map((l) => `Level ${l.label}`), 'Levels 1 to 3'],
      rows: labels.flatMap((_, t) => [rowFor('baseline', t), rowFor('scenario', t)]),
    },
    summary:
      `Share of spend by level, baseline beside scenario, ${yearSpan(results)}. ` +
      `In ${labels[H]} the scenario puts ${formatPercent(upstream.scenario[H])} of spend on Levels 1 to 3, ` +
      `against ${formatPercent(upstream.baseline[H])} in the baseline and ${formatPercent(upstream.baseline[0])} in ${labels[0]}. ` +
      `Each level's share in ${labels[H]}, scenario against baseline: ${byLevel}.`,
  };
}

export function levelSpendData(results: Results): LevelSpendData {
  const labels = yearLabels(results);
  const { baseline, scenario } = results;
  const levels = baseline.byLevel.map(
    (series, i): LevelSeries => ({
      label: levelLabel(i + 1),
      colour: LEVEL_COLOURS[i],
      baseline: [...series],
      scenario: [...scenario.byLevel[i]],
      baselineShare: sharesOf(series, baseline.total),
      scenarioShare: sharesOf(scenario.byLevel[i], scenario.total),
    }),
  );
  return {
    labels,
    levels,
    unit: moneyUnitFor([...baseline.total, ...scenario.total]),
    ...poundsView(results, labels, levels),
    shares: sharesView(results, labels, levels),
  };
}
