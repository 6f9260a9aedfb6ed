import { describe, expect, it } from 'vitest';
import { formatPounds } from '../../../src/format/money';
import { formatUnits } from '../../../src/ui/charts/activityData';
import { capacityData, describeSupplyGap, shortOrSpare } from '../../../src/ui/charts/capacityData';
import { countySample } from './countySample';

describe('capacity against activity (MODEL.md §14) on the county sample', () => {
  const { results, scenario } = countySample();
  const data = capacityData(results, scenario);

  it('has each service with a capacity, in file order, with the engine’s figures', () => {
    expect(data.services.map((s) => s.id)).toEqual(['res', 'extracare']);
    const res = data.services[0];
    expect(res.capacity).toEqual(results.scenario.byService.res.capacity);
    expect(res.scenario).toEqual(results.scenario.byService.res.activity);
    expect(res.baseline).toEqual(results.baseline.byService.res.activity);
    expect(res.supplyGap).toEqual(results.scenario.byService.res.supplyGap);
    expect(res.baselineSupplyGap).toEqual(results.baseline.byService.res.supplyGap);
    expect(res.capital).toEqual(results.scenario.byService.res.capital);
    expect(data.labels[0]).toBe('2008/09');
  });

  it('says what to commission at the horizon, and what the baseline would leave', () => {
    const [res, extraCare] = data.services;
    expect(res.verdict).toBe('Short of 320 places by 2025/26: commission them');
    expect(res.baselineVerdict).toBe('Without the scenario, 963 places short');
    expect(extraCare.verdict).toBe('121 units spare in 2025/26');
    expect(extraCare.baselineVerdict).toBe('Without the scenario, 281 units spare');
  });

  it('words a gap under half a unit as a match', () => {
    expect(describeSupplyGap(0.4, 'places', '2040/41')).toBe('Capacity matches activity in 2040/41');
    expect(describeSupplyGap(40.2, 'places', '2040/41')).toBe('Short of 40 places by 2040/41: commission them');
    expect(describeSupplyGap(-12, 'places', '2040/41')).toBe('12 places spare in 2040/41');
    expect(describeSupplyGap(1234.6, 'hours', '2040/41')).toBe('Short of 1,235 hours by 2040/41: commission them');
    expect(shortOrSpare(-0.2, 'places')).toBe('no places short or spare');
  });

  it('tabulates each year: capacity, baseline and scenario activity, short or spare, capital', () => {
    const res = data.services[0];
    expect(res.table.columns).toEqual([
      'Year',
      'Capacity (places)',
      'Baseline activity (places)',
      'Scenario activity (places)',
      'Short (+) or spare (−) in the scenario (places)',
      'Capital',
    ]);
    expect(res.table.rows).toHaveLength(18);
    // 2018/19: the new 250-place nursing home, £60,000 a place.
    const t = 10;
    expect(res.table.rows[t]).toEqual({
      header: '2018/19',
      cells: [
        formatUnits(results.scenario.byService.res.capacity![t]),
        formatUnits(results.baseline.byService.res.activity[t]),
        formatUnits(results.scenario.byService.res.activity[t]),
        '−137 spare',
        '£15,000,000',
      ],
    });
    expect(res.table.rows[17].cells[3]).toBe('+320 short');
    expect(res.table.rows[0].cells[4]).toBe(formatPounds(0));
  });

  it('has no chart when no service has a capacity', () => {
    const none = countySample((s) => s.services.forEach((service) => delete service.capacity));
    expect(capacityData(none.results, none.scenario).services).toEqual([]);
  });
});
