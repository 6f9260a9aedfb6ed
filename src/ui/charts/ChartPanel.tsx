// The frame every chart sits in: title, the stale label, a "Show as table"
// toggle, the chart (or its table) and a note.
import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { ChartImageButton } from '../files/ChartImageButton';
import type { ResultsView } from '../resultsView';
import type { DataTable } from './chartData';
import { DataTableView } from './DataTableView';
import { StaleLabel } from './StaleLabel';
import './charts.css';

/** The title's heading level: 2 in the main view, deeper where the panel sits under other headings (the compare view). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface ChartPanelProps {
  title: string;
  headingLevel?: HeadingLevel;
  /** Whose chart this is, where several scenarios' charts sit side by side: named by the Save as PNG button and in its file. */
  scenarioName?: string;
  view: ResultsView | undefined;
  /** The chart's figures; without them there is no table toggle. */
  table?: DataTable;
  /** Controls beside the title, such as a year picker. */
  controls?: JSX.Element;
  note?: string;
  /** Spans the whole row of the charts grid. */
  wide?: boolean;
  large?: boolean;
  children: JSX.Element;
}

export function ChartPanel(props: ChartPanelProps) {
  const [asTable, setAsTable] = createSignal(false);
  const titleId = createUniqueId();
  return (
    <section class="chart-panel" classList={{ 'chart-panel--wide': props.wide, 'chart-panel--large': props.large }} aria-labelledby={titleId}>
      <div class="chart-panel__header">
        <Dynamic component={`h${props.headingLevel ?? 2}`} id={titleId} class="chart-panel__title">
          {props.title}
        </Dynamic>
        <div class="chart-panel__tools">
          {props.controls}
          <Show when={props.table}>
            <button type="button" class="chart-panel__toggle" aria-pressed={asTable()} onClick={() => setAsTable(!asTable())}>
              Show as table
            </button>
          </Show>
          <ChartImageButton title={props.title} view={props.view} scenarioName={props.scenarioName} />
        </div>
      </div>
      <StaleLabel view={props.view} />
      <Show when={props.view} fallback={<p class="chart-panel__empty">The chart appears once the scenario has results.</p>}>
        <div class="chart-panel__body" hidden={asTable() && props.table !== undefined}>
          {props.children}
        </div>
        <Show when={asTable() && props.table}>{(table) => <DataTableView table={table()} />}</Show>
        <Show when={props.note}>
          <p class="chart-panel__note">{props.note}</p>
        </Show>
      </Show>
    </section>
  );
}
