// The words around a Monte Carlo run: its progress, the share of runs that
// pay back and the range of the NPV (MODEL.md §6, §8, §14), as a finance lead
// would say them.
import { formatPoundsShort } from '../../format/money';
import { financialYear } from '../../model';
import type { MonteCarloResult, Percentiles } from '../../model';

const count = new Intl.NumberFormat('en-GB');

/** 12000 → "12,000". */
export function formatCount(value: number): string {
  return count.format(value);
}

/** "12,000 of 50,000 runs". */
export function progressText(runsDone: number, runs: number): string {
  return `${formatCount(runsDone)} of ${formatCount(runs)} runs`;
}

/** A share of runs as a whole percentage that never rounds a few runs away: "83%", "less than 1%", "more than 99%". */
export function shareOfRuns(share: number): string {
  const percent = Math.round(share * 100);
  if (percent === 0 && share > 0) return 'less than 1%';
  if (percent === 100 && share < 1) return 'more than 99%';
  return `${percent}%`;
}

/**
 * "In 83% of 10,000 runs the scenario pays back by 2025/26 and stays paid
 * back." §6: a run that breaks even and falls back into deficit is not counted.
 */
export function paybackShareText(result: MonteCarloResult): string {
  const horizon = financialYear(result.years[result.years.length - 1]);
  return `In ${shareOfRuns(result.paybackShare)} of ${formatCount(result.runsDone)} runs the scenario pays back by ${horizon} and stays paid back.`;
}

const sameRange = (a: Percentiles, b: Percentiles) => a.p10 === b.p10 && a.p50 === b.p50 && a.p90 === b.p90;
const rangeWords = (range: Percentiles) => `${formatPoundsShort(range.p50)} (from ${formatPoundsShort(range.p10)} to ${formatPoundsShort(range.p90)} in 8 runs of 10)`;

/**
 * "NPV of net saving: median £1.2m (from £0.4m to £2.0m in 8 runs of 10)",
 * and the NPV after capital (§14) beside it whenever capital changes it.
 */
export function npvRangeLines(result: MonteCarloResult): string[] {
  const lines = [`NPV of net saving: median ${rangeWords(result.npv)}`];
  if (!sameRange(result.npv, result.npvAfterCapital)) lines.push(`NPV after capital: median ${rangeWords(result.npvAfterCapital)}`);
  return lines;
}
