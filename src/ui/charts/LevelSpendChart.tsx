// Chart 1, the headline: spend by level each year, the baseline (paler, left)
// beside the scenario (solid, right), so money moving upstream shows as the
// greens and blues growing and the orange and red shrinking.
import type { ChartDataset, LegendItem } from 'chart.js';
import { createMemo } from 'solid-js';
import { formatPounds } from '../../format/money';
import { ChartCanvas } from './ChartCanvas';
import { categoryAxis, createMoneyAxis, legendOptions, replaceData, typeSizes } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { levelSpendData } from './levelSpendData';
import { moneyUnitFor } from './moneyAxis';
import { withAlpha } from './palette';

const BASELINE = 'Baseline';
const SCENARIO = 'Scenario';

export interface LevelSpendChartProps extends ChartProps {
  /** One top for the money axis of several charts side by side (the compare view), so their bars compare honestly. */
  sharedMax?: number;
}

export function LevelSpendChart(props: LevelSpendChartProps) {
  const data = createMemo(() => props.view && levelSpendData(props.view.results));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Spend a year', large());
  return (
    <ChartPanel title="Spend by level: baseline and scenario" view={props.view} table={data()?.table} wide large={props.large}>
      <p class="chart-key" aria-hidden="true">
        <span class="chart-key__swatch chart-key__swatch--pale" /> Left bar each year: baseline (no change)
        <span class="chart-key__swatch" /> Right bar: scenario
      </p>
      <ChartCanvas<'bar'>
        summary={data()?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          options: {
            scales: { x: { ...categoryAxis(large()), stacked: true }, y: { ...money.options, stacked: true } },
            plugins: {
              legend: {
                ...legendOptions(large()),
                // One entry per level; a click hides that level in both bars.
                labels: { ...legendOptions(large()).labels, filter: (item: LegendItem, chartData) => chartData.datasets[item.datasetIndex ?? 0].stack === SCENARIO },
                onClick: (_event, item, legend) => {
                  const chart = legend.chart;
                  const scenarioIndex = item.datasetIndex ?? 0;
                  const visible = !chart.isDatasetVisible(scenarioIndex);
                  chart.setDatasetVisibility(scenarioIndex, visible);
                  chart.setDatasetVisibility(scenarioIndex - 1, visible);
                  chart.update('none');
                },
              },
              tooltip: {
                titleFont: typeSizes(large()).legend,
                bodyFont: typeSizes(large()).legend,
                callbacks: {
                  title: (items) => `${items[0].label} ${String(items[0].dataset.stack).toLowerCase()}`,
                  label: (item) => `Level ${item.dataset.label}: ${formatPounds(Number(item.parsed.y))}`,
                },
              },
            },
          },
        })}
        update={(chart) => {
          const d = data();
          if (!d) return;
          money.setUnit(chart, 'y', props.sharedMax === undefined ? d.unit : moneyUnitFor([props.sharedMax]));
          const y = chart.options.scales?.y;
          if (y) y.suggestedMax = props.sharedMax;
          const datasets: ChartDataset<'bar'>[] = d.levels.flatMap((level) => [
            {
              label: level.label,
              stack: BASELINE,
              data: level.baseline,
              backgroundColor: withAlpha(level.colour, 0.32),
              borderColor: level.colour,
              borderWidth: 1,
            },
            { label: level.label, stack: SCENARIO, data: level.scenario, backgroundColor: level.colour, borderColor: level.colour, borderWidth: 1 },
          ]);
          replaceData(chart, d.labels, datasets);
        }}
      />
    </ChartPanel>
  );
}
