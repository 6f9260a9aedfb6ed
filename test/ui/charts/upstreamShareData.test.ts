import { describe, expect, it } from 'vitest';
import { formatGravity, gravityData, upstreamShareData } from '../../../src/ui/charts/upstreamShareData';
import { exampleA } from './exampleA';

describe('upstream share and gravity (charts 2a and 2b) for worked example A', () => {
  const { results } = exampleA();
  const share = upstreamShareData(results);
  const gravity = gravityData(results);

  it('carries the results series for both measures and both cases', () => {
    expect({ baseline: share.baseline, scenario: share.scenario }).toEqual(results.summary.upstreamShare);
    expect({ baseline: gravity.baseline, scenario: gravity.scenario }).toEqual(results.summary.gravity);
  });

  it('tabulates shares as per cent and gravity to two decimals', () => {
    expect(share.table.rows[4]).toEqual({ header: '2029/30', cells: ['4.6%', '6.8%'] });
    expect(gravity.table.rows[4]).toEqual({ header: '2029/30', cells: ['4.56', '4.44'] });
  });

  it('says "no spend" where gravity is undefined', () => {
    expect(formatGravity(null)).toBe('no spend');
  });

  it('summarises the move from the baseline now to the scenario at the horizon', () => {
    expect(share.summary).toContain('from 5.1% to 6.8% in the scenario (4.6% in the baseline)');
    expect(gravity.summary).toContain('gravity goes from 4.52 to 4.44 (4.56 in the baseline)');
  });
});
