import { describe, expect, it } from 'vitest';
import { commissioningGapData, describeGap } from '../../../src/ui/charts/commissioningGapData';
import { exampleA } from './exampleA';

describe('commissioning gap (chart 7)', () => {
  it('sets scenario spend by level against the desired position of example A', () => {
    const { results, scenario } = exampleA();
    const data = commissioningGapData(results, scenario)!;
    const total = results.scenario.total[4];
    data.levels.forEach((level, i) => {
      expect(level.scenario).toBe(results.scenario.byLevel[i][4]);
      expect(level.desired).toBeCloseTo(scenario.targetLevelShares![i] * total, 6);
      expect(level.gap).toBe(results.summary.commissioningGap![i]);
    });
    expect(data.table.rows[4]).toEqual({
      header: 'Level 5 Hospital and care homes',
      cells: ['30.0%', '£826,978', '£473,693', 'Decommission £353,285'],
    });
    expect(data.table.rows[0].cells[3]).toBe('Commission £66,949 more');
  });

  it('has nothing to show without a desired position', () => {
    const { results, scenario } = exampleA((s) => delete s.targetLevelShares);
    expect(commissioningGapData(results, scenario)).toBeNull();
  });

  it('calls a gap under a pound on target', () => {
    expect(describeGap(0.4)).toBe('On the desired position');
  });
});
