import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../../src/model/analysis/monteCarlo';
import { npvRangeLines, paybackShareText, progressText, shareOfRuns } from '../../../src/ui/analysis/monteCarloText';
import { exampleAWithRanges, lostPaybackFile, validScenario } from '../../model/analysis/uncertaintyFixtures';

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
    expect(paybackShareText(result)).toBe(`In ${Math.round(result.paybackShare * 100)}% of 1,000 runs the scenario pays back by 2029/30 and stays paid back.`);
  });

  it('does not count a run that breaks even and is back in deficit later (MODEL.md §6)', () => {
    const lost = validScenario(lostPaybackFile());
    lost.uncertainty = [{ path: 'services/0/unitCost', low: 99, high: 101 }];
    const result = runMonteCarlo(lost, { runs: 50, seed: 1 });
    expect(result.paybackShare).toBe(0);
    expect(paybackShareText(result)).toBe('In 0% of 50 runs the scenario pays back by 2029/30 and stays paid back.');
  });

  it('gives the median NPV with the range 8 runs in 10 fall in, and the NPV after capital only where capital changes it', () => {
    const result = runMonteCarlo(exampleAWithRanges(), { runs: 200, seed: 3 });
    expect(npvRangeLines(result)).toEqual([expect.stringMatching(/^NPV of net saving: median £[\d.]+m \(from -£[\d.]+m to £[\d.]+m in 8 runs of 10\)$/)]);
    const withCapital = validScenario(lostPaybackFile());
    withCapital.uncertainty = [{ path: 'services/3/capacity/capitalCostPerUnit', low: 40000, high: 60000 }];
    const lines = npvRangeLines(runMonteCarlo(withCapital, { runs: 50, seed: 1 }));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^NPV after capital: median /);
  });
});
