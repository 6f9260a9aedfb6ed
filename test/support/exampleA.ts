// Worked examples A and B (../shared/spec, MODEL.md), the one copy the tests
// read: the file as written, and the scenario read and run the way the app does.
import { readFileSync } from 'node:fs';
import { runModel, type Results } from '../../src/model/kernel/results';
import { readScenarioText } from '../../src/model/file/scenarioFile';
import type { Scenario, ScenarioInput } from '../../src/model/file/schema';

const specText = (name: string) => readFileSync(new URL(`../../../shared/spec/${name}.scenario.json`, import.meta.url), 'utf8');
const text = specText('example-a');
const textB = specText('example-b');

/** The file as it is written, before the reader fills in defaults (a fresh copy each time). */
export function exampleAFile(): ScenarioInput {
  return JSON.parse(text) as ScenarioInput;
}

function readExample(fileText: string, edit: (scenario: Scenario) => void): { scenario: Scenario; results: Results } {
  const read = readScenarioText(fileText);
  if (!read.ok) throw new Error(`The worked example does not read: ${JSON.stringify(read.problems)}`);
  edit(read.scenario);
  return { scenario: read.scenario, results: runModel(read.scenario) };
}

/** A fresh copy of example A as the reader gives it, changed by `edit` if given, and its results. */
export function exampleA(edit: (scenario: Scenario) => void = () => {}): { scenario: Scenario; results: Results } {
  return readExample(text, edit);
}

/** Example B (version 2: people, capacity, profiles, budgets, variants), as exampleA. */
export function exampleB(edit: (scenario: Scenario) => void = () => {}): { scenario: Scenario; results: Results } {
  return readExample(textB, edit);
}
