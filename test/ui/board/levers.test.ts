import { describe, expect, it } from 'vitest';
import { boardLevers, formatLeverEnd, formatLeverValue, leverRange, niceCeiling, phaseInChoices, phaseInPathOf, projectionChoice, projectionValue } from '../../../src/ui/board/levers';
import { exampleB } from '../../support/exampleA';
import { exampleA } from '../charts/exampleA';

describe('board levers for worked example A', () => {
  const { scenario } = exampleA();
  const groups = boardLevers(scenario);
  const levers = groups.flatMap((g) => g.levers);
  const byPath = Object.fromEntries(levers.map((l) => [l.path, l]));

  it('offers each investment amount, rebalancing share and deflection rate by its JSON path', () => {
    expect(groups.map((g) => g.title)).toEqual(['Prevention investment', 'Rebalancing', 'Demand deflected by prevention']);
    expect(levers.map((l) => [l.path, l.value])).toEqual([
      ['investments/0/amount', 20_000],
      ['rebalancing/0/share', 0.2],
      ['investments/0/deflects/0/rate', 0.25],
      ['investments/0/deflects/1/rate', 0.5],
    ]);
  });

  it('labels each lever in the scenario’s own names', () => {
    expect(byPath['investments/0/amount'].label).toBe('Reablement expansion: amount');
    expect(byPath['rebalancing/0/share'].label).toBe('Share of Residential care moved to Home care');
    expect(byPath['investments/0/deflects/0/rate'].label).toBe('Reablement expansion: Residential care avoided');
  });

  it('shows values as £, % or units avoided', () => {
    expect(formatLeverValue(byPath['investments/0/amount'], 25_000)).toBe('£25,000 a year');
    expect(formatLeverValue(byPath['rebalancing/0/share'], 0.35)).toBe('35%');
    expect(formatLeverValue(byPath['investments/0/deflects/0/rate'], 0.25)).toBe('0.25 places per unit bought');
  });

  it('marks the ends of each scale briefly', () => {
    expect(formatLeverEnd(byPath['investments/0/amount'], 100_000)).toBe('£100,000');
    expect(formatLeverEnd(byPath['rebalancing/0/share'], 0.85)).toBe('85%');
    expect(formatLeverEnd(byPath['investments/0/deflects/0/rate'], 1)).toBe('1');
  });

  it('ranges amounts to three times their value, rounded up, in round steps', () => {
    expect(leverRange(byPath['investments/0/amount'], scenario)).toEqual({ min: 0, max: 100_000, step: 500 });
  });

  it('ranges rates to twice their value but at least 1', () => {
    expect(leverRange(byPath['investments/0/deflects/1/rate'], scenario)).toEqual({ min: 0, max: 1, step: 0.005 });
    expect(leverRange({ ...byPath['investments/0/deflects/1/rate'], value: 1.7 }, scenario).max).toBe(5);
  });

  it('ranges a share up to what the other moves out of the same service leave', () => {
    expect(leverRange(byPath['rebalancing/0/share'], scenario)).toEqual({ min: 0, max: 1, step: 0.01 });
    const { scenario: twoMoves } = exampleA((s) => {
      s.rebalancing.push({ from: 'res', to: 'reab', share: 0.3, ratio: 1, startYear: 2026, rampYears: 0, profile: 'linear' });
    });
    const first = boardLevers(twoMoves)[1].levers[0];
    expect(leverRange(first, twoMoves).max).toBeCloseTo(0.7, 12);
  });

  it('spans the uncertainty range of the lever too', () => {
    const { scenario: ranged } = exampleA((s) => {
      s.uncertainty = [
        { path: 'investments/0/amount', low: 0, high: 150_000 },
        { path: 'investments/0/deflects/1/rate', low: 0, high: 1.5 },
      ];
    });
    const [amount, rate] = ['investments/0/amount', 'investments/0/deflects/1/rate'].map((path) => boardLevers(ranged).flatMap((g) => g.levers).find((l) => l.path === path)!);
    expect(leverRange(amount, ranged).max).toBe(200_000);
    expect(leverRange(rate, ranged).max).toBe(2);
  });

  it('gives a nothing-yet amount a usable range', () => {
    expect(leverRange({ ...byPath['investments/0/amount'], value: 0 }, scenario).max).toBe(10_000);
  });

  it('rounds ranges up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([60_000, 1, 0.5, 2.1, 3, 7_000_001].map(niceCeiling)).toEqual([100_000, 1, 0.5, 2.5, 5, 10_000_000]);
  });

  it('leaves out groups the scenario has nothing for', () => {
    const { scenario: bare } = exampleA((s) => {
      s.rebalancing = [];
    });
    expect(boardLevers(bare).map((g) => g.title)).toEqual(['Prevention investment', 'Demand deflected by prevention']);
  });
});

describe('board menus for worked example B (MODEL.md §15, §17)', () => {
  it('offers the principal projection and every variant some band has, the one in use chosen', () => {
    const { scenario } = exampleB();
    const choice = projectionChoice(scenario)!;
    expect([choice.path, choice.label]).toEqual(['meta/populationVariant', 'Projection']);
    expect(choice.options).toEqual([
      { value: 'principal', label: 'Principal' },
      { value: 'low', label: 'Low' },
      { value: 'high', label: 'High' },
    ]);
    expect(choice.value).toBe('principal');
    scenario.meta.populationVariant = 'high';
    expect(projectionChoice(scenario)!.value).toBe('high');
  });

  it('stores the principal as no variant at all, and offers no projection without variants', () => {
    expect(projectionValue('principal')).toBeUndefined();
    expect(projectionValue('low')).toBe('low');
    expect(projectionChoice(exampleA().scenario)).toBeNull();
  });

  it('puts the phase-in menu beside the investment amount and the rule share only', () => {
    expect(phaseInPathOf('investments/2/amount')).toBe('investments/2/profile');
    expect(phaseInPathOf('rebalancing/0/share')).toBe('rebalancing/0/profile');
    expect(phaseInPathOf('investments/0/deflects/0/rate')).toBeNull();
  });

  it("offers each ramping investment's and rule's phase-in in plain words, none where there is no ramp-up", () => {
    const { scenario } = exampleB();
    const choices = phaseInChoices(scenario);
    expect(choices.map((c) => [c.path, c.label, c.value])).toEqual([
      ['investments/0/profile', 'Reablement expansion', 'back'],
      ['rebalancing/0/profile', 'Residential care to Home care', 'front'],
    ]);
    expect(choices[0].options.map((o) => o.label)).toEqual(['Even', 'Fast start', 'Slow start', 'All at once']);
    scenario.rebalancing[0].rampYears = 0;
    expect(phaseInChoices(scenario).map((c) => c.path)).toEqual(['investments/0/profile']);
  });
});
