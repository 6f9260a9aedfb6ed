// Worked example A as a draft and as a valid scenario, for the analysis panel's
// pure modules. The draft is frozen all the way down, so any edit that
// mutates it instead of copying fails.
import type { Scenario } from '../../../src/model/file/schema';
import type { ScenarioDraft } from '../../../src/ui/store/draft';
import { EXAMPLE_A_RANGES, validScenario } from '../../model/analysis/uncertaintyFixtures';
import { exampleAFile } from '../../support/exampleA';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Example A with two ranges (the investment amount and a deflection rate), frozen. */
export function exampleDraft(): ScenarioDraft {
  return deepFreeze({ ...exampleAFile(), uncertainty: EXAMPLE_A_RANGES.slice(0, 2) }) as ScenarioDraft;
}

export function exampleScenario(): Scenario {
  return validScenario(exampleDraft());
}
