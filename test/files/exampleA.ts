// Worked example A (../shared/spec), read and run the way the app does.
import { readFileSync } from 'node:fs';
import { runModel, type Results } from '../../src/model/results';
import { readScenarioText } from '../../src/model/scenarioFile';
import type { Scenario } from '../../src/model/schema';

const SPEC = new URL('../../../shared/spec/', import.meta.url);

export function exampleA(): { scenario: Scenario; results: Results } {
  const read = readScenarioText(readFileSync(new URL('example-a.scenario.json', SPEC), 'utf8'));
  if (!read.ok) throw new Error(`Example A does not read: ${JSON.stringify(read.problems)}`);
  return { scenario: read.scenario, results: runModel(read.scenario) };
}

/** Example A changed by `edit`, checked whole again. */
export function exampleAWith(edit: (scenario: Scenario) => void): { scenario: Scenario; results: Results } {
  const scenario = structuredClone(exampleA().scenario);
  edit(scenario);
  return { scenario, results: runModel(scenario) };
}
