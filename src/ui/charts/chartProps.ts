import type { ResultsView } from '../resultsView';

/** What the shell gives every chart: the latest results view, reactive. */
export interface ChartProps {
  view: ResultsView | undefined;
  /** Projector-sized type, for the board view. */
  large?: boolean;
}
