// Chart 4: what drives the change in spend from the first year to the
// horizon, as floating bars that add up exactly (MODEL.md §6, waterfall).
import { formatPounds, formatPoundsShort } from '../../format/money';
import type { Results, Waterfall } from '../../model/results';
import { horizonIndex, yearLabels, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';

export type StepKind = 'total' | 'increase' | 'decrease';

export interface WaterfallStep {
  label: string;
  /** Where the bar starts and ends: [0, total] for the totals, [before, after] for a driver. */
  from: number;
  to: number;
  change: number;
  kind: StepKind;
}

export interface WaterfallData {
  steps: WaterfallStep[];
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

const DRIVERS: ReadonlyArray<{ key: keyof Waterfall; label: string }> = [
  { key: 'demography', label: 'Population change' },
  { key: 'costGrowth', label: 'Unit cost growth' },
  { key: 'rebalancing', label: 'Rebalancing' },
  { key: 'investment', label: 'Prevention bought' },
  { key: 'deflection', label: 'Demand deflected' },
];

const sign = (value: number) => (value > 0 ? '+' : '');

export function waterfallData(results: Results): WaterfallData {
  const waterfall = results.summary.waterfall;
  const labels = yearLabels(results);
  const first = labels[0];
  const last = labels[horizonIndex(results)];
  let running = waterfall.start;
  const drivers = DRIVERS.map(({ key, label }): WaterfallStep => {
    const change = waterfall[key];
    const step: WaterfallStep = { label, from: running, to: running + change, change, kind: change < 0 ? 'decrease' : 'increase' };
    running += change;
    return step;
  });
  const steps: WaterfallStep[] = [
    { label: `Baseline ${first}`, from: 0, to: waterfall.start, change: waterfall.start, kind: 'total' },
    ...drivers,
    { label: `Scenario ${last}`, from: 0, to: waterfall.end, change: waterfall.end, kind: 'total' },
  ];
  const table: DataTable = {
    caption: `What changes spend from ${first} to ${last}`,
    columns: ['Step', 'Change', 'Spend after this step'],
    rows: steps.map((step) => ({
      header: step.label,
      cells: [step.kind === 'total' ? '' : `${sign(step.change)}${formatPounds(step.change)}`, formatPounds(step.to)],
    })),
  };
  const summary =
    `What changes spend from ${formatPoundsShort(waterfall.start)} in ${first} to ${formatPoundsShort(waterfall.end)} in ${last}: ` +
    drivers.map((d) => `${d.label.toLowerCase()} ${sign(d.change)}${formatPoundsShort(d.change)}`).join(', ') +
    '.';
  return { steps, unit: moneyUnitFor(steps.flatMap((s) => [s.from, s.to])), table, summary };
}
