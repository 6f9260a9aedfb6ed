import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../../src/model/analysis/monteCarlo';
import type { MonteCarloProgress } from '../../../src/model/analysis/monteCarlo';
import { runTornado } from '../../../src/model/analysis/tornado';
import { answerGoalSeek, monteCarlo, survey } from '../../../src/model/analysis/analysisApi';
import { exampleAWithRanges } from './uncertaintyFixtures';
import { exampleScenario } from '../../ui/analysis/fixtures';

describe('the survey after each valid edit', () => {
  it('lists the inputs the analyses can vary, marking whole-year ones', () => {
    const { variable, wholeNumber } = survey(exampleScenario());
    expect(variable).toContain('investments/0/amount');
    expect(variable).toContain('ageBands/1/population/4');
    expect(variable).toContain('meta/discountRate');
    expect(variable).toContain('investments/0/startYear');
    expect(variable.some((path) => path.startsWith('pool/') || path.startsWith('targetLevelShares/'))).toBe(false);
    expect(wholeNumber).toEqual(['rebalancing/0/startYear', 'rebalancing/0/rampYears', 'investments/0/startYear', 'investments/0/rampYears', 'investments/0/lagYears']);
  });

  it('runs the tornado when there are ranges, and not otherwise', () => {
    const scenario = exampleScenario();
    expect(survey(scenario).tornado).toEqual(runTornado(scenario));
    expect(survey({ ...scenario, uncertainty: [] }).tornado).toBeNull();
  });
});

describe('Monte Carlo in the worker', () => {
  const scenario = exampleAWithRanges();
  const settings = { runs: 2_000, seed: 11 };

  it('gives exactly the engine answer for the same file and seed', () => {
    expect(monteCarlo(scenario, settings, () => {})).toEqual(runMonteCarlo(scenario, settings));
  });

  it('reports progress between steps, rising to every run', () => {
    const reports: MonteCarloProgress[] = [];
    monteCarlo(scenario, settings, (progress) => reports.push(progress), 0);
    expect(reports.length).toBe(2_000); // a zero time budget: one run a step
    expect(reports.every((report, i) => report.runsDone === i + 1 && report.runs === 2_000)).toBe(true);
  });
});

describe('goal seek in the worker', () => {
  const scenario = exampleScenario();

  it('answers in a sentence', () => {
    const answer = answerGoalSeek(scenario, { path: 'investments/0/amount', lo: 0, hi: 200_000, output: 'upstreamShare', target: 0.12 });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.result.reached).toBe(true);
    expect(answer.sentence).toMatch(/^An investment of £[\d,.]+k? a year in Reablement expansion puts 12\.0% of spend at Levels 1 to 3 in 2029\/30\.$/);
  });

  it('says plainly when the target is out of reach, with the outputs at the bounds', () => {
    const answer = answerGoalSeek(scenario, { path: 'investments/0/amount', lo: 0, hi: 1, output: 'npv', target: 1e12 });
    expect(answer.ok && !answer.result.reached && answer.sentence).toMatch(/^Not reachable within these bounds: the NPV of net saving is .+ with .+ at £0 and .+ at £1; the target, .+, is not between them\.$/);
  });

  it('returns the problems with the request, by field', () => {
    const answer = answerGoalSeek(scenario, { path: 'investments/0/amount', lo: 10, hi: 5, output: 'npv', target: 0 });
    expect(answer).toEqual({ ok: false, problems: [{ path: 'hi', message: 'must be above the low bound 10, got 5' }] });
  });
});
