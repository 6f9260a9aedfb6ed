import { describe, expect, it } from 'vitest';
import { formatPounds } from '../../../src/format/money';
import { runMonteCarlo } from '../../../src/model/analysis/monteCarlo';
import { fanChartData } from '../../../src/ui/analysis/fanChartData';
import { exampleAWithRanges, exampleBFile, validScenario } from '../../model/analysis/uncertaintyFixtures';

describe('the Monte Carlo fan charts', () => {
  const result = runMonteCarlo(exampleAWithRanges(), { runs: 500, seed: 5 });
  const saving = fanChartData(result, 'netSaving');
  const spend = fanChartData(result, 'scenarioTotal');

  it('carries P10, P50 and P90 a year as plain arrays, in financial years', () => {
    expect(saving.labels).toEqual(['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
    expect(saving.p10).toEqual(result.netSaving.p10);
    expect(saving.p50).toEqual(result.netSaving.p50);
    expect(spend.p90).toEqual(result.scenarioTotal.p90);
    expect(saving.p50).not.toBe(result.netSaving.p50);
    saving.p10.forEach((low, t) => {
      expect(low).toBeLessThanOrEqual(saving.p50[t]);
      expect(saving.p50[t]).toBeLessThanOrEqual(saving.p90[t]);
    });
  });

  it('titles each chart and picks a money unit for its axis', () => {
    expect(saving.title).toBe('Net saving: range of outcomes');
    expect(spend.title).toBe('Total spend: range of outcomes');
    expect(spend.unit?.symbol).toBe('£m');
  });

  it('tabulates every year in pounds, with a caption that says how many runs', () => {
    expect(spend.table.caption).toBe('Scenario spend a year, 2025/26 to 2029/30, over 500 Monte Carlo runs');
    expect(spend.table.columns).toEqual(['Year', 'Low (P10)', 'Median (P50)', 'High (P90)']);
    expect(spend.table.rows[4]).toEqual({
      header: '2029/30',
      cells: [formatPounds(result.scenarioTotal.p10[4]), formatPounds(result.scenarioTotal.p50[4]), formatPounds(result.scenarioTotal.p90[4])],
    });
  });

  it('sums up the horizon year for screen readers', () => {
    expect(saving.summary).toMatch(/^Net saving a year, 2025\/26 to 2029\/30, over 500 runs\. In 2029\/30 the median is .+, and 8 runs in 10 lie between .+ and .+\.$/);
  });
});

describe('the fan chart of care-home places per 1,000 older people (MODEL.md §18)', () => {
  const scenario = validScenario({ ...exampleBFile(), uncertainty: [{ path: 'services/3/unitsPerPerson', low: 0.8, high: 1.25 }], monteCarlo: { runs: 200, seed: 3 } });
  const result = runMonteCarlo(scenario);
  const places = fanChartData(result, 'careHomePer1000');

  it('carries the percentiles as plain figures, on no money axis', () => {
    expect(places.title).toBe('Care-home places per 1,000 older people: range of outcomes');
    expect(places.p50).toEqual(result.careHomePer1000.p50);
    expect(places.unit).toBeNull();
    expect(places.p90[4]).toBeGreaterThan(places.p10[4]);
  });

  it('tabulates and sums up with one decimal, not pounds', () => {
    const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const { p10, p50, p90 } = result.careHomePer1000;
    expect(places.table.rows[4]).toEqual({ header: '2029/30', cells: [p10[4], p50[4], p90[4]].map((x) => oneDecimal.format(x)) });
    expect(places.table.rows[4].cells.every((cell) => /^\d+\.\d$/.test(cell))).toBe(true);
    expect(places.summary).toMatch(/^Care-home places per 1,000 older people, 2025\/26 to 2029\/30, over 200 runs\. In 2029\/30 the median is \d+\.\d, and 8 runs in 10 lie between \d+\.\d and \d+\.\d\.$/);
  });
});
