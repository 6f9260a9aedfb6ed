// Scenarios for the tests of MODEL.md §8 (tornado, Monte Carlo, goal seek):
// worked example A with ranges added, and a made-up county-sized scenario.
import { readFileSync } from 'node:fs';
import type { CompiledModel } from '../../../src/model/kernel/compile';
import { readScenario } from '../../../src/model/file/scenarioFile';
import type { Scenario, ScenarioInput } from '../../../src/model/file/schema';
import { exampleAFile } from '../../support/exampleA';

export { exampleAFile };

const exampleBText = readFileSync(new URL('../../../../shared/spec/example-b.scenario.json', import.meta.url), 'utf8');

/** Worked example B (version 2: people, settings, capacity and capital, variants), as written; a fresh copy each time. */
export function exampleBFile(): ScenarioInput {
  return JSON.parse(exampleBText) as ScenarioInput;
}

/**
 * Example B with its rebalancing made dear and sudden (4,000 hours of home
 * care for each place moved, all at once from 2028/29): it breaks even in
 * 2027/28 and is back in deficit from 2028/29, so its payback is lost (§6).
 */
export function lostPaybackFile(): ScenarioInput {
  const file = exampleBFile();
  Object.assign(file.rebalancing[0], { ratio: 4000, startYear: 2028, rampYears: 0 });
  return file;
}

export function validScenario(file: unknown): Scenario {
  const read = readScenario(file);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return read.scenario;
}

/**
 * Ranges over every kind of input in example A; wide enough on the investment
 * amount that some Monte Carlo runs pay back and some do not.
 */
export const EXAMPLE_A_RANGES: NonNullable<ScenarioInput['uncertainty']> = [
  { path: 'investments/0/amount', low: 0, high: 3_000_000 },
  { path: 'investments/0/deflects/0/rate', low: 0.05, high: 0.4, label: 'Care home places avoided per reablement episode' },
  { path: 'investments/0/deflects/1/rate', low: 0.3, high: 0.6 },
  { path: 'rebalancing/0/share', low: 0, high: 0.3 },
  { path: 'investments/0/lagYears', low: 0, high: 3 },
  { path: 'services/3/costGrowth', low: 0, high: 0.04 },
  { path: 'services/3/baselineUsers/85+', low: 10, high: 20 },
  { path: 'ageBands/1/population/4', low: 260, high: 320 },
  { path: 'meta/discountRate', low: 0.01, high: 0.06 },
];

export function exampleAWithRanges(monteCarlo = { runs: 300, seed: 20250401 }): Scenario {
  return validScenario({ ...exampleAFile(), uncertainty: EXAMPLE_A_RANGES, monteCarlo });
}

/** Every numeric input of a compiled model, by path: to show an analysis left it as it was. */
export function inputValues(model: CompiledModel): Record<string, number> {
  return Object.fromEntries([...model.slots].map(([path, slot]) => [path, slot.values[slot.index]]));
}

/** The value of a numeric input of a scenario object, by its JSON path. */
export function inputValueAt(scenario: Scenario, path: string): number {
  return path.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], scenario) as number;
}

export function relativeDifference(got: number, want: number): number {
  return got === want ? 0 : Math.abs(got - want) / Math.max(Math.abs(want), Math.abs(got));
}

/**
 * A made-up county: 18 years, 12 services over the five levels, 4 age bands,
 * rebalancing, three investments and eight ranges.
 */
export function countySizedScenario(runs = 10_000): Scenario {
  const bands = ['65-74', '75-84', '85-94', '95+'];
  const years = 18;
  const ageBands = bands.map((id, b) => ({
    id,
    population: Array.from({ length: years }, (_, t) => Math.round((60_000 / (b + 1) ** 1.5) * (1 + (0.015 + 0.01 * b) * t))),
  }));
  const services = Array.from({ length: 12 }, (_, s) => ({
    id: `s${s}`,
    name: `Service ${s}`,
    level: (s % 5) + 1,
    funder: s % 2 === 0 ? 'council' : 'nhs',
    unit: 'people',
    unitCost: 500 * (s + 1) ** 1.6,
    costGrowth: 0.01 + 0.002 * (s % 3),
    baselineUsers: Object.fromEntries(ageBands.map((band) => [band.id, Math.round((band.population[0] * 0.05) / Math.sqrt(s + 1))])),
    pooled: s < 3,
  }));
  const oldestAtHorizon = ageBands[3].population[years - 1];
  return validScenario({
    format: 'upstream-scenario',
    version: 1,
    meta: { name: 'County-sized test scenario', baseYear: 2025, horizonYears: years - 1 },
    ageBands,
    partners: [
      { id: 'council', name: 'County Council' },
      { id: 'nhs', name: 'NHS' },
    ],
    services,
    rebalancing: [
      { from: 's9', to: 's8', share: 0.2, ratio: 1.5, startYear: 2026, rampYears: 3 },
      { from: 's4', to: 's3', share: 0.1, startYear: 2027, rampYears: 2 },
    ],
    investments: [
      { name: 'Reablement', target: 's2', amount: 3_000_000, startYear: 2026, rampYears: 2, lagYears: 1, deflects: [{ service: 's9', rate: 0.05 }, { service: 's8', rate: 0.2 }] },
      { name: 'Falls prevention', target: 's1', amount: 1_000_000, startYear: 2026, deflects: [{ service: 's4', rate: 0.1 }] },
      { name: 'Community hubs', target: 's0', amount: 500_000, startYear: 2027, lagYears: 2, deflects: [{ service: 's3', rate: 0.05 }, { service: 's7', rate: 0.02 }] },
    ],
    pool: { contributions: { council: 0.6, nhs: 0.4 } },
    uncertainty: [
      { path: 'investments/0/deflects/0/rate', low: 0.02, high: 0.08 },
      { path: 'investments/0/deflects/1/rate', low: 0.1, high: 0.3 },
      { path: 'investments/1/deflects/0/rate', low: 0.05, high: 0.2 },
      { path: 'investments/0/amount', low: 2_000_000, high: 4_000_000 },
      { path: 'investments/0/lagYears', low: 0, high: 3 },
      { path: 'rebalancing/0/ratio', low: 1, high: 2 },
      { path: 'services/9/costGrowth', low: 0, high: 0.03 },
      { path: `ageBands/3/population/${years - 1}`, low: oldestAtHorizon * 0.9, high: oldestAtHorizon * 1.1 },
    ],
    monteCarlo: { runs, seed: 1 },
  });
}
