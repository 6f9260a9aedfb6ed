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
import {
  countySizedScenario,
  EXAMPLE_A_RANGES,
  exampleAFile,
  exampleAWithRanges,
  exampleBFile,
  inputValueAt,
  inputValues,
  lostPaybackFile,
  relativeDifference,
  validScenario,
} from './uncertaintyFixtures';

/** PERCENTILE.INC by sorting, as Excel documents it. */
function percentileBySorting(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  return below + 1 < sorted.length ? sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]) : sorted[below];
}

const WHOLE_NUMBER_FIELDS = /(startYear|endYear|rampYears|lagYears|\/year)$/;

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

/** P10, P50 and P90 of one figure over runs done the slow way. */
function slowPercentiles(values: number[]) {
  return { p10: percentileBySorting(values, 0.1), p50: percentileBySorting(values, 0.5), p90: percentileBySorting(values, 0.9) };
}

function expectClose(got: { p10: number; p50: number; p90: number }, want: { p10: number; p50: number; p90: number }): void {
  for (const key of ['p10', 'p50', 'p90'] as const) expect([key, relativeDifference(got[key], want[key])]).toEqual([key, 0]);
}

describe('Monte Carlo on version 2 inputs (MODEL.md §13, §14, §18)', () => {
  const H = 4;
  const ranged = (uncertainty: unknown[], runs = 200) => validScenario({ ...exampleBFile(), uncertainty, monteCarlo: { runs, seed: 7 } });
  const scenario = ranged([
    { path: 'services/3/unitsPerPerson', low: 0.8, high: 1.25 },
    { path: 'services/3/capacity/changes/1/units', low: 0, high: 10 },
    { path: 'investments/0/amount', low: 0, high: 60_000 },
  ]);
  const result = runMonteCarlo(scenario);
  const runs = monteCarloTheSlowWay(scenario);

  it('matches runs done the slow way: care-home places per 1,000 each year, NPV and NPV after capital', () => {
    for (let t = 0; t <= H; t++) {
      const want = slowPercentiles(runs.map((r) => r.summary.indicators.scenario.careHomePer1000[t]));
      expectClose({ p10: result.careHomePer1000.p10[t], p50: result.careHomePer1000.p50[t], p90: result.careHomePer1000.p90[t] }, want);
    }
    expectClose(result.npv, slowPercentiles(runs.map((r) => r.summary.npv)));
    expectClose(result.npvAfterCapital, slowPercentiles(runs.map((r) => r.summary.npvAfterCapital)));
  });

  it('a range on the units a care-home resident uses moves care-home places per 1,000 away from the central value', () => {
    const alone = runMonteCarlo(ranged([{ path: 'services/3/unitsPerPerson', low: 0.8, high: 1.25 }]));
    const central = runModel(validScenario(exampleBFile())).summary;
    expect(alone.careHomePer1000.p10[H]).toBeLessThan(central.indicators.scenario.careHomePer1000[H] - 0.5);
    expect(alone.careHomePer1000.p90[H]).toBeGreaterThan(central.indicators.scenario.careHomePer1000[H] + 0.5);
    // People are not money: spend, and so NPV, stay where they were.
    expect(alone.npv).toEqual({ p10: central.npv, p50: central.npv, p90: central.npv });
  });

  it('a range on the places a capacity change opens moves capital, so NPV after capital, and not NPV', () => {
    const alone = runMonteCarlo(ranged([{ path: 'services/3/capacity/changes/1/units', low: 0, high: 10 }]));
    const central = runModel(validScenario(exampleBFile())).summary;
    expect(alone.npv.p10).toBe(central.npv);
    expect(alone.npv.p90).toBe(central.npv);
    expect(alone.npvAfterCapital.p10).toBeLessThan(central.npvAfterCapital);
    expect(alone.npvAfterCapital.p90).toBeGreaterThan(alone.npvAfterCapital.p10 + 100_000);
  });

  it('counts runs that pay back and stay paid back, not those that break even and fall back into deficit', () => {
    const lost = validScenario({ ...lostPaybackFile(), uncertainty: [{ path: 'rebalancing/0/ratio', low: 2000, high: 5000 }], monteCarlo: { runs: 200, seed: 7 } });
    const slow = monteCarloTheSlowWay(lost);
    const lasting = slow.filter((r) => r.summary.paybackYear !== null).length;
    const brokeEven = slow.filter((r) => r.summary.firstBreakEvenYear !== null).length;
    expect(lasting).toBeGreaterThan(0);
    expect(brokeEven).toBeGreaterThan(lasting);
    expect(runMonteCarlo(lost)).toMatchObject({ paybackCount: lasting, paybackShare: lasting / 200 });
  });
});
