// A valid scenario far bigger than any council's: 200 services, 20 age bands,
// 50 years, 200 rebalancing rules and 100 investments. The reader and the run
// must stay fast on it (test/bench) and read it whole.
import type { ScenarioInput } from '../../src/model/file/schema';

export const BIG_SHAPE = { services: 200, bands: 20, horizonYears: 50, rules: 200, investments: 100 } as const;

const BASE_YEAR = 2025;

/** The same file every time: figures vary with the index, not with chance. */
export function bigScenario(): ScenarioInput {
  const { services, bands, horizonYears, rules, investments } = BIG_SHAPE;
  const years = horizonYears + 1;
  const bandIds = Array.from({ length: bands }, (_, b) => `band-${b}`);
  const serviceId = (s: number) => `service-${s % services}`;
  return {
    format: 'upstream-scenario',
    version: 2,
    meta: { name: 'Big scenario', area: 'Benchmark', baseYear: BASE_YEAR, horizonYears, discountRate: 0.035 },
    ageBands: bandIds.map((id, b) => ({ id, population: Array.from({ length: years }, (_, t) => 1000 + 50 * b + 10 * t) })),
    partners: [
      { id: 'council', name: 'County Council' },
      { id: 'nhs', name: 'NHS' },
    ],
    services: Array.from({ length: services }, (_, s) => ({
      id: serviceId(s),
      name: `Service ${s}`,
      level: (s % 5) + 1,
      funder: s % 2 === 0 ? 'council' : 'nhs',
      unit: 'people',
      unitCost: 100 + 250 * s,
      costGrowth: (s % 4) / 100,
      baselineUsers: Object.fromEntries(bandIds.map((id, b) => [id, (s + b) % 30])),
      pooled: s % 3 === 0,
    })),
    // Each service moves 30% of its users to the next one, so no service moves more than all of them.
    rebalancing: Array.from({ length: rules }, (_, k) => ({
      from: serviceId(k),
      to: serviceId(k + 1),
      share: 0.3,
      ratio: 1,
      startYear: BASE_YEAR + 1 + (k % 10),
      rampYears: k % 4,
    })),
    investments: Array.from({ length: investments }, (_, j) => ({
      name: `Investment ${j}`,
      target: serviceId(2 * j),
      amount: 10_000 + 1_000 * j,
      paidBy: j % 2 === 0 ? 'nhs' : 'council',
      startYear: BASE_YEAR + 1 + (j % 5),
      rampYears: j % 3,
      lagYears: j % 2,
      deflects: [1, 3, 5].map((d) => ({ service: serviceId(2 * j + d), rate: 0.1 * d })),
    })),
    pool: { contributions: { council: 0.6, nhs: 0.4 } },
    envelope: Array.from({ length: years }, () => 500_000_000),
  };
}

export function bigScenarioText(): string {
  return `${JSON.stringify(bigScenario(), null, 2)}\n`;
}
