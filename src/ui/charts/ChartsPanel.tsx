// Every chart in a responsive grid, the headline chart first and full width,
// under a row naming each chart: choosing one scrolls the charts (on a wide
// screen, only the charts: the inputs and the headline stay where they are).
import { createSignal, For, type Component } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { ActivityChart } from './ActivityChart';
import { CapacityChart } from './CapacityChart';
import type { ChartProps } from './chartProps';
import { CommissioningGapChart } from './CommissioningGapChart';
import { EnvelopeChart } from './EnvelopeChart';
import { GravityChart } from './GravityChart';
import { LevelSpendChart } from './LevelSpendChart';
import { NetSavingChart } from './NetSavingChart';
import { PartnerBudgetsChart } from './PartnerBudgetsChart';
import { PartnersChart } from './PartnersChart';
import { UpstreamShareChart } from './UpstreamShareChart';
import { VariantsChart } from './VariantsChart';
import { WaterfallChart } from './WaterfallChart';

/** Each chart with the short name the chart index gives it. */
const CHARTS: { name: string; chart: Component<ChartProps> }[] = [
  { name: 'Spend by level', chart: LevelSpendChart },
  { name: 'Net saving', chart: NetSavingChart },
  { name: 'What drives the change', chart: WaterfallChart },
  { name: 'Upstream share', chart: UpstreamShareChart },
  { name: 'Gravity', chart: GravityChart },
  { name: 'Who pays and who saves', chart: PartnersChart },
  { name: 'Budget envelope', chart: EnvelopeChart },
  { name: 'Commissioning gap', chart: CommissioningGapChart },
  { name: 'Activity by service', chart: ActivityChart },
  { name: 'Capacity', chart: CapacityChart },
  { name: "Partners' budgets", chart: PartnerBudgetsChart },
  { name: 'Population projections', chart: VariantsChart },
];

export function ChartsPanel(props: Pick<ChartProps, 'view'>) {
  const [chosen, setChosen] = createSignal<string | null>(null);
  /** Each chart's place in the grid (the panel's box is the grid item: the place has none). */
  const places = new Map<string, HTMLElement>();

  function show(name: string): void {
    const panel = places.get(name)?.querySelector<HTMLElement>('.chart-panel');
    if (!panel) return;
    setChosen(name);
    panel.scrollIntoView({ block: 'start' });
    // The keyboard follows, so Tab continues inside the chart chosen.
    panel.tabIndex = -1;
    panel.focus({ preventScroll: true });
  }

  return (
    <div class="charts">
      <nav class="chart-index" aria-label="Charts">
        <For each={CHARTS}>
          {({ name }) => (
            <button type="button" class="chart-index__item" aria-current={chosen() === name ? 'true' : undefined} onClick={() => show(name)}>
              {name}
            </button>
          )}
        </For>
      </nav>
      <div class="charts-grid">
        <For each={CHARTS}>
          {({ name, chart }) => (
            <div class="charts-grid__place" ref={(place) => places.set(name, place)}>
              <Dynamic component={chart} view={props.view} />
            </div>
          )}
        </For>
      </div>
    </div>
  );
}
