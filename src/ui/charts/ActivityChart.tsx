// Chart 6: activity by service in a chosen year — how far the scenario moves
// each service from the baseline, in per cent; the tooltips and table give
// the activity in the scenario's own units (places, hours…).
import { createMemo, createSignal, createUniqueId, For } from 'solid-js';
import { activityData, formatActivity, formatChange } from './activityData';
import { ChartCanvas } from './ChartCanvas';
import { categoryAxis, legendOptions, replaceData, typeSizes } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { yearLabels } from './chartData';
import { GRID_LINE, INK, MUTED, SCENARIO_COLOUR } from './palette';

const signedPercent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });

export function ActivityChart(props: ChartProps) {
  const years = createMemo(() => (props.view ? yearLabels(props.view.results) : []));
  /** The year picked, or the horizon until one is picked (or when the horizon shrinks below it). */
  const [picked, setPicked] = createSignal<number | null>(null);
  const yearIndex = () => {
    const chosen = picked();
    return chosen !== null && chosen < years().length ? chosen : years().length - 1;
  };
  const data = createMemo(() => props.view && activityData(props.view.results, props.view.scenario, yearIndex()));
  const large = () => props.large ?? false;
  const selectId = createUniqueId();
  return (
    <ChartPanel
      title="Activity by service: scenario against baseline"
      view={props.view}
      table={data()?.table}
      large={props.large}
      note="Bars show the change in each service's activity from the baseline; a service with no activity in the baseline shows as new in the table."
      controls={
        <span class="chart-panel__control">
          <label for={selectId}>Year</label>
          <select id={selectId} value={yearIndex()} onChange={(event) => setPicked(Number(event.currentTarget.value))}>
            <For each={years()}>{(year, t) => <option value={t()}>{year}</option>}</For>
          </select>
        </span>
      }
    >
      <ChartCanvas<'bar', Array<number | null>, string[]>
        summary={data()?.summary ?? ''}
        large={props.large}
        // Each line of a service's name needs its own room, or the names run into each other.
        rows={data()?.labels.reduce((lines, label) => lines + label.length, 0)}
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          options: {
            indexAxis: 'y',
            scales: {
              y: categoryAxis(large(), true),
              x: {
                type: 'linear',
                grid: { color: (context) => (context.tick?.value === 0 ? INK : GRID_LINE) },
                border: { display: false },
                ticks: { font: typeSizes(large()).tick, maxRotation: 0, callback: (value) => signedPercent.format(Number(value)) },
                title: { display: true, text: 'Change in activity from the baseline (%)', font: typeSizes(large()).title, color: MUTED },
              },
            },
            plugins: {
              legend: legendOptions(large()),
              tooltip: {
                titleFont: typeSizes(large()).legend,
                bodyFont: typeSizes(large()).legend,
                callbacks: {
                  label: (item) => {
                    const service = data()?.services[item.dataIndex];
                    if (!service) return '';
                    return `Baseline ${formatActivity(service.baseline, service.unit)}; scenario ${formatActivity(service.scenario, service.unit)} (${formatChange(service)})`;
                  },
                },
              },
            },
          },
        })}
        update={(chart) => {
          const d = data();
          if (!d) return;
          replaceData(chart, d.labels, [
            { label: `Change from the baseline, ${d.year}`, data: d.services.map((s) => s.change), backgroundColor: SCENARIO_COLOUR, maxBarThickness: large() ? 48 : 28 },
          ]);
        }}
      />
    </ChartPanel>
  );
}
