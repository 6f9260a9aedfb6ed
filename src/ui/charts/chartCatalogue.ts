// The one list of charts. The results panel (its grid and its chart index),
// the board view, compare and the printed board pack all read it, so a chart
// added here appears in each place its entry asks for, and nowhere else.
//
// An entry:
//   id        — stable name, for code and tests ("level-spend"); its component
//               is CHART_COMPONENTS[id] (chartComponents.ts: this list stays
//               free of the page, so Node can test it);
//   title     — the short name the chart index gives it ("Spend by level");
//   shows     — when it shows, from the results on screen (absent: always).
//               A chart that does not show is not on the page at all: no index
//               entry, no empty box on screen or in print;
//   onBoard   — also on the board view (projector-sized);
//   inCompare — compare shows it once per scenario, side by side.
// The results panel keeps this order; the board pack prints what the panel
// shows, in the same order. To add a chart: an entry here, and its component
// in CHART_COMPONENTS (TypeScript refuses one without the other).
import type { ResultsView } from '../resultsView';

export interface CatalogueEntry {
  id: string;
  title: string;
  shows?: (view: ResultsView) => boolean;
  onBoard?: boolean;
  inCompare?: boolean;
}

export const CHART_CATALOGUE = [
  { id: 'level-spend', title: 'Spend by level', onBoard: true, inCompare: true },
  { id: 'net-saving', title: 'Net saving', onBoard: true },
  { id: 'waterfall', title: 'What drives the change' },
  { id: 'upstream-share', title: 'Upstream share' },
  { id: 'gravity', title: 'Gravity' },
  { id: 'people-map', title: 'Whole-system map' },
  { id: 'people-by-setting', title: 'People by setting' },
  { id: 'indicators', title: 'Balance of care' },
  { id: 'capacity', title: 'Capacity', shows: (view) => Object.values(view.results.scenario.byService).some((service) => service.capacity !== undefined) },
  { id: 'partners', title: 'Who pays and who saves' },
  { id: 'partner-budgets', title: "Partners' budgets", shows: (view) => Object.values(view.results.partners).some((partner) => partner.budgetGap !== undefined) },
  { id: 'variants', title: 'Population projections', shows: (view) => view.results.summary.variants !== undefined },
  { id: 'envelope', title: 'Budget envelope', shows: (view) => view.results.summary.envelopeGap !== undefined },
  { id: 'commissioning-gap', title: 'Commissioning gap', shows: (view) => view.results.summary.commissioningGap !== undefined },
  { id: 'activity', title: 'Activity by service' },
] as const satisfies readonly CatalogueEntry[];

export type ChartId = (typeof CHART_CATALOGUE)[number]['id'];

/** Whether the chart shows for these results; before there are any, only the charts that always show (each says its figures are coming). */
export function chartShows(entry: CatalogueEntry, view: ResultsView | undefined): boolean {
  if (!entry.shows) return true;
  return view !== undefined && entry.shows(view);
}

/** The charts that show, in catalogue order, of those `where` picks (all by default). */
export function shownCharts(view: ResultsView | undefined, where: (entry: CatalogueEntry) => boolean = () => true): (CatalogueEntry & { id: ChartId })[] {
  return CHART_CATALOGUE.filter((entry: CatalogueEntry) => where(entry) && chartShows(entry, view));
}

/** Compare's charts for the scenarios compared: those that show for at least one (the others' panels say they have nothing to show). */
export function comparedCharts(views: readonly ResultsView[]): (CatalogueEntry & { id: ChartId })[] {
  return CHART_CATALOGUE.filter((entry: CatalogueEntry) => entry.inCompare === true && views.some((view) => chartShows(entry, view)));
}
