// Worked example A (../shared/spec) read and run, for the UI mapping tests.
import { readFileSync } from 'node:fs';
import { runModel, type Results } from '../../../src/model/results';
import { readScenarioText } from '../../../src/model/scenarioFile';
import type { Scenario } from '../../../src/model/schema';

const text = readFileSync(new URL('../../../../shared/spec/example-a.scenario.json', import.meta.url), 'utf8');

/** A fresh copy of example A's scenario and its results. */
export function exampleA(edit: (scenario: Scenario) => void = () => {}): { scenario: Scenario; results: Results } {
  const read = readScenarioText(text);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  edit(read.scenario);
  return { scenario: read.scenario, results: runModel(read.scenario) };
}
