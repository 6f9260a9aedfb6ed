// Option pieces every chart shares: readable type (larger on the board
// view), financial-year category axes, money axes in one unit, £ tooltips.
import type { ChartDataset, ChartType, FontSpec, ScaleOptions } from 'chart.js';
import { formatPounds } from '../../format/money';
import { formatMoneyTick, moneyAxisTitle, type MoneyUnit } from './moneyAxis';
import { Chart } from './chartSetup';
import { GRID_LINE, MUTED } from './palette';

export interface TypeSizes {
  tick: Partial<FontSpec>;
  title: Partial<FontSpec>;
  legend: Partial<FontSpec>;
}

/** Type sizes in pixels: the board view is read across a room. */
export function typeSizes(large: boolean): TypeSizes {
  return large
    ? { tick: { size: 17 }, title: { size: 17, weight: 'bold' }, legend: { size: 18 } }
    : { tick: { size: 12 }, title: { size: 12, weight: 'bold' }, legend: { size: 12.5 } };
}

/** The category axis: years, partners or steps; `everyLabel` stops Chart.js skipping labels to fit. */
export function categoryAxis(large: boolean, everyLabel = false): ScaleOptions<'category'> {
  return {
    grid: { display: false },
    ticks: { font: typeSizes(large).tick, maxRotation: 0, autoSkip: !everyLabel, autoSkipPadding: 8 },
  };
}

/**
 * A money axis whose unit follows the data: the chart calls `setUnit` with
 * each new result before `update`, and the ticks and title follow.
 */
export function createMoneyAxis(what: string, large: boolean) {
  let unit: MoneyUnit = { divisor: 1, symbol: '£' };
  const options: ScaleOptions<'linear'> = {
    type: 'linear',
    grid: { color: GRID_LINE },
    border: { display: false },
    ticks: { font: typeSizes(large).tick, callback: (value) => formatMoneyTick(Number(value), unit) },
    title: { display: true, text: moneyAxisTitle(what, unit), font: typeSizes(large).title, color: MUTED },
  };
  return {
    options,
    setUnit<T extends ChartType, D, L>(chart: Chart<T, D, L>, scaleId: string, next: MoneyUnit) {
      unit = next;
      const scale = chart.options?.scales?.[scaleId];
      if (scale && 'title' in scale && scale.title) scale.title.text = moneyAxisTitle(what, unit);
    },
  };
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

/** "Net saving: £12,000" for a tooltip line of a vertical bar or line chart. */
export function poundsTooltipLabel(item: { dataset: { label?: string }; parsed: { y: number | null } }): string {
  return `${item.dataset.label ?? ''}: ${formatPounds(item.parsed.y ?? Number.NaN)}`;
}

/**
 * New results into an existing chart: fresh plain arrays (Chart.js patches
 * the arrays it holds), the same dataset objects where there are some.
 */
export function replaceData<T extends ChartType, D, L>(chart: Chart<T, D, L>, labels: L[], datasets: ChartDataset<T, D>[]): void {
  chart.data.labels = labels;
  const current = chart.data.datasets;
  datasets.forEach((dataset, i) => {
    if (current[i]) Object.assign(current[i], dataset);
    else current.push(dataset);
  });
  current.length = datasets.length;
}
