import { describe, expect, it } from 'vitest';
import { diffScenarios } from '../../../src/ui/compare/scenarioDiff';
import { exampleA } from '../charts/exampleA';
import { exampleB } from '../../support/exampleA';

const base = () => exampleA().scenario;
const texts = (edit: Parameters<typeof exampleA>[0]) => diffScenarios(base(), exampleA(edit).scenario).map((d) => d.text);

describe('how two scenarios’ inputs differ', () => {
  it('finds nothing between a scenario and its copy, whatever the name, area or notes', () => {
    expect(texts((s) => Object.assign(s.meta, { name: 'Another name', area: 'Elsewhere', notes: 'New notes' }))).toEqual([]);
  });

  it('names a changed amount with its investment, money in full pounds', () => {
    const lines = diffScenarios(
      exampleA((s) => (s.investments[0].amount = 3_000_000)).scenario,
      exampleA((s) => (s.investments[0].amount = 4_500_000)).scenario,
    );
    expect(lines).toEqual([{ path: 'investments/0/amount', text: 'Reablement expansion: amount a year: £3,000,000 → £4,500,000' }]);
  });

  it('names service inputs by the service, users by age band and year', () => {
    expect(
      texts((s) => {
        s.services[1].unitCost = 2088;
        s.services[3].costGrowth = 0.03;
        s.services[2].baselineUsers['85+'] = 25;
        s.services[2].pooled = false;
        s.services[2].funder = 'nhs';
      }),
    ).toEqual([
      'Reablement: unit cost: £2,000 → £2,088',
      'Home care: funded by: County Council → NHS',
      'Home care: users aged 85+ in 2025/26: 20 → 25',
      'Home care: in the pooled budget: yes → no',
      'Residential care: yearly cost growth: 2.00% → 3.00%',
    ]);
  });

  it('matches services by id, so a reordered list is no difference, and names added and removed ones', () => {
    expect(texts((s) => s.services.reverse())).toEqual([]);
    const lines = texts((s) => {
      s.services = s.services.filter((service) => service.id !== 'hubs');
      s.services.push({ ...s.services[0], id: 'falls', name: 'Falls prevention', level: 2 });
    });
    expect(lines).toEqual(['Service removed: Community hubs', 'Service added: Falls prevention (Level 2)']);
  });

  it('lists a few population years one by one and sums up many', () => {
    expect(texts((s) => (s.ageBands[1].population[3] = 270))).toEqual(['Population aged 85+ in 2028/29: 260 → 270']);
    expect(texts((s) => (s.ageBands[0].population = [1000, 1060, 1120, 1180, 1240]))).toEqual([
      'Population aged 65-84: differs in 4 of 5 years, from 2026/27 (1,050 → 1,060) to 2029/30 (1,200 → 1,240)',
    ]);
  });

  it('lines years up on the calendar when the scenarios start in different years', () => {
    const later = exampleA((s) => {
      s.meta.baseYear = 2026;
      s.ageBands.forEach((band) => band.population.push(band.population[4] + 50));
      s.ageBands.forEach((band) => band.population.shift());
      s.rebalancing[0].startYear = 2026;
    }).scenario;
    expect(diffScenarios(base(), later).map((d) => d.text)).toEqual(['First financial year: 2025/26 → 2026/27']);
  });

  it('names rebalancing rules by the services they move between, and investments’ deflections by service', () => {
    expect(
      texts((s) => {
        s.rebalancing[0].share = 0.25;
        s.investments[0].deflects[1].rate = 0.6;
        s.investments[0].deflects.shift();
        s.investments[0].paidBy = undefined;
      }),
    ).toEqual([
      'Move from Residential care to Home care: share moved: 20.00% → 25.00%',
      'Reablement expansion: paid by: NHS → the funder of what it buys',
      'Reablement expansion: no longer deflects Residential care',
      'Reablement expansion: deflection rate for Home care: 0.5 → 0.6',
    ]);
    expect(texts((s) => s.rebalancing.push({ from: 'home', to: 'reab', share: 0.1, ratio: 2, startYear: 2027, rampYears: 0, profile: 'linear' }))).toEqual([
      'Rebalancing added: move 10.0% of Home care to Reablement from 2027/28',
    ]);
    expect(texts((s) => (s.investments[0].name = 'Reablement for all'))).toEqual([
      'Investment removed: Reablement expansion',
      'Investment added: Reablement for all: £20,000 a year from 2026/27',
    ]);
  });

  it('covers the pool, the envelope, the desired shares, sources and uncertainty', () => {
    expect(
      texts((s) => {
        s.pool = { contributions: { council: 0.5, nhs: 0.5 } };
        s.envelope = undefined;
        s.targetLevelShares = [0.05, 0.15, 0.15, 0.35, 0.3];
        s.services[0].source = 'Council budget book 2025/26';
        s.uncertainty = [{ path: 'investments/0/amount', low: 10_000, high: 30_000 }];
        s.meta.discountRate = 0.03;
      }),
    ).toEqual([
      'Discount rate: 3.50% → 3.00%',
      'Community hubs: source: (none) → “Council budget book 2025/26”',
      'Pooled budget: share from County Council: 60.0% → 50.0%',
      'Pooled budget: share from NHS: 40.0% → 50.0%',
      'Budget envelope: removed',
      'Desired share of spend at Level 2: 10.0% → 15.0%',
      'Desired share of spend at Level 4: 40.0% → 35.0%',
      'Uncertainty range added: Reablement expansion: amount a year, £10,000 to £30,000',
    ]);
  });

  it('gives each line the path of the input in the second scenario', () => {
    const lines = diffScenarios(base(), exampleA((s) => {
      s.services.reverse();
      s.services[0].unitCost = 45_000;
    }).scenario);
    expect(lines).toEqual([{ path: 'services/0/unitCost', text: 'Residential care: unit cost: £40,000 → £45,000' }]);
  });
});

describe('how two version 2 scenarios’ inputs differ (MODEL.md §12–17)', () => {
  const textsB = (edit: Parameters<typeof exampleB>[0]) => diffScenarios(exampleB().scenario, exampleB(edit).scenario).map((d) => [d.path, d.text]);

  it('names the projection in use, a projection changed or added, and a budget by year', () => {
    expect(
      textsB((s) => {
        s.meta.populationVariant = 'high';
        s.ageBands[1].variants!.high[2] = 265;
        s.ageBands[1].variants!.low = [200, 210, 220, 230, 240];
        s.partners[0].budget![4] = 1_250_000;
        s.partners[1].budget = [1, 1, 1, 1, 1];
      }),
    ).toEqual([
      ['meta/populationVariant', 'Population projection in use: Principal projection → High projection'],
      ['ageBands/1/variants/high/2', 'Population aged 85+ (high projection) in 2027/28: 260 → 265'],
      ['ageBands/1/variants/low', 'Population aged 85+, low projection: added'],
      ['partners/0/budget/4', expect.stringMatching(/ in 2029\/30: £1,300,000 → £1,250,000$/)],
      ['partners/1/budget', 'NHS: budget added'],
    ]);
  });

  it("names a service's setting, units a person uses and capacity, and a phase-in and last year funded", () => {
    expect(
      textsB((s) => {
        s.services[2].setting = 'extraCare';
        s.services[2].unitsPerPerson = 520;
        s.services[3].capacity!.base = 25;
        s.services[3].capacity!.capitalCostPerUnit = 60000;
        s.services[3].capacity!.changes.push({ year: 2029, units: 5 });
        s.services[1].capacity = { base: 40, changes: [], capitalCostPerUnit: 0 };
        s.rebalancing[0].profile = 'step';
        s.investments[0].profile = 'linear';
        delete s.investments[0].endYear;
      }).map(([, text]) => text),
    ).toEqual([
      'Reablement: capacity added: 40 episodes, capital £0 a unit',
      'Home care: setting: At home → Extra care housing',
      expect.stringMatching(/^Home care: .*: 500 → 520$/),
      expect.stringMatching(/^Residential care: .*: 22 → 25$/),
      expect.stringMatching(/^Residential care: .*: £50,000 → £60,000$/),
      'Residential care: places opened and closed: −2 in 2027/28, +3 in 2028/29 → −2 in 2027/28, +3 in 2028/29, +5 in 2029/30',
      'Move from Residential care to Home care: phase-in: Fast start → All at once',
      'Reablement expansion: phase-in: Slow start → Even',
      'Reablement expansion: last year funded: 2028/29 → no end',
    ]);
  });
});
