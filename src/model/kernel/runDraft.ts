// What the model worker does with the scenario being edited: check it whole
// (MODEL.md §9) and, only if it is valid, run both models (§3–7).
import type { Problem } from '../file/problems';
import { runModel, type Results } from './results';
import { readScenario } from '../file/scenarioFile';
import type { Scenario } from '../file/schema';

export type DraftOutcome =
  | { ok: true; scenario: Scenario; results: Results }
  | { ok: false; problems: Problem[] };

/** `onChecked` is called between the check and the run: the model worker's sign of life on a long run. */
export function runDraft(draft: unknown, onChecked: () => void = () => undefined): DraftOutcome {
  const read = readScenario(draft);
  if (!read.ok) return read;
  onChecked();
  return { ok: true, scenario: read.scenario, results: runModel(read.scenario) };
}
