// A Monte Carlo fan chart's figures (MODEL.md §8): the P10–P90 band and the
// median, year by year, of net saving, of scenario total spend or of
// care-home places per 1,000 older people (§18).
import { formatPounds, formatPoundsShort } from '../../format/money';
import { financialYear } from '../../model';
import type { MonteCarloResult, PercentileSeries } from '../../model';
import type { DataTable } from '../charts/chartData';
import { moneyUnitFor, type MoneyUnit } from '../charts/moneyAxis';
import { formatCount } from './monteCarloText';

export type FanMeasure = 'netSaving' | 'scenarioTotal' | 'careHomePer1000';

interface Measure {
  title: string;
  what: string;
  series: (result: MonteCarloResult) => PercentileSeries;
  /** Money is shown in pounds on a money axis; otherwise a plain figure. */
  money: boolean;
}

const MEASURES: Record<FanMeasure, Measure> = {
  netSaving: { title: 'Net saving: range of outcomes', what: 'Net saving a year', series: (result) => result.netSaving, money: true },
  scenarioTotal: { title: 'Total spend: range of outcomes', what: 'Scenario spend a year', series: (result) => result.scenarioTotal, money: true },
  careHomePer1000: {
    title: 'Care-home places per 1,000 older people: range of outcomes',
    what: 'Care-home places per 1,000 older people',
    series: (result) => result.careHomePer1000,
    money: false,
  },
};

const perThousand = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export interface FanChartData {
  title: string;
  /** For the money axis title: "Net saving a year". */
  what: string;
  labels: string[];
  p10: number[];
  p50: number[];
  p90: number[];
  /** The money axis's unit; null for a plain figure. */
  unit: MoneyUnit | null;
  /** A value in full, for the table and tooltips: "£1,234,567" or "12.9". */
  show: (value: number) => string;
  table: DataTable;
  summary: string;
}

export function fanChartData(result: MonteCarloResult, measure: FanMeasure): FanChartData {
  const { title, what, series, money } = MEASURES[measure];
  const { p10, p50, p90 } = series(result);
  const show = money ? formatPounds : (x: number) => perThousand.format(x);
  const short = money ? formatPoundsShort : show;
  const labels = result.years.map(financialYear);
  const runs = formatCount(result.runsDone);
  const H = labels.length - 1;
  const span = `${labels[0]} to ${labels[H]}`;
  const table: DataTable = {
    caption: `${what}, ${span}, over ${runs} Monte Carlo runs`,
    columns: ['Year', 'Low (P10)', 'Median (P50)', 'High (P90)'],
    rows: labels.map((header, t) => ({ header, cells: [show(p10[t]), show(p50[t]), show(p90[t])] })),
  };
  const summary =
    `${what}, ${span}, over ${runs} runs. In ${labels[H]} the median is ${short(p50[H])}, ` +
    `and 8 runs in 10 lie between ${short(p10[H])} and ${short(p90[H])}.`;
  return {
    title,
    what,
    labels,
    p10: [...p10],
    p50: [...p50],
    p90: [...p90],
    unit: money ? moneyUnitFor([...p10, ...p90]) : null,
    show,
    table,
    summary,
  };
}
