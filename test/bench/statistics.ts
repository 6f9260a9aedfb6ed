// Summaries of repeated timings. The machines are shared and noisy, so the
// bench reports medians and high percentiles, never a single run or a mean.

/** The p-th percentile (0–100) by linear interpolation between sorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const position = ((sorted.length - 1) * p) / 100;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Median and p95 of latencies, with how many samples they summarise. */
export interface LatencySummary {
  median: number;
  p95: number;
  samples: number;
}

export function summariseLatencies(samples: readonly number[]): LatencySummary {
  return { median: median(samples), p95: percentile(samples, 95), samples: samples.length };
}

/** Milliseconds since an arbitrary start, at sub-microsecond resolution. */
export const now = (): number => performance.now();
