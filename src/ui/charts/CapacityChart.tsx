// Capacity against activity for each service with a capacity (MODEL.md §14):
// capacity, baseline and scenario activity in the service's own unit
// (lines, left axis), capital spent on new capacity (bars, right axis), and
// in words the units short or spare at the horizon. A picker chooses the
// service when several have a capacity; with none, there is no chart.
import type { ChartDataset, ScaleOptions } from 'chart.js';
import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { formatPounds } from '../../format/money';
import { formatActivity } from './activityData';
import { capacityData, type ServiceCapacity } from './capacityData';
import { ChartCanvas } from './ChartCanvas';
import type { Chart } from './chartSetup';
import { axisTitle, categoryAxis, createMoneyAxis, lineLegendOptions, replaceData, tooltipOptions, typeSizes } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { BASELINE_COLOUR, COST_COLOUR, ENVELOPE_COLOUR, GRID_LINE, INK, SCENARIO_COLOUR, withAlpha } from './palette';
import './version2Charts.css';

function unitsAxis(large: boolean): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    beginAtZero: true,
    grid: { color: GRID_LINE },
    border: { display: false },
    ticks: { font: typeSizes(large).tick },
    title: axisTitle('Units', large),
  };
}

/** The line legend, with the capital bars keyed by a box, as bars are. */
function capacityLegend(large: boolean) {
  const legend = lineLegendOptions(large);
  return {
    ...legend,
    labels: {
      ...legend.labels,
      generateLabels: (chart: Chart) =>
        legend.labels.generateLabels(chart).map((item) => (chart.data.datasets[item.datasetIndex ?? 0].type === 'bar' ? { ...item, pointStyle: 'rect' as const, lineWidth: 0 } : item)),
    },
  };
}

function capacityDatasets(service: ServiceCapacity, large: boolean): ChartDataset<'bar' | 'line', number[]>[] {
  const width = large ? 4 : 2.5;
  const point = large ? 4 : 3;
  return [
    { type: 'line', label: 'Capacity', data: service.capacity, stepped: 'before', borderColor: ENVELOPE_COLOUR, backgroundColor: ENVELOPE_COLOUR, borderWidth: width + 1, borderDash: [10, 5], pointRadius: 0, yAxisID: 'y', order: 0 },
    {
      type: 'line',
      label: 'Scenario activity (red: short of capacity)',
      data: service.scenario,
      borderColor: SCENARIO_COLOUR,
      backgroundColor: SCENARIO_COLOUR,
      borderWidth: width,
      // A year short of capacity is a red point.
      pointBackgroundColor: service.supplyGap.map((gap) => (Math.round(gap) > 0 ? COST_COLOUR : SCENARIO_COLOUR)),
      pointBorderColor: service.supplyGap.map((gap) => (Math.round(gap) > 0 ? COST_COLOUR : SCENARIO_COLOUR)),
      pointRadius: service.supplyGap.map((gap) => (Math.round(gap) > 0 ? point + 2 : point)),
      yAxisID: 'y',
      order: 1,
    },
    { type: 'line', label: 'Baseline activity', data: service.baseline, borderColor: BASELINE_COLOUR, backgroundColor: BASELINE_COLOUR, borderWidth: width, borderDash: [6, 4], pointRadius: point, yAxisID: 'y', order: 2 },
    { type: 'bar', label: 'Capital (right axis)', data: service.capital, backgroundColor: withAlpha(INK, 0.35), yAxisID: 'money', order: 3 },
  ];
}

export function CapacityChart(props: ChartProps) {
  const data = createMemo(() => props.view && capacityData(props.view.results, props.view.scenario));
  const [picked, setPicked] = createSignal<string | null>(null);
  /** The service picked, or the first with a capacity until one is picked (or when the picked one loses its capacity). */
  const service = () => {
    const services = data()?.services ?? [];
    return services.find((s) => s.id === picked()) ?? services[0];
  };
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Capital', large());
  const selectId = createUniqueId();
  return (
    <Show when={service()}>
      <ChartPanel
        title="Capacity against activity"
        view={props.view}
        table={service()?.table}
        wide
        large={props.large}
        note="Capacity is the units available each year (openings and closures included). Where scenario activity is above it (red points), the units short must be commissioned; bars are the capital spent on new capacity, at base-year prices, outside the revenue figures."
        controls={
          <Show when={(data()?.services.length ?? 0) > 1}>
            <span class="chart-panel__control">
              <label for={selectId}>Service</label>
              <select id={selectId} value={service()?.id} onChange={(event) => setPicked(event.currentTarget.value)}>
                <For each={data()?.services ?? []}>{(s) => <option value={s.id}>{s.name}</option>}</For>
              </select>
            </span>
          </Show>
        }
      >
        <p class="chart-verdict" classList={{ 'chart-verdict--alert': service()!.supplyGap.at(-1)! >= 0.5 }}>
          <strong>{service()!.name}</strong>: {service()!.verdict}. {service()!.baselineVerdict}.
        </p>
        <ChartCanvas<'bar' | 'line', number[]>
          summary={service()?.summary ?? ''}
          large={props.large}
          create={() => ({
            type: 'bar',
            data: { labels: [], datasets: [] },
            options: {
              interaction: { mode: 'index', intersect: false },
              scales: {
                x: categoryAxis(large()),
                y: unitsAxis(large()),
                money: { ...money.options, position: 'right', beginAtZero: true, grid: { display: false } },
              },
              plugins: {
                legend: capacityLegend(large()),
                tooltip: tooltipOptions(large(), {
                  label: (item: { dataset: { label?: string; yAxisID?: string }; parsed: { y: number | null } }) => {
                    const amount = item.parsed.y ?? Number.NaN;
                    const figure = item.dataset.yAxisID === 'money' ? formatPounds(amount) : formatActivity(amount, service()?.unit ?? '');
                    return `${item.dataset.label ?? ''}: ${figure}`;
                  },
                }),
              },
            },
          })}
          update={(chart) => {
            const s = service();
            const labels = data()?.labels;
            if (!s || !labels) return;
            money.setUnit(chart, 'money', s.capitalUnit);
            const units = chart.options.scales?.y;
            if (units && 'title' in units && units.title) units.title.text = s.unit.replace(/^./, (first) => first.toUpperCase());
            replaceData(chart, labels, capacityDatasets(s, large()));
          }}
        />
      </ChartPanel>
    </Show>
  );
}
