import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/model/kernel/compile';
import { checkGoalSeek, describeGoalSeek, GOAL_SEEK_TOLERANCE, goalSeek, type GoalOutput, type GoalSeekRequest } from '../../../src/model/analysis/goalSeek';
import { runModel, type Results } from '../../../src/model/kernel/results';
import type { Scenario } from '../../../src/model/file/schema';
import { withInputValue } from '../../../src/model/file/scenarioInput';
import { exampleAFile, exampleBFile, inputValues, validScenario } from './uncertaintyFixtures';

const scenario = validScenario(exampleAFile());
const H = scenario.meta.horizonYears;

/** The output a request aims at, from a fresh run of the whole model on `on` with the input set to `value` (NaN where it has no meaning). */
function rerun(request: GoalSeekRequest, value: number, on: Scenario = scenario): number {
  const results: Results = runModel(withInputValue(on, request.path, value));
  const { summary } = results;
  const indicators = summary.indicators.scenario;
  const pick: Record<GoalOutput, () => number | null> = {
    npv: () => summary.npv,
    cumulativeNetSaving: () => summary.cumulativeNetSaving[H],
    scenarioTotal: () => results.scenario.total[request.year! - on.meta.baseYear],
    upstreamShare: () => summary.upstreamShare.scenario[H],
    npvAfterCapital: () => summary.npvAfterCapital,
    careHomePer1000: () => indicators.careHomePer1000[H],
    supportedAtHomeShare: () => indicators.supportedAtHomeShare[H],
  };
  return pick[request.output]() ?? NaN;
}

/** The answer is within the tolerance of the true crossing: the output crosses the target inside [value − tol, value + tol]. */
function expectCrossingNear(request: GoalSeekRequest, value: number, on: Scenario = scenario): void {
  const tolerance = GOAL_SEEK_TOLERANCE * Math.max(Math.abs(request.lo), Math.abs(request.hi));
  const below = rerun(request, Math.max(request.lo, value - tolerance), on) - request.target;
  const above = rerun(request, Math.min(request.hi, value + tolerance), on) - request.target;
  expect(below * above).toBeLessThanOrEqual(0);
}

describe('goal seek on worked example A (MODEL.md §8)', () => {
  const requests: GoalSeekRequest[] = [
    { path: 'investments/0/amount', lo: 0, hi: 200_000, output: 'npv', target: 1_000_000 },
    { path: 'investments/0/amount', lo: 0, hi: 5_000_000, output: 'cumulativeNetSaving', target: 0 },
    { path: 'investments/0/deflects/1/rate', lo: 0, hi: 2, output: 'cumulativeNetSaving', target: 1_000_000 },
    { path: 'rebalancing/0/share', lo: 0, hi: 1, output: 'upstreamShare', target: 0.07 },
    { path: 'services/3/costGrowth', lo: -0.5, hi: 0.5, output: 'scenarioTotal', target: 1_500_000, year: 2028 },
  ];

  for (const request of requests) {
    it(`finds ${request.path} giving ${request.output} ${request.target}, within tolerance (checked by rerunning)`, () => {
      const result = goalSeek(scenario, request);
      if (!result.reached) throw new Error(result.reason);
      expect(result.value).toBeGreaterThanOrEqual(request.lo);
      expect(result.value).toBeLessThanOrEqual(request.hi);
      expect(result.output).toBe(rerun(request, result.value));
      expect(result.iterations).toBeGreaterThan(5);
      expectCrossingNear(request, result.value);
    });
  }

  it('returns a bound that hits the target exactly, without bisecting', () => {
    const request: GoalSeekRequest = { path: 'investments/0/amount', lo: 20_000, hi: 50_000, output: 'npv', target: runModel(scenario).summary.npv };
    expect(goalSeek(scenario, request)).toEqual({ reached: true, value: 20_000, output: request.target, iterations: 0 });
  });

  it('says so in plain words when the target is not between the outputs at the bounds', () => {
    const request: GoalSeekRequest = { path: 'investments/0/amount', lo: 0, hi: 200_000, output: 'npv', target: 1e9 };
    const result = goalSeek(scenario, request);
    expect(result).toEqual({
      reached: false,
      reason: expect.stringMatching(/^not reachable within these bounds: the NPV of net saving is £[\d,.m]+ with Reablement expansion: amount a year at £0 and £[\d,.m]+ at £200,000; the target, £1.00bn, is not between them$/),
      outputAtLo: rerun(request, 0),
      outputAtHi: rerun(request, 200_000),
    });
  });

  it('leaves the compiled model as it was, whether or not the target is reached', () => {
    const model = compileScenario(scenario);
    const before = inputValues(model);
    goalSeek(scenario, requests[0], model);
    goalSeek(scenario, { ...requests[0], target: 1e9 }, model);
    expect(inputValues(model)).toEqual(before);
  });
});

describe('goal seek on the version 2 outputs of worked example B (MODEL.md §14, §18)', () => {
  const exampleB = validScenario(exampleBFile());
  const central = runModel(exampleB).summary;
  const requests: GoalSeekRequest[] = [
    { path: 'investments/0/amount', lo: 0, hi: 200_000, output: 'npvAfterCapital', target: 500_000 },
    { path: 'services/3/capacity/capitalCostPerUnit', lo: 0, hi: 1_000_000, output: 'npvAfterCapital', target: 0 },
    { path: 'rebalancing/0/share', lo: 0, hi: 1, output: 'careHomePer1000', target: 10 },
    { path: 'rebalancing/0/share', lo: 0, hi: 1, output: 'supportedAtHomeShare', target: 0.8 },
  ];

  it('starts from figures the targets lie away from, so each search has work to do', () => {
    expect(central.npvAfterCapital).toBeGreaterThan(600_000);
    expect(exampleB.meta.horizonYears).toBe(H);
    expect(central.indicators.scenario.careHomePer1000[H]).toBeGreaterThan(12);
    expect(central.indicators.scenario.supportedAtHomeShare[H]).toBeLessThan(0.78);
  });

  for (const request of requests) {
    it(`finds ${request.path} giving ${request.output} ${request.target}, checked by rerunning`, () => {
      const result = goalSeek(exampleB, request);
      if (!result.reached) throw new Error(result.reason);
      expect(result.output).toBe(rerun(request, result.value, exampleB));
      expect(result.iterations).toBeGreaterThan(5);
      expectCrossingNear(request, result.value, exampleB);
    });
  }

  it('words the new outputs', () => {
    const say = (request: GoalSeekRequest) => describeGoalSeek(exampleB, request, goalSeek(exampleB, request));
    expect(say(requests[0])).toMatch(/^An investment of £[\d,]+ a year in Reablement expansion gives an NPV of net saving after capital of £500,000 over 2025\/26 to 2029\/30\.$/);
    expect(say(requests[1])).toMatch(/^With Residential care: capital cost per place opened at £[\d,.m]+, the scenario gives an NPV of net saving after capital of £0 over/);
    expect(say(requests[2])).toMatch(/^With Move from Residential care to Home care: share moved at \d+\.\d\d%, the scenario has 10\.0 care-home places per 1,000 older people in 2029\/30\.$/);
    expect(say(requests[3])).toMatch(/the scenario supports 80\.0% of people at Levels 4 and 5 outside care homes and hospital in 2029\/30\.$/);
  });

  it('says why when the share supported at home has no value at a bound: nobody at Levels 4 and 5', () => {
    // Only residential care left at Levels 4–5, used by the 65–84s alone: with no 65–84s in the last year, nobody is there.
    const file = exampleBFile();
    file.services[2].level = 2;
    file.services[3].baselineUsers = { '65-84': 20, '85+': 0 };
    const lonely = validScenario(file);
    const request: GoalSeekRequest = { path: 'ageBands/0/population/4', lo: 0, hi: 2000, output: 'supportedAtHomeShare', target: 0.5 };
    expect(rerun(request, 0, lonely)).toBeNaN();
    const result = goalSeek(lonely, request);
    expect(result).toEqual({ reached: false, reason: expect.stringMatching(/^not reachable: with Population aged 65-84 in 2029\/30 at 0 nobody is served at Levels 4 and 5, so the share of people/), outputAtLo: null, outputAtHi: rerun(request, 2000, lonely) });
  });
});

describe('goal seek requests that cannot run', () => {
  const ok: GoalSeekRequest = { path: 'investments/0/amount', lo: 0, hi: 200_000, output: 'npv', target: 1_000_000 };
  const problems = (change: Partial<GoalSeekRequest>) => checkGoalSeek(scenario, { ...ok, ...change });

  it('accepts a good request', () => {
    expect(problems({})).toEqual([]);
  });

  it('needs the low bound below the high bound, both numbers', () => {
    expect(problems({ lo: 5, hi: 5 })).toEqual([{ path: 'hi', message: 'must be above the low bound 5, got 5' }]);
    expect(problems({ lo: NaN }).map((p) => p.path)).toEqual(['lo']);
    expect(problems({ target: Infinity }).map((p) => p.path)).toEqual(['target']);
  });

  it('needs an input that exists, may vary and takes any value', () => {
    expect(problems({ path: 'investments/3/amount' })[0].message).toMatch(/does not name a numeric input/);
    expect(problems({ path: 'meta/horizonYears', lo: 1, hi: 9 })[0].message).toMatch(/the horizon sets the shape of the model/);
    expect(problems({ path: 'pool/contributions/nhs', lo: 0, hi: 1 })[0].message).toMatch(/must add up to 1/);
    expect(problems({ path: 'investments/0/startYear', lo: 2025, hi: 2030 })[0].message).toMatch(/whole years only/);
  });

  it('needs bounds the file could hold', () => {
    expect(problems({ lo: -5 })).toEqual([{ path: 'lo', message: '-5 cannot be used: investments/0/amount: must be an amount in £ a year from 0 to £10,000,000,000, got -5' }]);
    const share = problems({ path: 'rebalancing/0/share', lo: 0, hi: 1.2, output: 'upstreamShare', target: 0.07 });
    expect(share.map((p) => p.path)).toEqual(['hi', 'hi']);
    expect(problems({ path: 'services/1/unitCost', lo: 0, hi: 5000 })[0].message).toMatch(/unit cost of £0/);
  });

  it('needs a year from the scenario for total spend, and no year otherwise', () => {
    expect(problems({ output: 'scenarioTotal' })[0].message).toBe('is needed for total spend: give a year from 2025 to 2029 (2025/26 to 2029/30)');
    expect(problems({ output: 'scenarioTotal', year: 2031 })[0].message).toMatch(/got 2031/);
    expect(problems({ output: 'scenarioTotal', year: 2027 })).toEqual([]);
    expect(problems({ year: 2027 })[0]).toEqual({ path: 'year', message: expect.stringMatching(/only used with the output scenarioTotal/) });
    expect(problems({ output: 'irr' as GoalOutput })[0].path).toBe('output');
  });

  it('refuses to run such a request', () => {
    expect(() => goalSeek(scenario, { ...ok, lo: 9, hi: 1 })).toThrow(/hi: must be above the low bound 9/);
  });
});

describe('goal seek answers in words', () => {
  it('words an investment amount that pays back', () => {
    const request: GoalSeekRequest = { path: 'investments/0/amount', lo: 0, hi: 5_000_000, output: 'cumulativeNetSaving', target: 0 };
    const result = goalSeek(scenario, request);
    expect(describeGoalSeek(scenario, request, result)).toMatch(/^An investment of £\d\.\d\dm a year in Reablement expansion pays back by 2029\/30\.$/);
  });

  it('words other outputs and other inputs', () => {
    const say = (request: GoalSeekRequest) => describeGoalSeek(scenario, request, goalSeek(scenario, request));
    expect(say({ path: 'investments/0/amount', lo: 0, hi: 200_000, output: 'npv', target: 1_000_000 })).toMatch(
      /^An investment of £[\d,]+ a year in Reablement expansion gives an NPV of net saving of £1.00m over 2025\/26 to 2029\/30\.$/,
    );
    expect(say({ path: 'investments/0/deflects/1/rate', lo: 0, hi: 2, output: 'cumulativeNetSaving', target: 1_000_000 })).toMatch(
      /^With Reablement expansion: deflection rate for Home care at 0\.\d+, the scenario gives a cumulative net saving of £1.00m by 2029\/30\.$/,
    );
    expect(say({ path: 'rebalancing/0/share', lo: 0, hi: 1, output: 'upstreamShare', target: 0.07 })).toMatch(
      /^With Move from Residential care to Home care: share moved at \d+\.\d\d%, the scenario puts 7\.0% of spend at Levels 1 to 3 in 2029\/30\.$/,
    );
    expect(say({ path: 'services/3/costGrowth', lo: -0.5, hi: 0.5, output: 'scenarioTotal', target: 1_500_000, year: 2028 })).toMatch(
      /^With Residential care: yearly cost growth at -?\d+\.\d\d%, the scenario brings total spend in 2028\/29 to £1.50m\.$/,
    );
  });

  it('words a target out of reach', () => {
    const request: GoalSeekRequest = { path: 'investments/0/amount', lo: 0, hi: 200_000, output: 'npv', target: 1e9 };
    expect(describeGoalSeek(scenario, request, goalSeek(scenario, request))).toMatch(/^Not reachable within these bounds: .* is not between them\.$/);
  });
});
