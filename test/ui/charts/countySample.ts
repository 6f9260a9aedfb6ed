// The county sample (samples/county.upstream.json, version 2 figures), read
// and run the way the app does, for the charts' mapping tests.
import { readFileSync } from 'node:fs';
import { readScenarioText } from '../../../src/model/file/scenarioFile';
import { runModel } from '../../../src/model/kernel/results';
import type { ResultsView } from '../../../src/ui/resultsView';

const text = readFileSync(new URL('../../../samples/county.upstream.json', import.meta.url), 'utf8');

/** A fresh copy of the county sample and its results, as the charts are given them. */
export function countyView(): ResultsView {
  const read = readScenarioText(text);
  if (!read.ok) throw new Error(`The county sample does not read: ${JSON.stringify(read.problems)}`);
  return { scenario: read.scenario, results: runModel(read.scenario), stale: false };
}
