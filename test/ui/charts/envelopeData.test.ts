import { describe, expect, it } from 'vitest';
import { describeEnvelopeGap, envelopeData } from '../../../src/ui/charts/envelopeData';
import { exampleA } from './exampleA';

describe('spend against the envelope (chart 8)', () => {
  it('sets both totals against the envelope of example A', () => {
    const { results, scenario } = exampleA();
    const data = envelopeData(results, scenario)!;
    expect(data.envelope).toEqual([2_100_000, 2_100_000, 2_100_000, 2_100_000, 2_100_000]);
    expect(data.scenario).toEqual(results.scenario.total);
    expect(data.baseline).toEqual(results.baseline.total);
    expect(data.table.rows[0]).toEqual({ header: '2025/26', cells: ['£2,100,000', '£1,370,000', '£1,370,000', '£730,000 within'] });
    expect(data.summary).toContain('over the envelope in 0 of 5 years');
  });

  it('says how far over the envelope a year is', () => {
    expect(describeEnvelopeGap(12_000)).toBe('£12,000 over');
    expect(describeEnvelopeGap(0)).toBe('Exactly on the envelope');
  });

  it('has nothing to show without an envelope', () => {
    const { results, scenario } = exampleA((s) => delete s.envelope);
    expect(envelopeData(results, scenario)).toBeNull();
  });
});
