// Option pieces every chart shares: readable type (larger on the board
// view), financial-year category axes, money axes in one unit, £ tooltips.
import type { ChartDataset, ChartType, FontSpec, ScaleOptions, TooltipCallbacks } from 'chart.js';
import { formatPercent, formatPounds } from '../../format/money';
import { formatMoneyTick, moneyAxisTitle, type MoneyUnit } from './moneyAxis';
import { Chart, type ChartContent } from './chartSetup';
import { GRID_LINE, MUTED } from './palette';

export interface TypeSizes {
  tick: Partial<FontSpec>;
  title: Partial<FontSpec>;
  legend: Partial<FontSpec>;
}

/** How much larger than at 1280×720 the board view's type is on this screen (board.css scales the same way): 1 to 1.6. */
const boardScale = () => Math.min(Math.max(Math.min(window.innerWidth / 1280, window.innerHeight / 720), 1), 1.6);

/** Type sizes in pixels: the board view is read across a room, larger on a larger screen. */
export function typeSizes(large: boolean): TypeSizes {
  if (!large) return { tick: { size: 12 }, title: { size: 12, weight: 'bold' }, legend: { size: 12.5 } };
  const scale = boardScale();
  return { tick: { size: Math.round(14 * scale) }, title: { size: Math.round(14 * scale), weight: 'bold' }, legend: { size: Math.round(15 * scale) } };
}

/** The category axis: years, partners or steps; `everyLabel` stops Chart.js skipping labels to fit. */
export function categoryAxis(large: boolean, everyLabel = false): ScaleOptions<'category'> {
  return {
    grid: { display: false },
    ticks: { font: typeSizes(large).tick, maxRotation: 0, autoSkip: !everyLabel, autoSkipPadding: 8 },
  };
}

/** Smallest type category labels shrink to. */
const SMALLEST_TICK = 9;

/**
 * A category axis showing every label, whose type shrinks (to 9 px at the
 * least) until the longest word fits the room of one category, so that
 * neighbouring labels never run together ("RebalancingPrevention").
 */
export function fittedCategoryAxis(large: boolean): ScaleOptions<'category'> {
  const axis = categoryAxis(large, true);
  const size = typeSizes(large).tick.size ?? 12;
  return {
    ...axis,
    ticks: {
      ...axis.ticks,
      font: ({ chart }) => {
        const labels = (chart.data.labels ?? []) as Array<string | string[]>;
        const longest = Math.max(1, ...labels.flat().flatMap((line) => line.split(' ')).map((word) => word.length));
        const room = (chart.chartArea?.width ?? chart.width) / Math.max(1, labels.length) - 8;
        // A character of the app's type is about 0.6 of its size wide.
        return { size: Math.max(SMALLEST_TICK, Math.min(size, Math.floor(room / (0.6 * longest)))) };
      },
    },
  };
}

export interface MoneyAxis {
  options: ScaleOptions<'linear'>;
  /** Puts the axis in `next`'s unit: its ticks and title. */
  setUnit<T extends ChartType, D, L>(chart: ChartContent<T, D, L>, scaleId: string, next: MoneyUnit): void;
}

/**
 * An axis title that ends in its unit as two lines, "Spend a year" and
 * "(£m)": on an upright axis the lines stand side by side, so the title
 * stays within its axis on a short chart (a projector's screen).
 */
export function titleLines(text: string): string | string[] {
  const unitAt = text.lastIndexOf(' (');
  return unitAt > 0 ? [text.slice(0, unitAt), text.slice(unitAt + 1)] : text;
}

/** An axis's title, in the app's type. */
export function axisTitle(text: string, large: boolean) {
  return { display: true, text: titleLines(text), font: typeSizes(large).title, color: MUTED };
}

/**
 * A money axis whose unit follows the data: the chart calls `setUnit` with
 * each new result before `update`, and the ticks and title follow.
 */
export function createMoneyAxis(what: string, large: boolean): MoneyAxis {
  let unit: MoneyUnit = { divisor: 1, symbol: '£' };
  const options: ScaleOptions<'linear'> = {
    type: 'linear',
    grid: { color: GRID_LINE },
    border: { display: false },
    ticks: { font: typeSizes(large).tick, callback: (value) => formatMoneyTick(Number(value), unit) },
    title: axisTitle(moneyAxisTitle(what, unit), large),
  };
  return {
    options,
    setUnit<T extends ChartType, D, L>(chart: ChartContent<T, D, L>, scaleId: string, next: MoneyUnit) {
      unit = next;
      const scale = chart.options?.scales?.[scaleId];
      if (scale && 'title' in scale && scale.title) scale.title.text = titleLines(moneyAxisTitle(what, unit));
    },
  };
}

/** A value axis from zero, its ticks written by `tick`, titled with what it counts and in what unit. */
export function valueAxis(title: string, large: boolean, tick: (value: number) => string): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    beginAtZero: true,
    grid: { color: GRID_LINE },
    border: { display: false },
    ticks: { font: typeSizes(large).tick, callback: (value) => tick(Number(value)) },
    title: axisTitle(title, large),
  };
}

/** An axis of shares, its ticks in whole per cent: "Upstream share (%)". */
export function percentAxis(title: string, large: boolean): ScaleOptions<'linear'> {
  return valueAxis(title, large, (value) => formatPercent(value, 0));
}

export function legendOptions(large: boolean) {
  return { position: 'bottom' as const, labels: { font: typeSizes(large).legend, boxWidth: large ? 22 : 14, padding: large ? 18 : 12 } };
}

/** A legend for line charts whose keys are short lines, dashed where the line is. */
export function lineLegendOptions(large: boolean) {
  const legend = legendOptions(large);
  return {
    ...legend,
    labels: {
      ...legend.labels,
      usePointStyle: true,
      pointStyleWidth: large ? 44 : 32,
      // With point styles on, Chart.js styles the key like a point, dropping the line's dash and width.
      generateLabels: (chart: Chart) =>
        Chart.defaults.plugins.legend.labels.generateLabels(chart).map((item) => {
          const dataset = chart.data.datasets[item.datasetIndex ?? 0] as { borderDash?: number[]; borderWidth?: number };
          return { ...item, pointStyle: 'line' as const, lineDash: dataset.borderDash ?? [], lineWidth: dataset.borderWidth ?? 2 };
        }),
    },
  };
}

/** Tooltips in the legend's type size; `callbacks` say what their lines read. */
export function tooltipOptions<C extends object>(large: boolean, callbacks: C) {
  return { titleFont: typeSizes(large).legend, bodyFont: typeSizes(large).legend, callbacks };
}

export interface MoneyChartParts<T extends 'bar' | 'line', G extends object> {
  /** The category axis; the years, some labels skipped to fit, unless given. */
  x?: ScaleOptions<'category'>;
  /** Settings added to the money axis, such as `beginAtZero`. */
  y?: Partial<ScaleOptions<'linear'>>;
  /** The legend; `legendOptions` unless given. */
  legend?: G;
  /** Tooltip lines; each series' amount in whole pounds unless given. */
  tooltip?: Partial<TooltipCallbacks<T>>;
  /** 'bar': a tooltip for the bar under the pointer, not every series at that category. */
  tooltipFor?: 'category' | 'bar';
}

/**
 * The options of a money chart across years or other categories, in bars,
 * lines or both: the category axis along the bottom, the money axis up the
 * side, the legend below, and the amounts in pounds in one tooltip per category.
 */
export function moneyChartOptions<T extends 'bar' | 'line', G extends object = ReturnType<typeof legendOptions>>(
  large: boolean,
  money: MoneyAxis,
  parts: MoneyChartParts<T, G> = {},
) {
  return {
    interaction: parts.tooltipFor === 'bar' ? { mode: 'nearest' as const, intersect: true } : { mode: 'index' as const, intersect: false },
    scales: { x: parts.x ?? categoryAxis(large), y: { ...money.options, ...parts.y } },
    plugins: {
      legend: parts.legend ?? legendOptions(large),
      tooltip: tooltipOptions(large, { label: poundsTooltipLabel, ...parts.tooltip }),
    },
  };
}

/** The line of one case of a measure: the scenario solid, the baseline dashed, both in the measure's colour. */
export function caseLine(inCase: 'Baseline' | 'Scenario', data: Array<number | null>, colour: string, large: boolean): ChartDataset<'line', Array<number | null>> {
  return {
    label: inCase,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: large ? 4 : 2.5,
    borderDash: inCase === 'Baseline' ? [6, 4] : [],
    pointRadius: large ? 4 : 3,
  };
}

/** "Net saving: £12,000" for a tooltip line of a vertical bar or line chart. */
export function poundsTooltipLabel(item: { dataset: { label?: string }; parsed: { y: number | null } }): string {
  return `${item.dataset.label ?? ''}: ${formatPounds(item.parsed.y ?? Number.NaN)}`;
}

/**
 * New results into an existing chart: fresh plain arrays (Chart.js patches
 * the arrays it holds), the same dataset objects where there are some.
 */
export function replaceData<T extends ChartType, D, L>(chart: ChartContent<T, D, L>, labels: L[], datasets: ChartDataset<T, D>[]): void {
  chart.data.labels = labels;
  const current = chart.data.datasets;
  datasets.forEach((dataset, i) => {
    if (current[i]) Object.assign(current[i], dataset);
    else current.push(dataset);
  });
  current.length = datasets.length;
}
