// The time for 10,000 Monte Carlo runs of a scenario in Node, through the
// engine's own Monte Carlo (src/model/monteCarlo.ts): compiling, drawing every
// ranged input, running the kernel and summarising P10/P50/P90 per year.
import { runMonteCarlo } from '../../src/model/analysis/monteCarlo';
import type { Scenario } from '../../src/model/file/schema';
import { now, summariseLatencies, type LatencySummary } from './statistics';

export const MONTE_CARLO_RUNS = 10_000;

export type MonteCarloSpeed = { ok: true; ms: LatencySummary; seed: number } | { ok: false; reason: string };

export function measureMonteCarlo(scenario: Scenario, repeats: number): MonteCarloSpeed {
  if ((scenario.uncertainty ?? []).length === 0) {
    return { ok: false, reason: 'the scenario has no uncertainty ranges, so Monte Carlo has nothing to draw' };
  }
  const seed = scenario.monteCarlo?.seed ?? 1;
  const once = () => {
    const start = now();
    runMonteCarlo(scenario, { runs: MONTE_CARLO_RUNS, seed });
    return now() - start;
  };
  once(); // warms up the JIT; not counted
  return { ok: true, ms: summariseLatencies(Array.from({ length: repeats }, once)), seed };
}
