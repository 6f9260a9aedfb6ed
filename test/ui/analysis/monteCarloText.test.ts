import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../../src/model/analysis/monteCarlo';
import { paybackShareText, progressText, shareOfRuns } from '../../../src/ui/analysis/monteCarloText';
import { exampleAWithRanges } from '../../model/analysis/uncertaintyFixtures';

describe('the words around a Monte Carlo run', () => {
  it('counts runs with thousands separators', () => {
    expect(progressText(12_000, 50_000)).toBe('12,000 of 50,000 runs');
  });

  it('never rounds a few runs away', () => {
    expect(shareOfRuns(0.834)).toBe('83%');
    expect(shareOfRuns(0)).toBe('0%');
    expect(shareOfRuns(1)).toBe('100%');
    expect(shareOfRuns(0.001)).toBe('less than 1%');
    expect(shareOfRuns(0.9999)).toBe('more than 99%');
  });

  it('says what share of runs pays back by the horizon', () => {
    const result = runMonteCarlo(exampleAWithRanges(), { runs: 1_000, seed: 3 });
    expect(result.paybackShare).toBeGreaterThan(0);
    expect(result.paybackShare).toBeLessThan(1);
    expect(paybackShareText(result)).toBe(`In ${Math.round(result.paybackShare * 100)}% of 1,000 runs the scenario pays back by 2029/30.`);
  });
});
