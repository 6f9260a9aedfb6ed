import { describe, expect, it } from 'vitest';
import {
  addRange,
  DEFAULT_MONTE_CARLO,
  monteCarloSettingProblem,
  monteCarloSettings,
  rangeability,
  rangeRows,
  removeRange,
  setMonteCarloSetting,
  setRangeField,
} from '../../../src/ui/analysis/ranges';
import { rangedPaths } from '../../../src/ui/analysis/rangedPaths';
import { setAtPath } from '../../../src/ui/store/draft';
import { exampleDraft, exampleScenario } from './fixtures';

const ALL_VARIABLE = new Set(['investments/0/amount', 'investments/0/deflects/0/rate', 'investments/0/deflects/1/rate', 'services/3/costGrowth']);

describe('the ranged paths the grids mark', () => {
  it('lists every path the draft gives a range', () => {
    expect(rangedPaths(exampleDraft())).toEqual(new Set(['investments/0/amount', 'investments/0/deflects/0/rate']));
  });

  it('is empty without ranges and skips a range whose path is not text', () => {
    expect(rangedPaths({ ...exampleDraft(), uncertainty: undefined }).size).toBe(0);
    const odd = setAtPath(exampleDraft(), ['uncertainty', 0, 'path'], 7);
    expect(rangedPaths(odd)).toEqual(new Set(['investments/0/deflects/0/rate']));
  });
});

describe('the rows of the ranges table', () => {
  it('names each input, keeps its label and shows its value', () => {
    const [amount, rate] = rangeRows(exampleDraft(), exampleScenario());
    expect(amount).toMatchObject({ index: 0, path: 'investments/0/amount', name: 'Reablement expansion: amount a year', label: '', low: 0, high: 3_000_000, central: 20_000, centralText: '£20,000', problem: null });
    expect(rate).toMatchObject({ name: 'Reablement expansion: deflection rate for Residential care', label: 'Care home places avoided per reablement episode', centralText: '0.25' });
  });

  it('says when a range leaves out the value, holds text or names nothing', () => {
    let draft = setRangeField(exampleDraft(), 0, 'low', 30_000);
    expect(rangeRows(draft, exampleScenario())[0].problem).toBe('The range must include the value: low ≤ value ≤ high.');
    draft = setAtPath(exampleDraft(), ['uncertainty', 0, 'high'], 'lots');
    expect(rangeRows(draft, exampleScenario())[0].problem).toBe('Low and high must both be numbers.');
    draft = setAtPath(exampleDraft(), ['uncertainty', 0, 'path'], 'investments/5/amount');
    expect(rangeRows(draft, exampleScenario())[0].problem).toMatch(/names no input/);
  });
});

describe('giving the selected cell a range', () => {
  it('explains why nothing can be added', () => {
    const draft = exampleDraft();
    expect(rangeability(draft, null, ALL_VARIABLE)).toEqual({ ok: false, why: 'Select a number in the input grids to give it a range.' });
    expect(rangeability(draft, 'investments/0/amount', ALL_VARIABLE)).toMatchObject({ ok: false, why: expect.stringMatching(/already has a range/) });
    expect(rangeability(draft, 'pool/contributions/nhs', ALL_VARIABLE)).toMatchObject({ ok: false, why: expect.stringMatching(/add up to 1/) });
    expect(rangeability(draft, 'services/0/name', ALL_VARIABLE)).toMatchObject({ ok: false, why: expect.stringMatching(/needs a number/) });
    expect(rangeability(draft, 'services/0/level', ALL_VARIABLE)).toMatchObject({ ok: false, why: expect.stringMatching(/a level is a place on the ladder/) });
  });

  it('adds ±25% around the value as one new range, leaving the old draft as it was', () => {
    const draft = exampleDraft();
    const chosen = rangeability(draft, 'services/3/costGrowth', ALL_VARIABLE);
    expect(chosen).toEqual({ ok: true, value: 0.02 });
    const next = addRange(draft, 'services/3/costGrowth', 0.02);
    expect(next.uncertainty).toHaveLength(3);
    expect(next.uncertainty![2]).toEqual({ path: 'services/3/costGrowth', low: 0.015, high: 0.025 });
    expect(draft.uncertainty).toHaveLength(2);
  });
});

describe('editing and removing ranges', () => {
  it('sets a bound or a label, and drops a blank label from the file', () => {
    const labelled = setRangeField(exampleDraft(), 0, 'label', 'Reablement budget');
    expect(labelled.uncertainty![0]).toEqual({ path: 'investments/0/amount', low: 0, high: 3_000_000, label: 'Reablement budget' });
    const cleared = setRangeField(exampleDraft(), 1, 'label', '  ');
    expect(cleared.uncertainty![1]).not.toHaveProperty('label');
    expect(setRangeField(exampleDraft(), 0, 'high', 4_000_000).uncertainty![0].high).toBe(4_000_000);
  });

  it('removes one range and keeps the others in order', () => {
    expect(removeRange(exampleDraft(), 0).uncertainty).toEqual([exampleDraft().uncertainty![1]]);
  });
});

describe('Monte Carlo settings', () => {
  it('uses the defaults until the file has settings', () => {
    expect(monteCarloSettings(exampleDraft())).toEqual(DEFAULT_MONTE_CARLO);
  });

  it('saves both settings when one is changed', () => {
    const next = setMonteCarloSetting(exampleDraft(), 'runs', 50_000);
    expect(next.monteCarlo).toEqual({ runs: 50_000, seed: DEFAULT_MONTE_CARLO.seed });
    expect(monteCarloSettings(setMonteCarloSetting(next, 'seed', 7))).toEqual({ runs: 50_000, seed: 7 });
  });

  it('refuses settings the file would refuse, in its words', () => {
    expect(monteCarloSettingProblem('runs', 100_000)).toBeNull();
    expect(monteCarloSettingProblem('runs', 100_001)).toBe('Runs must be a whole number from 1 to 100000, got 100001');
    expect(monteCarloSettingProblem('seed', 1.5)).toMatch(/^Seed must be a whole number/);
    expect(monteCarloSettingProblem('runs', 'many')).toBe('Runs must be a whole number from 1 to 100000, got the text "many"');
  });
});
