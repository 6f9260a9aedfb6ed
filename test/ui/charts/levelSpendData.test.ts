import { describe, expect, it } from 'vitest';
import { levelSpendData } from '../../../src/ui/charts/levelSpendData';
import { LEVEL_COLOURS } from '../../../src/ui/charts/palette';
import { exampleA } from './exampleA';

describe('spend by level (chart 1) for worked example A', () => {
  const { results } = exampleA();
  const data = levelSpendData(results);

  it('labels the years as financial years', () => {
    expect(data.labels).toEqual(['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']);
  });

  it('gives each level its results series, baseline and scenario, with its name and colour', () => {
    expect(data.levels.map((l) => l.label)).toEqual([
      '1 Citizenship and inclusion',
      '2 Prevention',
      '3 Intensive short-term',
      '4 Long-term community support',
      '5 Hospital and care homes',
    ]);
    data.levels.forEach((l, i) => {
      expect(l.baseline).toEqual(results.baseline.byLevel[i]);
      expect(l.scenario).toEqual(results.scenario.byLevel[i]);
      expect(l.colour).toBe(LEVEL_COLOURS[i]);
    });
  });

  it('hands the chart copies, never the results arrays themselves (Chart.js patches the arrays it is given)', () => {
    expect(data.levels[4].scenario).not.toBe(results.scenario.byLevel[4]);
  });

  it('puts the spend in £m, the size of example A', () => {
    expect(data.unit.symbol).toBe('£m');
  });

  it('tabulates every year twice, baseline then scenario, in whole pounds with a total', () => {
    expect(data.table.columns).toEqual([
      'Year',
      'Level 1 Citizenship and inclusion',
      'Level 2 Prevention',
      'Level 3 Intensive short-term',
      'Level 4 Long-term community support',
      'Level 5 Hospital and care homes',
      'Total',
    ]);
    expect(data.table.rows).toHaveLength(10);
    expect(data.table.rows[0]).toEqual({
      header: '2025/26 baseline',
      cells: ['£10,000', '£0', '£60,000', '£500,000', '£800,000', '£1,370,000'],
    });
    expect(data.table.rows[9].header).toBe('2029/30 scenario');
    expect(data.table.rows[9].cells[5]).toBe('£1,578,978');
  });

  it('summarises the upstream shift for screen readers', () => {
    expect(data.summary).toContain('In 2029/30 the scenario spends £1.58m, 6.8% of it on Levels 1 to 3, against £1.90m and 4.6% in the baseline.');
  });

  it('gives each level its share of each year\'s spend, the five adding up to 1', () => {
    for (const inCase of ['baselineShare', 'scenarioShare'] as const) {
      data.labels.forEach((_, t) => expect(data.levels.reduce((sum, l) => sum + l[inCase][t], 0)).toBeCloseTo(1, 12));
    }
    expect(data.levels[4].baselineShare[0]).toBeCloseTo(800_000 / 1_370_000, 12);
  });

  it('tabulates the shares as per cent with the upstream share, Levels 1 to 3', () => {
    expect(data.shares.table.columns.at(-1)).toBe('Levels 1 to 3');
    expect(data.shares.table.rows[0]).toEqual({ header: '2025/26 baseline', cells: ['0.7%', '0.0%', '4.4%', '36.5%', '58.4%', '5.1%'] });
    expect(data.shares.table.rows[9].cells[5]).toBe('6.8%');
  });

  it('says what the shares show: the upstream share in both cases and each level at the horizon', () => {
    expect(data.shares.summary).toContain('In 2029/30 the scenario puts 6.8% of spend on Levels 1 to 3, against 4.6% in the baseline and 5.1% in 2025/26.');
    expect(data.shares.summary).toContain('Level 5 Hospital and care homes');
  });
});
