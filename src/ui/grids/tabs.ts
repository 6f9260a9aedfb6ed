// The tabs of the inputs panel and which problems each one shows: every
// problem the worker finds lands in exactly one tab, so none goes unseen.
import type { Problem } from '../../model';

export const TABS = [
  { id: 'details', label: 'Details' },
  { id: 'population', label: 'Population' },
  { id: 'services', label: 'Services' },
  { id: 'capacity', label: 'Capacity' },
  { id: 'rebalancing', label: 'Rebalancing' },
  { id: 'investments', label: 'Investments' },
  { id: 'partners', label: 'Partners and pool' },
  { id: 'envelope', label: 'Envelope and targets' },
] as const;

export type TabId = (typeof TABS)[number]['id'];

/** The tab's name as its button shows it: "Partners and pool". */
export function tabLabel(id: TabId): string {
  return TABS.find((tab) => tab.id === id)?.label ?? id;
}

/** The tab a key moves to in a tablist (ARIA practice): a neighbour, wrapping round, or either end. */
export function tabAfterKey(key: string, current: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * Which tab shows a problem, by its path: the first pattern that matches the
 * start of the path wins, so deeper places (a service's capacity) come before
 * their list. In a pattern `#` stands for any index.
 * A place that moves to a tab of its own is one more line here.
 */
const PROBLEM_ROUTES: ReadonlyArray<readonly [pattern: string, tab: TabId]> = [
  ['services/#/capacity', 'capacity'],
  ['ageBands', 'population'],
  ['services', 'services'],
  ['rebalancing', 'rebalancing'],
  ['investments', 'investments'],
  ['partners', 'partners'],
  ['pool', 'partners'],
  ['envelope', 'envelope'],
  ['targetLevelShares', 'envelope'],
];

/** Whether `path` is the place a route's pattern names, or inside it. */
function routeMatches(pattern: string, path: readonly string[]): boolean {
  const parts = pattern.split('/');
  return parts.length <= path.length && parts.every((part, i) => (part === '#' ? /^\d+$/.test(path[i]) : part === path[i]));
}

/** The tab whose inputs a problem is about; the details tab takes the scenario's details and the whole file. */
export function tabOfProblem(path: string): TabId {
  const parts = path.split('/');
  return PROBLEM_ROUTES.find(([pattern]) => routeMatches(pattern, parts))?.[1] ?? 'details';
}

export function problemsOfTab(problems: readonly Problem[], tab: TabId): Problem[] {
  return problems.filter((problem) => tabOfProblem(problem.path) === tab);
}

const PLACES: Record<string, string> = {
  '': 'The scenario file',
  format: 'The file format',
  version: 'The file version',
  meta: 'The scenario details',
  'meta/name': 'Name',
  'meta/area': 'Area',
  'meta/notes': 'Notes',
  'meta/currency': 'Currency',
  'meta/baseYear': 'Base year',
  'meta/horizonYears': 'Horizon',
  'meta/discountRate': 'Discount rate',
  'meta/populationVariant': 'Population projection',
  ageBands: 'The age bands',
  partners: 'The partners',
  services: 'The services',
  rebalancing: 'The rebalancing rules',
  investments: 'The investments',
  pool: 'The pooled budget',
  'pool/contributions': 'The pool shares',
  envelope: 'The budget envelope',
  targetLevelShares: 'The desired level shares',
  uncertainty: 'The uncertainty ranges',
  monteCarlo: 'The Monte Carlo settings',
};

/** Where a problem is when no grid row names it: "The pool shares", or its path as a last resort. */
export function placeOfPath(path: string): string {
  if (path in PLACES) return PLACES[path];
  const match = /^uncertainty\/(\d+)/.exec(path);
  return match ? `Uncertainty range ${Number(match[1]) + 1}` : path;
}
