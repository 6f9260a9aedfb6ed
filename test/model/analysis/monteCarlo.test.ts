import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/model/kernel/compile';
import { checkMonteCarlo, MonteCarloJob, runMonteCarlo, runMonteCarloInSlices } from '../../../src/model/analysis/monteCarlo';
import { percentilesInPlace } from '../../../src/model/analysis/percentiles';
import { runModel } from '../../../src/model/kernel/results';
import { withInputValue } from '../../../src/model/file/scenarioInput';
import type { Scenario } from '../../../src/model/file/schema';
import { triangularQuantile } from '../../../src/model/analysis/triangular';
import { countySizedScenario, EXAMPLE_A_RANGES, exampleAFile, exampleAWithRanges, inputValueAt, inputValues, relativeDifference, validScenario } from './uncertaintyFixtures';

/** PERCENTILE.INC by sorting, as Excel documents it. */
function percentileBySorting(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  return below + 1 < sorted.length ? sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]) : sorted[below];
}

const WHOLE_NUMBER_FIELDS = /(startYear|rampYears|lagYears)$/;

/**
 * Monte Carlo done the slow way: the documented draws (one uniformFloat64
 * per range, in file order, from a Mersenne Twister seeded with the seed),
 * each run a fresh runModel of a changed copy of the scenario.
 */
function monteCarloTheSlowWay(scenario: Scenario) {
  const rng = mersenne(scenario.monteCarlo!.seed);
  return Array.from({ length: scenario.monteCarlo!.runs }, () => {
    let drawn = scenario;
    for (const range of scenario.uncertainty!) {
      const value = triangularQuantile(uniformFloat64(rng), range.low, inputValueAt(scenario, range.path), range.high);
      drawn = withInputValue(drawn, range.path, WHOLE_NUMBER_FIELDS.test(range.path) ? Math.round(value) : value);
    }
    return runModel(drawn);
  });
}

describe('triangular draws', () => {
  it('have the mean (low + mode + high) / 3 over many draws', () => {
    const rng = mersenne(12345);
    for (const [low, mode, high] of [[1, 2, 6], [0, 0, 1], [10, 30, 30], [-5, 1, 2]]) {
      const n = 200_000;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += triangularQuantile(uniformFloat64(rng), low, mode, high);
      // the standard error is below 0.01 × (high − low) / 3 at this many draws
      expect(Math.abs(sum / n - (low + mode + high) / 3)).toBeLessThan(0.01 * (high - low));
    }
  });

  it('stay within the range, reach the mode at its share of the range, and give the value for a zero-width range', () => {
    expect(triangularQuantile(0, 1, 2, 6)).toBe(1);
    expect(triangularQuantile(0.2, 1, 2, 6)).toBeCloseTo(2, 12);
    expect(triangularQuantile(1 - 2 ** -53, 1, 2, 6)).toBeCloseTo(6, 6);
    expect(triangularQuantile(0.7, 4, 4, 4)).toBe(4);
  });
});

describe('percentiles (PERCENTILE.INC)', () => {
  it('match sorting and interpolating, for many sizes, ties and orders', () => {
    const rng = mersenne(99);
    for (const n of [1, 2, 3, 10, 11, 101, 1000, 4097]) {
      for (const ties of [false, true]) {
        const values = Array.from({ length: n }, () => (ties ? Math.floor(uniformFloat64(rng) * 5) : uniformFloat64(rng) * 1e6 - 5e5));
        const shares = [0.1, 0.5, 0.9];
        const got = percentilesInPlace(Float64Array.from(values), shares);
        expect(got).toEqual(shares.map((p) => percentileBySorting(values, p)));
        const ascending = Float64Array.from(values).sort();
        expect(percentilesInPlace(ascending, shares)).toEqual(got);
      }
    }
  });
});

describe('Monte Carlo (MODEL.md §8)', () => {
  const scenario = exampleAWithRanges();
  const result = runMonteCarlo(scenario);

  it('gives identical results for the same file and seed', () => {
    expect(runMonteCarlo(exampleAWithRanges())).toEqual(result);
  });

  it('gives different results for a different seed', () => {
    const other = runMonteCarlo(scenario, { seed: scenario.monteCarlo!.seed + 1 });
    expect(other.seed).toBe(scenario.monteCarlo!.seed + 1);
    expect(other.scenarioTotal.p50).not.toEqual(result.scenarioTotal.p50);
    expect(other.netSaving.p10).not.toEqual(result.netSaving.p10);
  });

  it('reports P10 ≤ P50 ≤ P90 every year, over every year of the scenario', () => {
    expect(result.years).toEqual([2025, 2026, 2027, 2028, 2029]);
    for (const series of [result.scenarioTotal, result.netSaving]) {
      expect(series.p10).toHaveLength(5);
      series.p10.forEach((p10, t) => {
        expect(p10).toBeLessThanOrEqual(series.p50[t]);
        expect(series.p50[t]).toBeLessThanOrEqual(series.p90[t]);
      });
    }
    expect(result.scenarioTotal.p90[4]).toBeGreaterThan(result.scenarioTotal.p10[4]);
  });

  it('matches runs done the slow way: the percentiles of each year and the count of runs that pay back', () => {
    const runs = monteCarloTheSlowWay(scenario);
    const paying = runs.filter((r) => r.summary.paybackYear !== null).length;
    expect(result).toMatchObject({ runs: 300, runsDone: 300, complete: true, paybackCount: paying, paybackShare: paying / 300 });
    expect(result.paybackShare).toBeGreaterThan(0);
    expect(result.paybackShare).toBeLessThan(1);
    const worst = (got: number[], series: (r: ReturnType<typeof runModel>) => number[], p: number) =>
      Math.max(...got.map((value, t) => relativeDifference(value, percentileBySorting(runs.map((r) => series(r)[t]), p))));
    for (const [key, p] of [['p10', 0.1], ['p50', 0.5], ['p90', 0.9]] as const) {
      expect(worst(result.scenarioTotal[key], (r) => r.scenario.total, p)).toBeLessThan(1e-12);
      expect(worst(result.netSaving[key], (r) => r.summary.netSaving, p)).toBeLessThan(1e-12);
    }
  });

  it('every run equals the central run when every range has zero width', () => {
    const file = exampleAFile();
    const plain = validScenario(file);
    const central = runModel(plain);
    const flat = validScenario({
      ...file,
      uncertainty: EXAMPLE_A_RANGES.map(({ path }) => ({ path, low: inputValueAt(plain, path), high: inputValueAt(plain, path) })),
      monteCarlo: { runs: 50, seed: 3 },
    });
    const same = runMonteCarlo(flat);
    for (const key of ['p10', 'p50', 'p90'] as const) {
      expect(same.scenarioTotal[key]).toEqual(central.scenario.total);
      expect(same.netSaving[key]).toEqual(central.summary.netSaving);
    }
    expect(same.paybackCount).toBe(central.summary.paybackYear === null ? 0 : 50);
  });

  it('gives the same answer however the runs are split into steps', () => {
    const job = new MonteCarloJob(scenario);
    while (!job.complete) expect(job.step(7)).toBeGreaterThan(0);
    expect(job.result()).toEqual(result);
  });

  it('summarises the runs done so far', () => {
    const job = new MonteCarloJob(scenario);
    expect(() => job.result()).toThrow(/no Monte Carlo runs/i);
    job.step(10);
    expect(job.result()).toEqual({ ...runMonteCarlo(scenario, { runs: 10 }), runs: 300, complete: false });
  });

  it('runs in time slices with progress, and stops when cancelled with what it has done', async () => {
    const progress: number[] = [];
    const sliced = await runMonteCarloInSlices(scenario, {}, { sliceMs: 1, onProgress: (p) => progress.push(p.runsDone) });
    expect(sliced).toEqual(result);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(300);

    let slices = 0;
    const stopped = await runMonteCarloInSlices(scenario, { runs: 100_000 }, { sliceMs: 1, onProgress: () => slices++, isCancelled: () => slices >= 2 });
    expect(stopped.complete).toBe(false);
    expect(stopped.runsDone).toBeLessThan(100_000);
    expect(stopped).toEqual({ ...runMonteCarlo(scenario, { runs: stopped.runsDone }), runs: 100_000, complete: false });
  });

  it('leaves the compiled model as it was, after a whole analysis and after each step', () => {
    const model = compileScenario(scenario);
    const before = inputValues(model);
    expect(runMonteCarlo(scenario, {}, model)).toEqual(result);
    expect(inputValues(model)).toEqual(before);
    const job = new MonteCarloJob(scenario, {}, model);
    job.step(5);
    expect(inputValues(model)).toEqual(before);
  });

  it('says in plain words what stops it: no settings, settings out of bounds, no ranges', () => {
    const plain = validScenario(exampleAFile());
    expect(checkMonteCarlo(plain).map((p) => p.path)).toEqual(['monteCarlo', 'uncertainty']);
    expect(checkMonteCarlo(plain)[1].message).toMatch(/has no ranges/);
    expect(checkMonteCarlo(plain, { runs: 10, seed: 1 }).map((p) => p.path)).toEqual(['uncertainty']);
    expect(checkMonteCarlo(scenario, { runs: 0 })).toEqual([{ path: 'monteCarlo/runs', message: expect.stringMatching(/from 1 to 100000, got 0/) }]);
    expect(checkMonteCarlo(scenario)).toEqual([]);
    expect(() => new MonteCarloJob(plain)).toThrow(/monteCarlo: is needed/);
  });

  it('does 10,000 runs of a county-sized scenario (time logged, not asserted)', () => {
    const county = countySizedScenario();
    const model = compileScenario(county);
    const started = performance.now();
    const big = runMonteCarlo(county, {}, model);
    const ms = performance.now() - started;
    console.log(`Monte Carlo: 10,000 runs of ${model.years} years × ${model.serviceIds.length} services × ${model.bandIds.length} bands took ${ms.toFixed(0)} ms`);
    expect(big.runsDone).toBe(10_000);
    big.netSaving.p10.forEach((p10, t) => expect(p10).toBeLessThanOrEqual(big.netSaving.p90[t]));
    expect(big.netSaving.p90[17]).toBeGreaterThan(big.netSaving.p10[17]);
  });
});
