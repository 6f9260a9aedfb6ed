import { describe, expect, it } from 'vitest';
import { formatMoneyTick, moneyAxisTitle, moneyUnitFor } from '../../../src/ui/charts/moneyAxis';

describe('money axis units', () => {
  it('chooses the unit from the largest amount, sign and nulls aside', () => {
    expect(moneyUnitFor([1_370_000, 1_897_026]).symbol).toBe('£m');
    expect(moneyUnitFor([0, -600_000, null]).symbol).toBe('£k');
    expect(moneyUnitFor([947_658]).symbol).toBe('£m');
    expect(moneyUnitFor([850, 12]).symbol).toBe('£');
    expect(moneyUnitFor([2.5e9]).symbol).toBe('£bn');
    expect(moneyUnitFor([]).symbol).toBe('£');
  });

  it('writes every tick in the axis unit', () => {
    const millions = moneyUnitFor([1_900_000]);
    expect([0, 500_000, 1_000_000, 1_500_000].map((v) => formatMoneyTick(v, millions))).toEqual(['£0', '£0.5m', '£1m', '£1.5m']);
    expect(formatMoneyTick(-300_000, moneyUnitFor([300_000]))).toBe('-£300k');
    expect(formatMoneyTick(1250, moneyUnitFor([1250]))).toBe('£1.25k');
    expect(formatMoneyTick(750, moneyUnitFor([900]))).toBe('£750');
  });

  it('names the unit in the axis title', () => {
    expect(moneyAxisTitle('Spend a year', moneyUnitFor([2e6]))).toBe('Spend a year (£m)');
  });
});
