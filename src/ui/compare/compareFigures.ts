// The figures of the compare view: the headline figures of each scenario side
// by side (headlineTiles.ts, one row per figure) with each one's difference
// from the first, then people, capital and the balance of care at the horizon
// (MODEL.md §13, §14, §18), one top for every spend-by-level chart so the
// small multiples compare honestly, and every scenario's cumulative net saving.
import { formatPercent, formatPounds, formatPoundsShort } from '../../format/money';
import { financialYear, formatGoalOutput, lostBreakEvenYear } from '../../model';
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
  key: HeadlineTile['key'] | BalanceKey;
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
    case 'upstream':
      return pointsDifference(a.summary.upstreamShare.scenario[last(a)], b.summary.upstreamShare.scenario[last(b)], 'Share at the horizon');
    case 'payback': {
      const [from, to] = [a.summary.paybackYear, b.summary.paybackYear];
      // §6: a break-even later lost is no payback, and says so.
      const never = lostBreakEvenYear(b.summary) === null ? 'Never pays back' : 'Breaks even, then back in deficit';
      if (from === null || to === null) return { value: from === to ? 'No change' : to === null ? never : 'Pays back', detail: '' };
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

/** The horizon's index in a scenario's years. */
const horizon = (results: Results) => results.years.length - 1;

/** "+1.2 points", "−0.4 points", "No change": shares (0 to 1) compared, in percentage points. */
function pointsDifference(from: number | null, to: number | null, detail: string): HeadlineCell {
  if (from === null || to === null) return { value: '–', detail: 'No one to count in one of them' };
  const rounded = Math.round(1000 * (to - from)) / 10;
  return { value: rounded === 0 ? 'No change' : `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)} points`, detail };
}

type BalanceKey = 'peopleUpstream' | 'careHomes' | 'outsideCareHomes' | 'capital' | 'npvAfterCapital';

interface BalanceFigure {
  key: BalanceKey;
  label: string;
  cell: (results: Results) => HeadlineCell;
  difference: (a: Results, b: Results) => HeadlineCell;
}

const capitalTotal = (results: Results) => results.summary.capital.reduce((sum, x) => sum + x, 0);
const atHorizon = <T>(series: readonly T[]) => series[series.length - 1];
/** §18: a share of nobody has no value. */
const shareOrNone = (share: number | null) => (share === null ? 'No one to count' : formatPercent(share));
const withoutIt = (results: Results, text: string) => `${text} in ${financialYear(results.years[horizon(results)])} without the scenario`;

/** A §18 share at the horizon: the scenario's, the baseline's beside it, and differences in points. */
function shareFigure(key: BalanceKey, label: string, indicator: 'peopleUpstreamShare' | 'supportedAtHomeShare', differenceDetail: string): BalanceFigure {
  const share = (r: Results, side: 'baseline' | 'scenario') => atHorizon(r.summary.indicators[side][indicator]);
  return {
    key,
    label,
    cell: (r) => ({ value: shareOrNone(share(r, 'scenario')), detail: withoutIt(r, shareOrNone(share(r, 'baseline'))) }),
    difference: (a, b) => pointsDifference(share(a, 'scenario'), share(b, 'scenario'), differenceDetail),
  };
}

/** §13, §14, §18: people, capital and the balance of care, each scenario at its own horizon. */
const BALANCE_FIGURES: BalanceFigure[] = [
  shareFigure('peopleUpstream', 'People served at Levels 1 to 3, share at the horizon', 'peopleUpstreamShare', 'Share of people served'),
  {
    key: 'careHomes',
    label: 'Care-home places per 1,000 older people at the horizon',
    cell: (r) => ({
      value: formatGoalOutput('careHomePer1000', atHorizon(r.summary.indicators.scenario.careHomePer1000)),
      detail: withoutIt(r, formatGoalOutput('careHomePer1000', atHorizon(r.summary.indicators.baseline.careHomePer1000))),
    }),
    difference: (a, b) => {
      const change = atHorizon(b.summary.indicators.scenario.careHomePer1000) - atHorizon(a.summary.indicators.scenario.careHomePer1000);
      const rounded = Math.round(change * 10) / 10;
      return { value: rounded === 0 ? 'No change' : `${rounded > 0 ? '+' : '−'}${formatGoalOutput('careHomePer1000', Math.abs(rounded))}`, detail: 'Places per 1,000' };
    },
  },
  shareFigure(
    'outsideCareHomes',
    'People at Levels 4 and 5 supported outside care homes and hospital, at the horizon',
    'supportedAtHomeShare',
    'Share at Levels 4 and 5',
  ),
  {
    key: 'capital',
    label: 'Capital for new capacity, all years',
    cell: (r) => ({ value: formatPoundsShort(capitalTotal(r)), detail: `${formatPounds(capitalTotal(r))}, not in spend` }),
    difference: (a, b) => moneyDifference(capitalTotal(b) - capitalTotal(a)),
  },
  {
    key: 'npvAfterCapital',
    label: 'Net present value after capital',
    cell: (r) => ({ value: formatPoundsShort(r.summary.npvAfterCapital), detail: formatPounds(r.summary.npvAfterCapital) }),
    difference: (a, b) => moneyDifference(b.summary.npvAfterCapital - a.summary.npvAfterCapital),
  },
];

const CAPITAL_KEYS: readonly BalanceKey[] = ['capital', 'npvAfterCapital'];

/** People, capital and the balance of care side by side; capital only when some scenario spends any. */
export function balanceRows(columns: readonly ComparedResults[]): HeadlineRow[] {
  const hasCapital = columns.some((column) => column.results.summary.capital.some((x) => x !== 0));
  return BALANCE_FIGURES.filter((figure) => hasCapital || !CAPITAL_KEYS.includes(figure.key)).map((figure) => ({
    key: figure.key,
    label: figure.label,
    cells: columns.map((column) => figure.cell(column.results)),
    differences: columns.slice(1).map((column) => figure.difference(columns[0].results, column.results)),
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
