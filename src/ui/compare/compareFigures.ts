// The figures of the compare view: the headline figures of each scenario side
// by side (headlineTiles.ts, one row per figure), and one top for every
// spend-by-level chart so the small multiples compare honestly.
import { financialYear } from '../../model';
import type { Results } from '../../model';
import type { Scenario } from '../../model';
import { headlineTiles, type HeadlineTile } from '../headline/headlineTiles';

export interface ComparedResults {
  scenario: Scenario;
  results: Results;
}

export interface HeadlineCell {
  value: string;
  detail: string;
}

export interface HeadlineRow {
  key: HeadlineTile['key'];
  label: string;
  cells: HeadlineCell[];
}

/** Row names that hold for every column: each scenario may end in a different year. */
const ROW_LABELS: Record<HeadlineTile['key'], string> = {
  npv: 'Net present value',
  payback: 'Payback year',
  upstream: 'Upstream share, now → horizon',
  netSaving: 'Net saving at the horizon',
};

function cellOf(tile: HeadlineTile, results: Results): HeadlineCell {
  if (tile.key !== 'netSaving') return { value: tile.value, detail: tile.detail };
  return { value: tile.value, detail: `In ${financialYear(results.years[results.years.length - 1])}; ${tile.detail}` };
}

export function headlineRows(columns: readonly ComparedResults[]): HeadlineRow[] {
  const tiles = columns.map((column) => headlineTiles(column.results, column.scenario));
  return (Object.keys(ROW_LABELS) as Array<HeadlineTile['key']>).map((key) => ({
    key,
    label: ROW_LABELS[key],
    cells: tiles.map((set, c) => cellOf(set.find((tile) => tile.key === key)!, columns[c].results)),
  }));
}

/** The largest yearly total, baseline or scenario, of any of the results: the stacked bars' shared top. */
export function sharedSpendMax(results: readonly Results[]): number {
  return Math.max(0, ...results.flatMap((r) => [...r.baseline.total, ...r.scenario.total]));
}
