// The county sample (version 2: capacity, partners' budgets, population
// variants) read and run as the app does, for the version 2 chart tests.
import { readFileSync } from 'node:fs';
import { readScenarioText, runModel, type Results, type Scenario } from '../../../src/model';

export function countySample(change: (scenario: Scenario) => void = () => {}): { scenario: Scenario; results: Results } {
  const read = readScenarioText(readFileSync(new URL('../../../samples/county.upstream.json', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(`The county sample does not read: ${read.problems.map((p) => p.message).join('; ')}`);
  change(read.scenario);
  return { scenario: read.scenario, results: runModel(read.scenario) };
}
