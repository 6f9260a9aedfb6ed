import { describe, expect, it } from 'vitest';
import { activityData, formatChange } from '../../../src/ui/charts/activityData';
import { exampleA } from './exampleA';

describe('activity by service (chart 6) for worked example A', () => {
  const { results, scenario } = exampleA();

  it('compares scenario with baseline activity at the chosen year, with the scenario’s units', () => {
    const data = activityData(results, scenario, 4);
    expect(data.year).toBe('2029/30');
    expect(data.labels).toEqual([['Community hubs (people)'], ['Reablement (episodes)'], ['Home care (people)'], ['Residential care (places)']]);
    const residential = data.services[3];
    expect(residential.baseline).toBeCloseTo(27, 9); // 5/1000 × 1200 + 15/200 × 280
    expect(residential.scenario).toBeCloseTo(19.1, 9);
    expect(residential.change).toBeCloseTo(19.1 / residential.baseline - 1, 9);
    expect(data.table.rows[3]).toEqual({
      header: 'Residential care',
      cells: ['5 Hospital and care homes', '27 places', '19.1 places', '-29.3%'],
    });
  });

  it('follows the year chosen', () => {
    const first = activityData(results, scenario, 0);
    expect(first.year).toBe('2025/26');
    expect(first.services.map(formatChange)).toEqual(['no change', 'no change', 'no change', 'no change']);
  });

  it('calls a service with no baseline activity new, not an infinite change', () => {
    const { results: withNew, scenario: scenarioWithNew } = exampleA((s) => {
      s.services[0].baselineUsers = {};
      s.rebalancing.push({ from: 'res', to: 'hubs', share: 0.1, ratio: 1, startYear: 2026, rampYears: 0, profile: 'linear' });
    });
    const hubs = activityData(withNew, scenarioWithNew, 4).services[0];
    expect(hubs.change).toBeNull();
    expect(formatChange(hubs)).toBe('new');
    expect(formatChange({ ...hubs, scenario: 0 })).toBe('none');
  });
});
