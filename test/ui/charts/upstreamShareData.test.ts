import { describe, expect, it } from 'vitest';
import { formatGravity, upstreamShareData } from '../../../src/ui/charts/upstreamShareData';
import { exampleA } from './exampleA';

describe('upstream share and gravity (chart 2) for worked example A', () => {
  const { results } = exampleA();
  const data = upstreamShareData(results);

  it('carries the results series for both measures and both cases', () => {
    expect(data.share).toEqual(results.summary.upstreamShare);
    expect(data.gravity).toEqual(results.summary.gravity);
  });

  it('tabulates shares as per cent and gravity to two decimals', () => {
    expect(data.table.rows[4]).toEqual({ header: '2029/30', cells: ['4.6%', '6.8%', '4.56', '4.44'] });
  });

  it('says "no spend" where gravity is undefined', () => {
    expect(formatGravity(null)).toBe('no spend');
  });

  it('summarises the move from the baseline now to the scenario at the horizon', () => {
    expect(data.summary).toContain('from 5.1% to 6.8% in the scenario (4.6% in the baseline)');
    expect(data.summary).toContain('gravity goes from 4.52 to 4.44 (4.56 in the baseline)');
  });
});
