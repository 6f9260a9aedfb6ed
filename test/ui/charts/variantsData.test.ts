import { describe, expect, it } from 'vitest';
import { formatPounds } from '../../../src/format/money';
import { describeProjectionPayback, variantsData } from '../../../src/ui/charts/variantsData';
import { countySample } from './countySample';

describe('population variants side by side (MODEL.md §17) on the county sample', () => {
  const { results, scenario } = countySample();
  const data = variantsData(results, scenario)!;
  const variants = results.summary.variants!;

  it('has the principal first, then each variant, with the engine’s figures at the horizon', () => {
    expect(data.projections.map((p) => p.label)).toEqual(['Principal projection', 'low', 'high']);
    expect(data.projections[2]).toMatchObject(variants.high);
    expect(data.year).toBe('2025/26');
  });

  it('marks the principal as the one the scenario runs on when the file names no variant', () => {
    expect(scenario.meta.populationVariant).toBeUndefined();
    expect(data.projections.map((p) => p.chosen)).toEqual([true, false, false]);
    expect(data.table.rows.map((row) => row.header)).toEqual(['Principal projection (the scenario runs on this one)', 'low', 'high']);
  });

  it('says whether the case still pays back under each projection', () => {
    expect(data.projections.map((p) => p.verdict)).toEqual([
      'Pays back under the principal projection (2012/13)',
      'Still pays back under the low projection (2013/14)',
      'Still pays back under the high projection (2012/13)',
    ]);
    expect(data.projections.some((p) => p.paybackAtRisk)).toBe(false);
  });

  it('tabulates NPV, cumulative net saving and total spend at the horizon, and the payback year', () => {
    expect(data.table.columns).toEqual(['Projection', 'Net present value', 'Cumulative net saving to 2025/26', 'Total spend in 2025/26', 'Payback year']);
    const low = variants.low;
    expect(data.table.rows[1].cells).toEqual([formatPounds(low.npv), formatPounds(low.cumulativeNetSaving), formatPounds(low.scenarioTotal), '2013/14']);
    expect(data.table.rows[0].cells[0]).toBe(formatPounds(results.summary.npv));
  });

  it('marks the variant the scenario runs on, whose figures are the headline’s', () => {
    const high = countySample((s) => (s.meta.populationVariant = 'high'));
    const onHigh = variantsData(high.results, high.scenario)!;
    expect(onHigh.projections.map((p) => p.chosen)).toEqual([false, false, true]);
    expect(onHigh.projections[2].npv).toBeCloseTo(high.results.summary.npv, 6);
    expect(onHigh.table.rows[2].header).toBe('high (the scenario runs on this one)');
    expect(onHigh.projections[0].verdict).toBe('Still pays back under the principal projection (2012/13)');
  });

  it('words a lost payback as such, never as a payback', () => {
    expect(describeProjectionPayback({ paybackYear: null, firstBreakEvenYear: 2031 }, 'the low projection', '2040/41', true)).toBe(
      'Does not pay back under the low projection: it breaks even in 2031/32, then is back in deficit',
    );
    expect(describeProjectionPayback({ paybackYear: 2036, firstBreakEvenYear: 2031 }, 'the low projection', '2040/41', true)).toBe(
      'Pays back for good under the low projection only in 2036/37: it breaks even in 2031/32 first, then is back in deficit',
    );
    expect(describeProjectionPayback({ paybackYear: null, firstBreakEvenYear: null }, 'the low projection', '2040/41', true)).toBe(
      'Does not pay back under the low projection by 2040/41',
    );
    expect(describeProjectionPayback({ paybackYear: 2031, firstBreakEvenYear: 2031 }, 'the high projection', '2040/41', false)).toBe(
      'Pays back under the high projection (2031/32)',
    );
  });

  it('puts a lost payback in the table and marks it at risk', () => {
    // A late, costly programme with nothing deflected takes every projection back into deficit after breaking even.
    const lost = countySample((s) => {
      s.investments.push({ ...s.investments[0], name: 'Late programme', amount: 60_000_000, startYear: 2024, rampYears: 0, lagYears: 0, deflects: [] });
    });
    const lostData = variantsData(lost.results, lost.scenario)!;
    const principal = lostData.projections[0];
    expect(principal.paybackYear).toBeNull();
    expect(principal.firstBreakEvenYear).not.toBeNull();
    expect(principal.paybackAtRisk).toBe(true);
    expect(principal.verdict).toMatch(/^Does not pay back under the principal projection: it breaks even in \d{4}\/\d\d, then is back in deficit$/);
    expect(lostData.table.rows[0].cells[3]).toMatch(/^none \(broke even in \d{4}\/\d\d, then back in deficit\)$/);
  });

  it('has no chart when no age band has variants', () => {
    const none = countySample((s) => s.ageBands.forEach((band) => delete band.variants));
    expect(variantsData(none.results, none.scenario)).toBeNull();
  });
});
