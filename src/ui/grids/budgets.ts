// Partners' budgets (MODEL.md §16): a yearly budget added to a partner, to be
// filled in or filled by a cut, and removed with any ranges on its figures.
import { setAtPath, type ScenarioDraft } from '../store/draft';
import { entriesOf, yearAxis } from './sheets';
import { moveRangePaths } from './structure';

/** The partners (by index) with a budget, and those without one. */
export function partnersByBudget(draft: ScenarioDraft): { withBudget: number[]; without: number[] } {
  const partners = entriesOf(draft, 'partners').map((partner, p) => ({ p, has: partner.budget !== undefined }));
  return { withBudget: partners.filter((x) => x.has).map((x) => x.p), without: partners.filter((x) => !x.has).map((x) => x.p) };
}

/** Partner `p` given a budget of £0 a year, to be filled in. */
export function addBudget(draft: ScenarioDraft, p: number): ScenarioDraft {
  return setAtPath(draft, ['partners', p, 'budget'], Array.from({ length: yearAxis(draft).count }, () => 0));
}

/** The budgets of the partners at `indices` removed, with any ranges on them. */
export function removeBudgets(draft: ScenarioDraft, indices: readonly number[]): ScenarioDraft {
  const next = indices.reduce((d, p) => setAtPath(d, ['partners', p, 'budget'], undefined), draft);
  const removed = new Set(indices.map(String));
  return moveRangePaths(next, (parts) => (parts[0] === 'partners' && removed.has(parts[1]) && parts[2] === 'budget' ? null : parts));
}
