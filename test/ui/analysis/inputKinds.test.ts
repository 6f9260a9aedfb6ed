import { describe, expect, it } from 'vitest';
import { GOAL_SEEK_SPREAD, inputBounds, inputKind, showInput, suggestRange } from '../../../src/ui/analysis/inputKinds';

describe('what sort of number an input is', () => {
  it('reads the kind from the field the path names', () => {
    expect(inputKind('investments/0/amount')).toBe('money');
    expect(inputKind('envelope/3')).toBe('money');
    expect(inputKind('ageBands/1/population/4')).toBe('count');
    expect(inputKind('services/2/baselineUsers/85+')).toBe('count');
    expect(inputKind('rebalancing/0/share')).toBe('share');
    expect(inputKind('services/3/costGrowth')).toBe('growth');
    expect(inputKind('meta/discountRate')).toBe('growth');
    expect(inputKind('investments/0/deflects/1/rate')).toBe('rate');
    expect(inputKind('investments/0/startYear')).toBe('year');
    expect(inputKind('investments/0/lagYears')).toBe('wholeYears');
  });

  it('keeps the discount rate at or below 1, as the file does', () => {
    expect(inputBounds('meta/discountRate')).toEqual({ min: -0.5, max: 1 });
    expect(inputBounds('services/0/costGrowth').max).toBe(1);
  });

  it('shows shares and growth as percentages and money in pounds', () => {
    expect(showInput('services/3/costGrowth', 0.07)).toBe('7%');
    expect(showInput('rebalancing/0/share', 0.2)).toBe('20%');
    expect(showInput('investments/0/amount', 2_250_000)).toBe('£2,250,000');
    expect(showInput('investments/0/deflects/0/rate', 0.25)).toBe('0.25');
    expect(showInput('investments/0/startYear', 2026)).toBe('2026/27');
  });
});

describe('suggested ranges', () => {
  it('spans ±25% around the value, without binary noise', () => {
    expect(suggestRange('investments/0/deflects/0/rate', 0.4)).toEqual({ low: 0.3, high: 0.5 });
    expect(suggestRange('investments/0/amount', 20_000)).toEqual({ low: 15_000, high: 25_000 });
  });

  it('clips shares to 1 and growth rates above −1', () => {
    expect(suggestRange('rebalancing/0/share', 0.9)).toEqual({ low: 0.675, high: 1 });
    expect(suggestRange('services/0/costGrowth', -0.9)).toEqual({ low: -0.99, high: -0.675 });
  });

  it('moves years by whole years, within what the file allows', () => {
    expect(suggestRange('investments/0/startYear', 2026)).toEqual({ low: 2024, high: 2028 });
    expect(suggestRange('investments/0/lagYears', 0)).toEqual({ low: 0, high: 1 });
    expect(suggestRange('rebalancing/0/rampYears', 50)).toEqual({ low: 49, high: 50 });
  });

  it('suggests goal-seek bounds from nothing to twice the value', () => {
    expect(suggestRange('investments/0/amount', 20_000, GOAL_SEEK_SPREAD)).toEqual({ low: 0, high: 40_000 });
    expect(suggestRange('rebalancing/0/share', 0.6, GOAL_SEEK_SPREAD)).toEqual({ low: 0, high: 1 });
  });
});
