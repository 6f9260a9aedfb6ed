// The figures of the compare view: the headline figures of each scenario side
// by side (headlineTiles.ts, one row per figure) with each one's difference
// from the first, one top for every spend-by-level chart so the small
// multiples compare honestly, and every scenario's cumulative net saving.
import { formatPounds, formatPoundsShort } from '../../format/money';
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
  /** Each scenario after the first against the first: "+£1.2m", "2 years sooner". */
  differences: HeadlineCell[];
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

/** "+£1.2m", "−£300k", "no change": a difference of money, signed. */
function moneyDifference(difference: number): HeadlineCell {
  if (difference === 0) return { value: 'No change', detail: '' };
  const sign = difference > 0 ? '+' : '−';
  return { value: `${sign}${formatPoundsShort(Math.abs(difference))}`, detail: `${sign}${formatPounds(Math.abs(difference))}` };
}

/** One headline figure of `column` set against the same figure of `first`. */
function differenceCell(key: HeadlineTile['key'], first: ComparedResults, column: ComparedResults): HeadlineCell {
  const [a, b] = [first.results, column.results];
  const last = (r: Results) => r.years.length - 1;
  switch (key) {
    case 'npv':
      return moneyDifference(b.summary.npv - a.summary.npv);
    case 'netSaving':
      return moneyDifference(b.summary.netSaving[last(b)] - a.summary.netSaving[last(a)]);
    case 'upstream': {
      const points = 100 * (b.summary.upstreamShare.scenario[last(b)] - a.summary.upstreamShare.scenario[last(a)]);
      const rounded = Math.round(points * 10) / 10;
      return { value: rounded === 0 ? 'No change' : `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)} points`, detail: 'Share at the horizon' };
    }
    case 'payback': {
      const [from, to] = [a.summary.paybackYear, b.summary.paybackYear];
      if (from === null || to === null) return { value: from === to ? 'No change' : to === null ? 'Never pays back' : 'Pays back', detail: '' };
      const years = to - from;
      const span = Math.abs(years) === 1 ? '1 year' : `${Math.abs(years)} years`;
      return { value: years === 0 ? 'No change' : `${span} ${years > 0 ? 'later' : 'sooner'}`, detail: '' };
    }
  }
}

export function headlineRows(columns: readonly ComparedResults[]): HeadlineRow[] {
  const tiles = columns.map((column) => headlineTiles(column.results, column.scenario));
  return (Object.keys(ROW_LABELS) as Array<HeadlineTile['key']>).map((key) => ({
    key,
    label: ROW_LABELS[key],
    cells: tiles.map((set, c) => cellOf(set.find((tile) => tile.key === key)!, columns[c].results)),
    differences: columns.slice(1).map((column) => differenceCell(key, columns[0], column)),
  }));
}

export interface CumulativeSaving {
  /** Every financial year any of the scenarios covers, in order. */
  labels: string[];
  /** Each scenario's cumulative net saving, null in years it does not cover. */
  series: Array<{ name: string; values: Array<number | null> }>;
}

/** Each scenario's net saving added up over the years (MODEL.md §6), on one axis of years. */
export function cumulativeSavings(columns: ReadonlyArray<ComparedResults & { name: string }>): CumulativeSaving {
  const years = [...new Set(columns.flatMap((column) => column.results.years))].sort((a, b) => a - b);
  return {
    labels: years.map(financialYear),
    series: columns.map((column) => ({
      name: column.name,
      values: years.map((year) => {
        const t = column.results.years.indexOf(year);
        return t < 0 ? null : column.results.summary.cumulativeNetSaving[t];
      }),
    })),
  };
}

/** The largest yearly total, baseline or scenario, of any of the results: the stacked bars' shared top. */
export function sharedSpendMax(results: readonly Results[]): number {
  return Math.max(0, ...results.flatMap((r) => [...r.baseline.total, ...r.scenario.total]));
}
