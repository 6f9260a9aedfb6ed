// A Monte Carlo fan chart's figures (MODEL.md §8): the P10–P90 band and the
// median, year by year, of net saving or of scenario total spend.
import { formatPounds, formatPoundsShort } from '../../format/money';
import { financialYear } from '../../model';
import type { MonteCarloResult, PercentileSeries } from '../../model';
import type { DataTable } from '../charts/chartData';
import { moneyUnitFor, type MoneyUnit } from '../charts/moneyAxis';
import { formatCount } from './monteCarloText';

export type FanMeasure = 'netSaving' | 'scenarioTotal';

const MEASURES: Record<FanMeasure, { title: string; what: string; series: (result: MonteCarloResult) => PercentileSeries }> = {
  netSaving: { title: 'Net saving: range of outcomes', what: 'Net saving a year', series: (result) => result.netSaving },
  scenarioTotal: { title: 'Total spend: range of outcomes', what: 'Scenario spend a year', series: (result) => result.scenarioTotal },
};

export interface FanChartData {
  title: string;
  /** For the money axis title: "Net saving a year". */
  what: string;
  labels: string[];
  p10: number[];
  p50: number[];
  p90: number[];
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

export function fanChartData(result: MonteCarloResult, measure: FanMeasure): FanChartData {
  const { title, what, series } = MEASURES[measure];
  const { p10, p50, p90 } = series(result);
  const labels = result.years.map(financialYear);
  const runs = formatCount(result.runsDone);
  const H = labels.length - 1;
  const span = `${labels[0]} to ${labels[H]}`;
  const table: DataTable = {
    caption: `${what}, ${span}, over ${runs} Monte Carlo runs`,
    columns: ['Year', 'Low (P10)', 'Median (P50)', 'High (P90)'],
    rows: labels.map((header, t) => ({ header, cells: [formatPounds(p10[t]), formatPounds(p50[t]), formatPounds(p90[t])] })),
  };
  const summary =
    `${what}, ${span}, over ${runs} runs. In ${labels[H]} the median is ${formatPoundsShort(p50[H])}, ` +
    `and 8 runs in 10 lie between ${formatPoundsShort(p10[H])} and ${formatPoundsShort(p90[H])}.`;
  return {
    title,
    what,
    labels,
    p10: [...p10],
    p50: [...p50],
    p90: [...p90],
    unit: moneyUnitFor([...p10, ...p90]),
    table,
    summary,
  };
}
