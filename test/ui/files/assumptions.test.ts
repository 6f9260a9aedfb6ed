import { describe, expect, it } from 'vitest';
import { assumptionGroups } from '../../../src/ui/files/assumptions';
import { exampleA, exampleB } from '../../support/exampleA';

const rowsOf = (groups: ReturnType<typeof assumptionGroups>, title: string) => groups.find((group) => group.title === title)?.rows;

describe("the board pack's assumptions for worked example A", () => {
  const groups = assumptionGroups(exampleA().scenario);

  it('lists population, partners, services, rebalancing and investments, in that order', () => {
    expect(groups.map((group) => group.title)).toEqual(['Population', 'Partners', 'Services', 'Rebalancing', 'Investments']);
  });

  it('gives each age band its first and last year in financial years', () => {
    expect(rowsOf(groups, 'Population')).toEqual([
      { what: 'People aged 65-84', figures: '1,000 in 2025/26, 1,200 in 2029/30', source: null },
      { what: 'People aged 85+', figures: '200 in 2025/26, 280 in 2029/30', source: null },
    ]);
  });

  it("gives each partner's share of the pooled budget", () => {
    expect(rowsOf(groups, 'Partners')?.map((row) => [row.what, row.figures])).toEqual([
      ['County Council', 'Pays 60% of the pooled budget'],
      ['NHS', 'Pays 40% of the pooled budget'],
    ]);
  });

  it('gives each service its level, unit cost, cost growth, users in the first year and who pays', () => {
    const services = rowsOf(groups, 'Services')!;
    expect(services.map((row) => row.what)).toEqual(['Community hubs (Level 1)', 'Reablement (Level 3)', 'Home care (Level 4)', 'Residential care (Level 5)']);
    expect(services[0].figures).toBe('£100 a year per unit; 100 people in 2025/26; paid by County Council');
    expect(services[1].figures).toBe('£2,000 a year per unit; 30 episodes in 2025/26; paid by NHS from the pooled budget');
    expect(services[3].figures).toBe('£40,000 a year per unit, cost growing 2.0% a year; 20 places in 2025/26; paid by County Council');
  });

  it('describes the rebalancing rule and the investment in words, with rates as the file has them', () => {
    expect(rowsOf(groups, 'Rebalancing')).toEqual([
      { what: 'Move 20% of Residential care to Home care', figures: 'From 2026/27, phased in over 2 years; 1 new unit for each unit moved', source: null },
    ]);
    expect(rowsOf(groups, 'Investments')).toEqual([
      {
        what: 'Reablement expansion',
        figures: '£20,000 a year on Reablement from 2026/27; each unit bought avoids 0.25 of Residential care, 0.5 of Home care',
        source: null,
      },
    ]);
  });
});

describe('assumptions of other scenarios', () => {
  it('carries every source recorded in the file beside its figures', () => {
    const { scenario } = exampleA((s) => {
      s.ageBands[1].source = 'ONS 2018-based projections';
      s.partners[0].source = 'Section 75 agreement';
      s.services[3].source = 'Laing 2021/22: care home fees £663 to £771 a week';
      s.rebalancing[0].source = 'Changing balances: -20% residential';
      s.investments[0].source = 'Glendinning et al. 2010';
    });
    const sources = assumptionGroups(scenario).flatMap((group) => group.rows.map((row) => row.source));
    expect(sources.filter((source) => source !== null)).toEqual([
      'ONS 2018-based projections',
      'Section 75 agreement',
      'Laing 2021/22: care home fees £663 to £771 a week',
      'Changing balances: -20% residential',
      'Glendinning et al. 2010',
    ]);
  });

  it('leaves out empty groups and says nothing of a pool for a partner outside it', () => {
    const { scenario } = exampleA((s) => {
      s.rebalancing = [];
      s.investments = [];
      s.pool = { contributions: { council: 1 } };
    });
    const groups = assumptionGroups(scenario);
    expect(groups.map((group) => group.title)).toEqual(['Population', 'Partners', 'Services']);
    expect(rowsOf(groups, 'Partners')?.map((row) => row.figures)).toEqual(['Pays 100% of the pooled budget', '']);
  });

  it('names a rule without a ramp-up, and a larger ratio, plainly', () => {
    const { scenario } = exampleA((s) => {
      s.rebalancing[0] = { ...s.rebalancing[0], rampYears: 0, ratio: 520 };
    });
    expect(rowsOf(assumptionGroups(scenario), 'Rebalancing')?.[0].figures).toBe('From 2026/27; 520 new units for each unit moved');
  });
});

describe("the board pack's assumptions for worked example B (version 2)", () => {
  const groups = assumptionGroups(exampleB().scenario);

  it('adds capacity after the services', () => {
    expect(groups.map((group) => group.title)).toEqual(['Population', 'Partners', 'Services', 'Capacity', 'Rebalancing', 'Investments']);
    expect(rowsOf(groups, 'Capacity')).toEqual([
      { what: 'Residential care', figures: '22 places in 2025/26; −2 in 2027/28, +3 in 2028/29; capital £50,000 a unit opened', source: null },
    ]);
  });

  it('lists each other projection and the one the figures use', () => {
    expect(rowsOf(groups, 'Population')!.slice(2).map((row) => [row.what, row.figures])).toEqual([
      ['People aged 65-84, low projection', '1,000 in 2025/26, 1,120 in 2029/30'],
      ['People aged 65-84, high projection', '1,000 in 2025/26, 1,280 in 2029/30'],
      ['People aged 85+, high projection', '200 in 2025/26, 320 in 2029/30'],
      ['Projection the figures use', 'Principal projection'],
    ]);
  });

  it("gives a partner's budget, a service's setting and units a person uses, phase-in and last year funded", () => {
    expect(rowsOf(groups, 'Partners')![0].figures).toBe('Pays 60% of the pooled budget. Budget £1,500,000 in 2025/26, £1,300,000 in 2029/30');
    expect(rowsOf(groups, 'Services')![2].figures).toMatch(/; 500 hours a person a year$/);
    expect(rowsOf(groups, 'Services')![3].figures).toMatch(/; people in residential care$/);
    expect(rowsOf(groups, 'Rebalancing')![0].figures).toMatch(/^From 2026\/27, phased in over 2 years \(fast start\); /);
    expect(rowsOf(groups, 'Investments')![0].figures).toMatch(/^£20,000 a year on Reablement from 2026\/27 to 2028\/29, phased in over 2 years \(slow start\); /);
  });
});
