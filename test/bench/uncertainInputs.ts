// The inputs one Monte Carlo draw changes, and seeded draws of them, made
// before any timing so that drawing is never part of what is measured.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { CompiledModel, InputSlot } from '../../src/model/kernel/compile';
import { rangedInputs, usableValue } from '../../src/model/analysis/rangedInputs';
import type { Scenario } from '../../src/model/file/schema';
import { triangularQuantile } from '../../src/model/analysis/triangular';

export interface UncertainInput {
  path: string;
  low: number;
  value: number;
  high: number;
  slot: InputSlot;
}

export interface UncertainInputs {
  /** In words, for the printed table and results.json. */
  which: string;
  inputs: UncertainInput[];
}

/** How far the default ranges reach either side of a value when the scenario gives none. */
const DEFAULT_SPREAD = 0.2;

function slotOf(model: CompiledModel, path: string): InputSlot {
  const slot = model.slots.get(path);
  if (!slot) throw new Error(`"${path}" names no numeric input of the compiled model`);
  return slot;
}

function defaultPaths(scenario: Scenario): string[] {
  return [
    ...scenario.investments.map((_, j) => `investments/${j}/amount`),
    ...scenario.investments.flatMap((inv, j) => inv.deflects.map((_, i) => `investments/${j}/deflects/${i}/rate`)),
    ...scenario.rebalancing.map((_, k) => `rebalancing/${k}/share`),
    ...scenario.services.map((_, s) => `services/${s}/unitCost`),
  ];
}

/**
 * The scenario's own uncertainty ranges when it has them; otherwise every
 * investment amount, deflection rate, rebalancing share and unit cost, drawn
 * within ±20% of its value. Shares are drawn only downwards, so a service can
 * never give away more than all of its demand.
 */
export function chooseUncertainInputs(scenario: Scenario, model: CompiledModel): UncertainInputs {
  const ranged = rangedInputs(scenario, model);
  if (ranged.length > 0) {
    return {
      which: `the scenario's ${ranged.length} uncertainty ranges (${ranged.map((r) => r.path).join(', ')})`,
      inputs: ranged.map(({ path, low, central, high, slot }) => ({ path, low, value: central, high, slot })),
    };
  }
  const paths = defaultPaths(scenario);
  return {
    which: `no uncertainty ranges in the scenario, so all ${paths.length} investment amounts, deflection rates, rebalancing shares and unit costs, each drawn within ±20% of its value (shares only downwards)`,
    inputs: paths.map((path) => {
      const slot = slotOf(model, path);
      const value = slot.values[slot.index];
      const high = path.startsWith('rebalancing/') ? value : value * (1 + DEFAULT_SPREAD);
      return { path, low: value * (1 - DEFAULT_SPREAD), value, high, slot };
    }),
  };
}

/** `count` seeded draws of every input (MODEL.md §8); whole-number inputs (years) are rounded as Monte Carlo does. */
export function drawInputs(inputs: readonly UncertainInput[], count: number, seed: number): Float64Array[] {
  const rng = xoroshiro128plus(seed);
  return Array.from({ length: count }, () =>
    Float64Array.from(inputs, ({ low, value, high, slot }) => usableValue(slot, triangularQuantile(uniformFloat64(rng), low, value, high))),
  );
}
