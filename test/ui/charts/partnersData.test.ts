import { describe, expect, it } from 'vitest';
import { partnersData, poolNote } from '../../../src/ui/charts/partnersData';
import { exampleA } from './exampleA';

describe('who pays and who saves (chart 5) for worked example A', () => {
  const { results, scenario } = exampleA();
  const data = partnersData(results, scenario);

  it('gives each partner its horizon figures and all-years net saving', () => {
    expect(data.year).toBe('2029/30');
    expect(data.partners.map((p) => p.name)).toEqual(['County Council', 'NHS']);
    expect(data.partners[1]).toMatchObject({ name: 'NHS', baseline: 286_400, scenario: 296_000, net: -9_600, cumulativeNet: -41_300 });
  });

  it('gives each partner its net saving each year and added up, on an axis of its own', () => {
    const nhs = data.partners[1];
    expect(nhs.yearly).toEqual(results.partners[scenario.partners[1].id].net);
    expect(nhs.cumulative.at(-1)).toBeCloseTo(-41_300, 6);
    nhs.cumulative.forEach((total, t) => expect(total).toBeCloseTo(nhs.yearly.slice(0, t + 1).reduce((a, b) => a + b, 0), 6));
    // £41,300 at most: the NHS's axis is in £k, whatever the council's spend.
    expect(nhs.unit.symbol).toBe('£k');
    expect(data.labels).toHaveLength(5);
  });

  it('has partners whose nets add up to the net saving (MODEL.md §7)', () => {
    const total = data.partners.reduce((sum, p) => sum + p.net, 0);
    expect(total).toBeCloseTo(results.summary.netSaving[4], 6);
  });

  it('tabulates in pounds, negative where a partner pays more', () => {
    expect(data.table.rows[1]).toEqual({ header: 'NHS', cells: ['£286,400', '£296,000', '-£9,600', '-£41,300'] });
  });

  it('names the pooled services and each partner’s pool share', () => {
    expect(data.poolNote).toBe(
      'Pooled budget: Reablement and Home care, and any prevention bought for them, are shared by pool contribution ' +
        '(County Council 60%, NHS 40%), whoever funds or pays for them.',
    );
  });

  it('says when nothing is pooled', () => {
    const { scenario: unpooled } = exampleA((s) => {
      s.services.forEach((service) => (service.pooled = false));
      delete s.pool;
    });
    expect(poolNote(unpooled)).toMatch(/^No services are pooled/);
  });
});
