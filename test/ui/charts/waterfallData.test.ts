import { describe, expect, it } from 'vitest';
import { axisFloor, signedChange, waterfallData, type WaterfallStep } from '../../../src/ui/charts/waterfallData';
import { formatPounds } from '../../../src/format/money';
import { exampleA } from './exampleA';

describe('waterfall of drivers (chart 4) for worked example A', () => {
  const { results } = exampleA();
  const data = waterfallData(results);
  const { steps } = data;

  it('runs from the baseline in the first year to the scenario at the horizon', () => {
    expect(steps.map((s) => s.label)).toEqual([
      'Baseline 2025/26',
      'Population change',
      'Unit cost growth',
      'Rebalancing',
      'Prevention bought',
      'Demand deflected',
      'Scenario 2029/30',
    ]);
    expect(steps[0]).toMatchObject({ from: 0, to: 1_370_000, kind: 'total' });
    expect(steps[6].to).toBeCloseTo(1_578_978.17024, 6);
  });

  it('starts each driver where the one before ended, and the last driver ends at the scenario total', () => {
    for (let i = 1; i <= 5; i++) {
      expect(steps[i].from).toBe(steps[i - 1].to);
      expect(steps[i].to - steps[i].from).toBeCloseTo(steps[i].change, 6);
    }
    expect(steps[5].to).toBeCloseTo(steps[6].to, 6);
    expect(steps[2].to).toBeCloseTo(results.baseline.total[4], 6);
  });

  it('marks savings as decreases and costs as increases', () => {
    expect(steps.slice(1, 6).map((s) => s.kind)).toEqual(['increase', 'increase', 'decrease', 'increase', 'decrease']);
  });

  it('tabulates signed changes and the running spend', () => {
    expect(data.table.rows[1]).toEqual({ header: 'Population change', cells: ['+£438,000', '£1,808,000'] });
    expect(data.table.rows[3]).toEqual({ header: 'Rebalancing', cells: ['-£179,805', '£1,717,221'] });
    expect(data.table.rows[0].cells).toEqual(['', '£1,370,000']);
  });

  it('starts the money axis at about 90% of the lowest running total, to two significant figures', () => {
    // The lowest running total is the baseline, £1,370,000: 90% is £1,233,000.
    expect(data.floor).toBeCloseTo(1_200_000, 6);
  });
});

describe('where the waterfall axis starts', () => {
  const total = (to: number): WaterfallStep => ({ label: 'Total', from: 0, to, change: to, kind: 'total' });
  const step = (from: number, to: number): WaterfallStep => ({ label: 'Step', from, to, change: to - from, kind: to < from ? 'decrease' : 'increase' });

  it('rounds down from 90% of the lowest running total, drivers included', () => {
    expect(axisFloor([total(139_000_000), step(139_000_000, 222_000_000), total(222_000_000)])).toBeCloseTo(120_000_000, 6);
    expect(axisFloor([total(100_000_000), step(100_000_000, 60_000_000), total(60_000_000)])).toBeCloseTo(54_000_000, 6);
  });

  it('starts at £0 when cutting would show the steps little larger, or a total is not above zero', () => {
    expect(axisFloor([total(10_000_000), step(10_000_000, 200_000_000), total(200_000_000)])).toBe(0);
    expect(axisFloor([total(0), step(0, 5_000), total(5_000)])).toBe(0);
  });

  it('writes a change with its sign', () => {
    expect(signedChange({ change: 438_000 }, formatPounds)).toBe('+£438,000');
    expect(signedChange({ change: -179_805 }, formatPounds)).toBe('-£179,805');
  });
});
