// The county sample (samples/county.upstream.json, version 2 figures:
// capacity, partners' budgets, population variants), read and run the way
// the app does, for the charts' tests.
import { readFileSync } from 'node:fs';
import { readScenarioText, runModel, type Results, type Scenario } from '../../../src/model';
import type { ResultsView } from '../../../src/ui/resultsView';

const text = readFileSync(new URL('../../../samples/county.upstream.json', import.meta.url), 'utf8');

/** A fresh copy of the county sample, changed as a test asks, and its results. */
export function countySample(change: (scenario: Scenario) => void = () => {}): { scenario: Scenario; results: Results } {
  const read = readScenarioText(text);
  if (!read.ok) throw new Error(`The county sample does not read: ${read.problems.map((p) => p.message).join('; ')}`);
  change(read.scenario);
  return { scenario: read.scenario, results: runModel(read.scenario) };
}

/** A fresh copy of the county sample and its results, as the charts are given them. */
export function countyView(): ResultsView {
  return { ...countySample(), stale: false };
}
