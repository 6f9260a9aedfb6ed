import { describe, expect, it } from 'vitest';
import { waterfallData } from '../../../src/ui/charts/waterfallData';
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
});
