// The words around a Monte Carlo run: its progress and the share of runs that
// pay back (MODEL.md §8), as a finance lead would say them.
import { financialYear } from '../../model';
import type { MonteCarloResult } from '../../model';

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

/** "In 83% of 10,000 runs the scenario pays back by 2025/26." */
export function paybackShareText(result: MonteCarloResult): string {
  const horizon = financialYear(result.years[result.years.length - 1]);
  return `In ${shareOfRuns(result.paybackShare)} of ${formatCount(result.runsDone)} runs the scenario pays back by ${horizon}.`;
}
