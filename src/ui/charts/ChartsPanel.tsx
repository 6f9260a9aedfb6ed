// Every chart the catalogue shows for these results (chartCatalogue.ts) in a
// responsive grid, the headline chart first and full width, under a row naming
// each chart: choosing one scrolls the charts (on a wide screen, only the
// charts: the inputs and the headline stay where they are).
import { createMemo, createSignal, For } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { shownCharts, type ChartId } from './chartCatalogue';
import { CHART_COMPONENTS } from './chartComponents';
import type { ChartProps } from './chartProps';
import { bringChartsUpToDate, createSeenValue } from './visibility';

/** One chart of the grid, given new results at once while it can be seen and otherwise just after the next paint (visibility.ts). */
function ChartPlace(props: Pick<ChartProps, 'view'> & { id: ChartId; place: HTMLElement }) {
  const view = createSeenValue(props.place, () => props.view);
  return <Dynamic component={CHART_COMPONENTS[props.id]} view={view()} />;
}

export function ChartsPanel(props: Pick<ChartProps, 'view'>) {
  const charts = createMemo(() => shownCharts(props.view));
  const [chosen, setChosen] = createSignal<string | null>(null);
  /** Each chart's place in the grid by its id: the grid item, its panel inside. */
  const places = new Map<string, HTMLElement>();

  function show(id: string): void {
    const panel = places.get(id)?.querySelector<HTMLElement>('.chart-panel');
    if (!panel) return;
    // The chart is drawn with the latest results before it comes into view, not a frame after.
    bringChartsUpToDate();
    setChosen(id);
    panel.scrollIntoView({ block: 'start' });
    // The keyboard follows, so Tab continues inside the chart chosen.
    panel.tabIndex = -1;
    panel.focus({ preventScroll: true });
  }

  return (
    <div class="charts">
      <nav class="chart-index" aria-label="Charts">
        <For each={charts()}>
          {({ id, title }) => (
            <button type="button" class="chart-index__item" aria-current={chosen() === id ? 'true' : undefined} onClick={() => show(id)}>
              {title}
            </button>
          )}
        </For>
      </nav>
      <div class="charts-grid">
        <For each={charts()}>
          {({ id }) => {
            let place!: HTMLDivElement;
            return (
              <div
                class="charts-grid__place"
                ref={(element) => {
                  place = element;
                  places.set(id, element);
                }}
              >
                <ChartPlace id={id} place={place} view={props.view} />
              </div>
            );
          }}
        </For>
      </div>
    </div>
  );
}
