import type { Results } from '../model';
import type { Scenario } from '../model';

/**
 * What the charts and headline show: results with the scenario they came
 * from. `stale` is true while some input is invalid and these are the last
 * good results ("from the last valid inputs").
 */
export interface ResultsView {
  results: Results;
  scenario: Scenario;
  stale: boolean;
}
