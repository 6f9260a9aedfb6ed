// MODEL.md §9: "a file is never accepted whose results would hold anything but
// finite numbers". A scenario with every input at the bound that makes results
// largest (50 years, 500 services, 500 rules, 500 investments) is accepted, and
// every number of its results is finite.
import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../../src/model/file/fileFormat';
import { readScenario } from '../../../src/model/file/scenarioFile';
import type { ScenarioInput } from '../../../src/model/file/schema';
import { runModel } from '../../../src/model/kernel/results';

const YEARS = 51;
const SERVICES = 500;
/** Services 0–9 are bought by investments at the least unit cost allowed; the others cost the most. */
const TARGETS = 10;

function scenarioAtBounds(): ScenarioInput {
  const bandIds = Array.from({ length: 20 }, (_, b) => `b${b}`);
  const serviceId = (s: number) => `s${s}`;
  // The fewest base-year people for the most users gives the highest usage rate allowed.
  const basePopulation = BOUNDS.users / BOUNDS.usersPerPerson;
  return {
    format: 'upstream-scenario',
    version: 2,
    meta: { name: 'Every input at its bound', baseYear: 2025, horizonYears: YEARS - 1, discountRate: -0.5, populationVariant: 'high' },
    ageBands: bandIds.map((id) => ({
      id,
      population: [basePopulation, ...Array(YEARS - 1).fill(BOUNDS.population)],
      variants: { high: [basePopulation, ...Array(YEARS - 1).fill(BOUNDS.population)] },
    })),
    partners: [
      { id: 'council', name: 'Council', budget: Array(YEARS).fill(BOUNDS.budgetPerYear) },
      { id: 'nhs', name: 'NHS' },
    ],
    services: Array.from({ length: SERVICES }, (_, s) => ({
      id: serviceId(s),
      name: `Service ${s}`,
      level: (s % 5) + 1,
      funder: 'council',
      unit: 'units',
      unitCost: s < TARGETS ? BOUNDS.targetUnitCost : BOUNDS.unitCost,
      costGrowth: 1,
      baselineUsers: Object.fromEntries(bandIds.map((id) => [id, BOUNDS.users])),
      pooled: s % 2 === 0,
      // The fewest units a person can use gives the most people (MODEL.md §13 divides by it).
      setting: s % 2 === 0 ? ('residential' as const) : ('home' as const),
      unitsPerPerson: BOUNDS.leastUnitsPerPerson,
      capacity: { base: BOUNDS.capacity, changes: [{ year: 2030, units: BOUNDS.capacity }, { year: 2040, units: -BOUNDS.capacity }], capitalCostPerUnit: BOUNDS.unitCost },
    })),
    // Every service moves all its demand into service 0 (and 0 into 1), each unit becoming the most units allowed.
    rebalancing: Array.from({ length: SERVICES }, (_, k) => ({ from: serviceId(k), to: serviceId(k === 0 ? 1 : 0), share: 1, ratio: BOUNDS.unitsPerUnit, startYear: 2025 })),
    investments: Array.from({ length: 500 }, (_, j) => ({
      name: `Investment ${j}`,
      target: serviceId(j % TARGETS),
      amount: BOUNDS.amountPerYear,
      startYear: 2025,
      deflects: Array.from({ length: 100 }, (_, d) => ({ service: serviceId(TARGETS + d), rate: BOUNDS.unitsPerUnit })),
    })),
    pool: { contributions: { council: 0.5, nhs: 0.5 } },
    envelope: Array(YEARS).fill(BOUNDS.budgetPerYear),
    targetLevelShares: [0.2, 0.2, 0.2, 0.2, 0.2],
  };
}

/** The path of every number in `value` that is not finite, and of every null outside the payback years. */
function notFinite(value: unknown): string[] {
  const found: string[] = [];
  const stack: Array<{ node: unknown; path: string }> = [{ node: value, path: '' }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'number' && !Number.isFinite(node)) found.push(path);
    else if (node === null && !/(paybackYear|firstBreakEvenYear|supportedAtHomeShare\/\d+|peopleUpstreamShare\/\d+)$/.test(path)) found.push(path);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) stack.push({ node: child, path: `${path}/${key}` });
    }
  }
  return found;
}

describe('bounds on inputs', () => {
  it('accept a scenario with every input at its bound, whose results are all finite numbers', () => {
    const read = readScenario(scenarioAtBounds());
    if (!read.ok) throw new Error(read.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join('\n'));
    const results = runModel(read.scenario);
    expect(results.years).toHaveLength(YEARS);
    expect(Math.abs(results.summary.npv)).toBeGreaterThan(1e40);
    expect(notFinite(results)).toEqual([]);
  });

  it('refuse each bound passed by a little', () => {
    const over = scenarioAtBounds();
    over.services[12].unitCost = BOUNDS.unitCost * 1.01;
    over.services[13].costGrowth = 1.01;
    over.ageBands[0].population[1] = BOUNDS.population * 1.01;
    over.investments[0].amount = BOUNDS.amountPerYear * 1.01;
    over.investments[1].deflects[0].rate = BOUNDS.unitsPerUnit * 1.01;
    over.rebalancing[2].ratio = BOUNDS.unitsPerUnit * 1.01;
    over.envelope![3] = BOUNDS.budgetPerYear * 1.01;
    over.meta.discountRate = -0.51;
    over.services[14].unitsPerPerson = BOUNDS.leastUnitsPerPerson * 0.99;
    over.services[15].capacity!.base = BOUNDS.capacity * 1.01;
    const read = readScenario(over);
    expect(read.ok ? [] : read.problems.map((p) => p.path).sort()).toEqual(
      [
        'services/12/unitCost',
        'services/13/costGrowth',
        'ageBands/0/population/1',
        'investments/0/amount',
        'investments/1/deflects/0/rate',
        'rebalancing/2/ratio',
        'envelope/3',
        'meta/discountRate',
        'services/14/unitsPerPerson',
        'services/15/capacity/base',
      ].sort(),
    );
  });
});
