import { describe, expect, it } from 'vitest';
import { runModel } from '../../../src/model/kernel/results';
import {
  currentOutput,
  defaultBounds,
  defaultPath,
  formatOutputValue,
  inputGroups,
  outputChoices,
  reachableTarget,
  problemsByField,
  readGoalSeekFields,
  targetKind,
  type GoalSeekFields,
} from '../../../src/ui/analysis/goalSeekForm';
import { exampleScenario } from './fixtures';

const FIELDS: GoalSeekFields = { path: 'investments/0/amount', lo: '£0', hi: '£40,000', output: 'cumulativeNetSaving', year: '2029', target: '£0' };

describe('the inputs a goal seek offers', () => {
  const scenario = exampleScenario();

  it('groups them for a menu, investments first, with readable names; no budget envelope', () => {
    const groups = inputGroups(scenario, ['services/0/unitCost', 'envelope/0', 'investments/0/amount', 'meta/discountRate']);
    expect(groups).toEqual([
      { name: 'Investments', options: [{ path: 'investments/0/amount', label: 'Reablement expansion: amount a year' }] },
      { name: 'Services', options: [{ path: 'services/0/unitCost', label: 'Community hubs: unit cost' }] },
      { name: 'Scenario', options: [{ path: 'meta/discountRate', label: 'Discount rate' }] },
    ]);
  });

  it('starts on the selected cell when it can be sought, else on the first investment amount, populations last', () => {
    const seekable = ['ageBands/0/population/0', 'services/0/unitCost', 'investments/0/amount'];
    expect(defaultPath('services/0/unitCost', seekable)).toBe('services/0/unitCost');
    expect(defaultPath('investments/0/startYear', seekable)).toBe('investments/0/amount');
    expect(defaultPath(null, ['ageBands/0/population/0', 'services/0/unitCost'])).toBe('services/0/unitCost');
    expect(defaultPath(null, [])).toBe('');
  });

  it('starts on a round target the bounds can reach', () => {
    expect(reachableTarget('npv', 43_300_000, 66_400_000)).toBe('£50,000,000');
    expect(reachableTarget('npv', 66_400_000, 43_300_000)).toBe('£50,000,000');
    expect(reachableTarget('npv', 1_512_345, 1_587_654)).toBe('£1,550,000');
    expect(reachableTarget('upstreamShare', 0.31, 0.36)).toBe('33%');
    expect(reachableTarget('npv', 5, 5)).toBe('£5');
  });

  it('suggests bounds from nothing to twice the value, as the fields show them', () => {
    expect(defaultBounds('investments/0/amount', 20_000)).toEqual({ lo: '£0', hi: '£40,000' });
    expect(defaultBounds('rebalancing/0/share', 0.2)).toEqual({ lo: '0%', hi: '40%' });
  });

  it('names the outputs with the horizon year', () => {
    expect(outputChoices(scenario).map((c) => c.label)).toEqual([
      'Cumulative net saving by 2029/30 (0 means it pays back)',
      'NPV of net saving',
      'Scenario total spend in a chosen year',
      'Share of spend at Levels 1 to 3 in 2029/30',
      'NPV of net saving after capital',
      'Care-home places per 1,000 older people in 2029/30',
      'Share of people at Levels 4 and 5 supported outside care homes and hospital in 2029/30',
    ]);
  });
});

describe('what was typed, as a request', () => {
  it('reads pounds, short amounts and percentages', () => {
    expect(readGoalSeekFields(FIELDS)).toEqual({ ok: true, request: { path: 'investments/0/amount', lo: 0, hi: 40_000, output: 'cumulativeNetSaving', target: 0 } });
    expect(readGoalSeekFields({ ...FIELDS, output: 'upstreamShare', target: '12%' })).toMatchObject({ ok: true, request: { target: 0.12 } });
    expect(readGoalSeekFields({ ...FIELDS, output: 'scenarioTotal', target: '£2.1m' })).toMatchObject({ ok: true, request: { target: 2_100_000, year: 2029 } });
  });

  it('takes £1.5m, £250k and £2bn as finance leads write them', () => {
    expect(readGoalSeekFields({ ...FIELDS, target: '£1.1m' })).toMatchObject({ ok: true, request: { target: 1_100_000 } });
    expect(readGoalSeekFields({ ...FIELDS, target: '-£2bn' })).toMatchObject({ ok: true, request: { target: -2e9 } });
  });

  it('places what cannot be read beside its field', () => {
    const read = readGoalSeekFields({ ...FIELDS, hi: 'lots', target: '' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(problemsByField(read.problems)).toEqual({
      hi: ['Upper bound must be a number, such as £250,000 or £1.5m'],
      target: ['Target is needed: type a number, such as £250,000 or £1.5m'],
    });
  });

  it('puts a problem with no field of its own beside the input', () => {
    expect(problemsByField([{ path: 'uncertainty', message: 'odd' }])).toEqual({ path: ['Input odd'] });
  });
});

describe('the output as the scenario stands', () => {
  const scenario = exampleScenario();
  const results = runModel(scenario);

  it('reads each output from the results', () => {
    expect(currentOutput(results, 'npv', 2029)).toBe(results.summary.npv);
    expect(currentOutput(results, 'cumulativeNetSaving', 2029)).toBe(results.summary.cumulativeNetSaving[4]);
    expect(currentOutput(results, 'scenarioTotal', 2027)).toBe(results.scenario.total[2]);
    expect(currentOutput(results, 'upstreamShare', 2029)).toBe(results.summary.upstreamShare.scenario[4]);
    expect(currentOutput(results, 'npvAfterCapital', 2029)).toBe(results.summary.npvAfterCapital);
    expect(currentOutput(results, 'careHomePer1000', 2029)).toBe(results.summary.indicators.scenario.careHomePer1000[4]);
    expect(currentOutput(results, 'supportedAtHomeShare', 2029)).toBe(results.summary.indicators.scenario.supportedAtHomeShare[4]);
  });

  it('shows shares as percentages and money in pounds', () => {
    expect(formatOutputValue('upstreamShare', 0.1234)).toBe('12.3%');
    expect(formatOutputValue('npv', 947_659)).toBe('£947,659');
    expect(formatOutputValue('supportedAtHomeShare', 0.7698)).toBe('77.0%');
    expect(formatOutputValue('careHomePer1000', 12.905)).toBe('12.9');
    expect(formatOutputValue('npvAfterCapital', -1_250_000)).toBe('-£1.25m');
    expect(formatOutputValue('supportedAtHomeShare', null)).toBe('no value (nobody at Levels 4 and 5)');
  });

  it('takes targets for the shares as percentages and places per 1,000 as plain numbers', () => {
    expect(targetKind('supportedAtHomeShare')).toBe('share');
    expect(targetKind('careHomePer1000')).toBe('ratio');
    expect(targetKind('npvAfterCapital')).toBe('money');
  });
});
