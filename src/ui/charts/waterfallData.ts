// Chart 4: what drives the change in spend from the first year to the
// horizon, as floating bars that add up exactly (MODEL.md §6, waterfall).
import { formatPounds, formatPoundsShort } from '../../format/money';
import type { Results, Waterfall } from '../../model';
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
  /** Where the money axis starts (see `axisFloor`). */
  floor: number;
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

/** A step's change with its sign, in the given format: "+£438,000", "-£1.2m". */
export function signedChange(step: Pick<WaterfallStep, 'change'>, format: (value: number) => string): string {
  return `${step.change > 0 ? '+' : ''}${format(step.change)}`;
}

/** Below this share of the highest running total, cutting the axis shows the steps little larger: it starts at £0. */
const LEAST_WORTH_CUTTING = 0.2;

/**
 * Where the money axis starts: about 90% of the lowest running total, down
 * to two significant figures (£125.1m → £120m), so that steps of a few
 * million show beside totals of hundreds; £0 when that would gain little.
 */
export function axisFloor(steps: readonly WaterfallStep[]): number {
  const ends = steps.flatMap((step) => (step.kind === 'total' ? [step.to] : [step.from, step.to]));
  const lowest = Math.min(...ends);
  const highest = Math.max(...ends);
  const near = 0.9 * lowest;
  if (!(near > 0) || near < LEAST_WORTH_CUTTING * highest) return 0;
  const step = 10 ** (Math.floor(Math.log10(near)) - 1);
  return Math.floor(near / step) * step;
}

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
      cells: [step.kind === 'total' ? '' : signedChange(step, formatPounds), formatPounds(step.to)],
    })),
  };
  const summary =
    `What changes spend from ${formatPoundsShort(waterfall.start)} in ${first} to ${formatPoundsShort(waterfall.end)} in ${last}: ` +
    drivers.map((d) => `${d.label.toLowerCase()} ${signedChange(d, formatPoundsShort)}`).join(', ') +
    '.';
  return { steps, floor: axisFloor(steps), unit: moneyUnitFor(steps.flatMap((s) => [s.from, s.to])), table, summary };
}
