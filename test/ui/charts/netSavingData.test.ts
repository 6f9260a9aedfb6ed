import { describe, expect, it } from 'vitest';
import { netSavingData, paybackText } from '../../../src/ui/charts/netSavingData';
import { exampleA } from './exampleA';

describe('net saving and payback (chart 3)', () => {
  const { results } = exampleA();
  const data = netSavingData(results);

  it('carries the yearly and cumulative net saving of example A', () => {
    expect(data.yearly).toEqual(results.summary.netSaving);
    expect(data.cumulative).toEqual(results.summary.cumulativeNetSaving);
    expect(data.unit.symbol).toBe('£m'); // £947,659 by the horizon: the axis runs to £1m
  });

  it('marks the payback year of example A, 2026/27', () => {
    expect(data.paybackIndex).toBe(1);
    expect(data.labels[data.paybackIndex!]).toBe('2026/27');
    expect(data.paybackText).toBe('Pays back in 2026/27');
  });

  it('tabulates investment, yearly and cumulative net saving in pounds', () => {
    expect(data.table.rows[2]).toEqual({ header: '2027/28', cells: ['£20,000', '£282,635', '£329,625'] });
  });

  it('marks nothing when the scenario does not pay back, and says so', () => {
    const { results: costly } = exampleA((s) => {
      s.investments[0].deflects = [];
      s.rebalancing = [];
    });
    const costlyData = netSavingData(costly);
    expect(costlyData.paybackIndex).toBeNull();
    expect(costlyData.paybackText).toBe('Does not pay back by 2029/30');
  });

  it('explains a missing payback year when nothing is invested', () => {
    const { results: none } = exampleA((s) => {
      s.investments = [];
    });
    expect(paybackText(none)).toBe('Nothing is invested, so there is no payback year');
  });
});
