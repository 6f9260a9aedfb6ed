import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../../src/model/kernel/compile';
import { createRun } from '../../../src/model/kernel/evaluate';
import { formatInputValue, inputLabel } from '../../../src/model/inputNames';
import { runModel } from '../../../src/model/kernel/results';
import { withInputValue } from '../../../src/model/file/scenarioInput';
import { runTornado } from '../../../src/model/analysis/tornado';
import { EXAMPLE_A_RANGES, exampleAFile, exampleAWithRanges, exampleBFile, inputValues, relativeDifference, validScenario } from './uncertaintyFixtures';

describe('tornado (MODEL.md §8)', () => {
  const scenario = exampleAWithRanges();
  const tornado = runTornado(scenario);
  const H = scenario.meta.horizonYears;

  it('reports the central NPV and cumulative net saving of the scenario as it stands', () => {
    const central = runModel(scenario).summary;
    expect(tornado.centralNpv).toBe(central.npv);
    expect(tornado.centralCumulativeNetSaving).toBe(central.cumulativeNetSaving[H]);
    expect(tornado.horizonYear).toBe(2029);
  });

  it('has one entry per range, each equal to fresh reruns of the changed scenario at its low and its high', () => {
    expect(tornado.entries.map((e) => e.path).sort()).toEqual(EXAMPLE_A_RANGES.map((r) => r.path).sort());
    for (const entry of tornado.entries) {
      const range = EXAMPLE_A_RANGES.find((r) => r.path === entry.path)!;
      const atLow = runModel(withInputValue(scenario, entry.path, range.low)).summary;
      const atHigh = runModel(withInputValue(scenario, entry.path, range.high)).summary;
      expect([entry.path, relativeDifference(entry.npvAtLow, atLow.npv)]).toEqual([entry.path, 0]);
      expect([entry.path, relativeDifference(entry.npvAtHigh, atHigh.npv)]).toEqual([entry.path, 0]);
      expect(relativeDifference(entry.cumulativeNetSavingAtLow, atLow.cumulativeNetSaving[H])).toBe(0);
      expect(relativeDifference(entry.cumulativeNetSavingAtHigh, atHigh.cumulativeNetSaving[H])).toBe(0);
      expect([entry.low, entry.high]).toEqual([range.low, range.high]);
      expect(entry.swing).toBe(Math.abs(entry.npvAtHigh - entry.npvAtLow));
    }
  });

  it('the ranges move the answer, so the comparison above has something to compare', () => {
    expect(tornado.entries.every((e) => e.swing > 0)).toBe(true);
  });

  it('sorts the entries by NPV swing, largest first', () => {
    const swings = tornado.entries.map((e) => e.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(tornado.entries[0].path).toBe('investments/0/amount');
  });

  it('gives each entry its central value, its label if the file has one, else a name built from the scenario', () => {
    const byPath = Object.fromEntries(tornado.entries.map((e) => [e.path, e]));
    expect(byPath['investments/0/deflects/0/rate']).toMatchObject({ central: 0.25, label: 'Care home places avoided per reablement episode' });
    expect(byPath['investments/0/deflects/1/rate']).toMatchObject({ central: 0.5, label: 'Reablement expansion: deflection rate for Home care' });
    expect(byPath['rebalancing/0/share'].label).toBe('Move from Residential care to Home care: share moved');
    expect(byPath['services/3/baselineUsers/85+'].label).toBe('Residential care: users aged 85+ in 2025/26');
    expect(byPath['ageBands/1/population/4'].label).toBe('Population aged 85+ in 2029/30');
    expect(byPath['meta/discountRate'].label).toBe('Discount rate');
    expect(byPath['investments/0/lagYears']).toMatchObject({ central: 1, label: 'Reablement expansion: years before deflection starts' });
  });

  it('rounds whole-number inputs as the model uses them', () => {
    const file = { ...exampleAFile(), uncertainty: [{ path: 'investments/0/lagYears', low: 0.4, high: 2.6 }] };
    const rounded = runTornado(validScenario(file));
    expect(rounded.entries[0]).toMatchObject({ low: 0, high: 3 });
    const atHigh = runModel(withInputValue(scenario, 'investments/0/lagYears', 3)).summary;
    expect(rounded.entries[0].npvAtHigh).toBe(atHigh.npv);
  });

  it('leaves the compiled model as it was, reusing a given run', () => {
    const model = compileScenario(scenario);
    const before = inputValues(model);
    const again = runTornado(scenario, model, createRun(model));
    expect(inputValues(model)).toEqual(before);
    expect(again).toEqual(tornado);
  });

  it('refuses a range that names no input (a scenario that was never checked)', () => {
    const unchecked = { ...scenario, uncertainty: [{ path: 'services/9/unitCost', low: 0, high: 1 }] };
    expect(() => runTornado(unchecked)).toThrow(/services\/9\/unitCost/);
  });
});

describe('names and values of inputs', () => {
  const scenario = exampleAWithRanges();

  it('builds names from the scenario for every kind of input, and falls back to the path', () => {
    expect(inputLabel(scenario, 'investments/0/amount')).toBe('Reablement expansion: amount a year');
    expect(inputLabel(scenario, 'services/3/unitCost')).toBe('Residential care: unit cost');
    expect(inputLabel(scenario, 'services/3/costGrowth')).toBe('Residential care: yearly cost growth');
    expect(inputLabel(scenario, 'rebalancing/0/rampYears')).toBe('Move from Residential care to Home care: years to ramp up');
    expect(inputLabel(scenario, 'envelope/2')).toBe('Budget envelope in 2027/28');
    expect(inputLabel(scenario, 'services/7/unitCost')).toBe('services/7/unitCost');
  });

  it('shows values in the input\'s own terms', () => {
    expect(formatInputValue('investments/0/amount', 1_234_567)).toBe('£1.23m');
    expect(formatInputValue('services/1/unitCost', 2088)).toBe('£2,088');
    expect(formatInputValue('rebalancing/0/share', 0.2)).toBe('20.00%');
    expect(formatInputValue('investments/0/startYear', 2027)).toBe('2027/28');
    expect(formatInputValue('investments/0/lagYears', 1)).toBe('1 year');
    expect(formatInputValue('investments/0/deflects/0/rate', 0.421378)).toBe('0.4214');
  });
});

describe('tornado with NPV after capital (MODEL.md §14)', () => {
  const ranges = [
    { path: 'services/3/capacity/changes/1/units', low: 0, high: 10 },
    { path: 'services/3/capacity/capitalCostPerUnit', low: 20_000, high: 90_000 },
    { path: 'investments/0/amount', low: 0, high: 60_000 },
  ];
  const scenario = validScenario({ ...exampleBFile(), uncertainty: ranges });
  const tornado = runTornado(scenario);

  it('reports NPV after capital centrally and at each low and high, as fresh reruns give it', () => {
    expect(tornado.centralNpvAfterCapital).toBe(runModel(scenario).summary.npvAfterCapital);
    for (const entry of tornado.entries) {
      const range = ranges.find((r) => r.path === entry.path)!;
      const atLow = runModel(withInputValue(scenario, entry.path, range.low)).summary;
      const atHigh = runModel(withInputValue(scenario, entry.path, range.high)).summary;
      expect([entry.path, relativeDifference(entry.npvAfterCapitalAtLow, atLow.npvAfterCapital)]).toEqual([entry.path, 0]);
      expect([entry.path, relativeDifference(entry.npvAfterCapitalAtHigh, atHigh.npvAfterCapital)]).toEqual([entry.path, 0]);
    }
  });

  it('capacity and capital cost move NPV after capital but not NPV', () => {
    for (const path of ['services/3/capacity/changes/1/units', 'services/3/capacity/capitalCostPerUnit']) {
      const entry = tornado.entries.find((e) => e.path === path)!;
      expect([path, entry.swing]).toEqual([path, 0]);
      expect(entry.npvAfterCapitalAtHigh).toBeLessThan(entry.npvAfterCapitalAtLow);
    }
  });

  it('names the version 2 inputs', () => {
    expect(tornado.entries.map((e) => e.label).sort()).toEqual([
      'Reablement expansion: amount a year',
      'Residential care: capacity change in 2028/29',
      'Residential care: capital cost per place opened',
    ]);
  });
});
