// MODEL.md §13: whether each rebalancing rule re-homes the people it moves,
// in words for the cell beside the rule.
import { formatCount } from '../../format/money';
import { financialYear } from '../../model';
import type { ResultsView } from '../resultsView';

/** §13: a residual smaller than this at the horizon is not shown. */
const SHOWN_FROM = 0.5;

/** "leaves 120 people without a service by 2025/26", "serves 40 more people than it moves by 2025/26", or nothing. */
export function residualWords(residual: number, horizon: string): string {
  if (!(Math.abs(residual) >= SHOWN_FROM)) return '';
  const people = formatCount(Math.round(Math.abs(residual)));
  const noun = people === '1' ? 'person' : 'people';
  return residual < 0 ? `leaves ${people} ${noun} without a service by ${horizon}` : `serves ${people} more ${noun} than it moves by ${horizon}`;
}

/**
 * The words beside each rule at the horizon, from results of as many rules as
 * the draft has; none while the results are stale (they may be of other rules).
 */
export function ruleResidualWords(view: ResultsView | undefined, ruleCount: number): string[] {
  const residuals = view?.results.summary.rebalancingResidual;
  if (!view || view.stale || !residuals || residuals.length !== ruleCount) return [];
  const { baseYear, horizonYears } = view.scenario.meta;
  const horizon = financialYear(baseYear + horizonYears);
  return residuals.map((series) => residualWords(series[horizonYears] ?? 0, horizon));
}
