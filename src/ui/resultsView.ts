import type { Results } from '../model';
import type { Scenario } from '../model';

/**
 * Why the results on screen may not match the inputs: some input is invalid
 * and these are the last good results, or the model failed (its worker hung,
 * threw or died) and these are from before, until a run succeeds.
 */
export type Staleness = false | 'invalid' | 'fault';

/** The label shown on stale results, by why they are stale. */
export const STALE_LABELS = {
  invalid: 'From the last valid inputs',
  fault: 'From before the model failed',
} as const;

/** What the charts and headline show: results with the scenario they came from. */
export interface ResultsView {
  results: Results;
  scenario: Scenario;
  stale: Staleness;
}
