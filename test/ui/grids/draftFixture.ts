// Worked example A (MODEL.md) as a draft, with two uncertainty ranges, frozen
// all the way down so any test that mutates it fails.
import type { ScenarioDraft } from '../../../src/ui/store/draft';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export function exampleDraft(): ScenarioDraft {
  return deepFreeze({
    format: 'upstream-scenario',
    version: 1,
    meta: { name: 'Worked example A', area: 'Example locality', currency: 'GBP', baseYear: 2025, horizonYears: 4, discountRate: 0.035 },
    ageBands: [
      { id: '65-84', population: [1000, 1050, 1100, 1150, 1200] },
      { id: '85+', population: [200, 220, 240, 260, 280] },
    ],
    partners: [
      { id: 'council', name: 'County Council' },
      { id: 'nhs', name: 'NHS' },
    ],
    services: [
      { id: 'hubs', name: 'Community hubs', level: 1, funder: 'council', unit: 'people', unitCost: 100, costGrowth: 0, baselineUsers: { '65-84': 100, '85+': 0 }, pooled: false },
      { id: 'reab', name: 'Reablement', level: 3, funder: 'nhs', unit: 'episodes', unitCost: 2000, costGrowth: 0, baselineUsers: { '65-84': 20, '85+': 10 }, pooled: true },
      { id: 'home', name: 'Home care', level: 4, funder: 'council', unit: 'people', unitCost: 10000, costGrowth: 0, baselineUsers: { '65-84': 30, '85+': 20 }, pooled: true },
      { id: 'res', name: 'Residential care', level: 5, funder: 'council', unit: 'places', unitCost: 40000, costGrowth: 0.02, baselineUsers: { '65-84': 5, '85+': 15 }, pooled: false },
    ],
    rebalancing: [{ from: 'res', to: 'home', share: 0.2, ratio: 1, startYear: 2026, rampYears: 2 }],
    investments: [
      {
        name: 'Reablement expansion',
        target: 'reab',
        amount: 20000,
        paidBy: 'nhs',
        startYear: 2026,
        rampYears: 0,
        lagYears: 1,
        deflects: [
          { service: 'res', rate: 0.25 },
          { service: 'home', rate: 0.5 },
        ],
      },
    ],
    pool: { contributions: { council: 0.6, nhs: 0.4 } },
    envelope: [2100000, 2100000, 2100000, 2100000, 2100000],
    targetLevelShares: [0.05, 0.1, 0.15, 0.4, 0.3],
    uncertainty: [
      { path: 'investments/0/deflects/1/rate', low: 0.3, high: 0.7 },
      { path: 'services/3/baselineUsers/85+', low: 10, high: 20 },
      { path: 'ageBands/1/population/4', low: 250, high: 300 },
    ],
  } satisfies ScenarioDraft);
}
