// Chart 1, the headline: spend by level each year, the baseline (paler, left)
// beside the scenario (solid, right), so money moving upstream shows as the
// greens and blues growing and the orange and red shrinking. A toggle shows
// each level's share of the year's spend instead (100% bars), where a shift
// of a few per cent is easier to see than beside totals of hundreds of millions.
import type { ChartDataset, LegendItem, ScaleOptions } from 'chart.js';
import { createMemo, createSignal } from 'solid-js';
import { formatPercent, formatPounds } from '../../format/money';
import { ChartCanvas } from './ChartCanvas';
import { categoryAxis, createMoneyAxis, legendOptions, moneyChartOptions, percentAxis, replaceData } from './chartOptions';
import { ChartPanel, type HeadingLevel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { levelSpendData, type LevelSeries } from './levelSpendData';
import { moneyUnitFor } from './moneyAxis';
import { withAlpha } from './palette';

const BASELINE = 'Baseline';
const SCENARIO = 'Scenario';

export interface LevelSpendChartProps extends ChartProps {
  /** One top for the money axis of several charts side by side (the compare view), so their bars compare honestly. */
  sharedMax?: number;
  /** The compare view's: whose chart this is, and its title's heading level there. */
  scenarioName?: string;
  headingLevel?: HeadingLevel;
}

export function LevelSpendChart(props: LevelSpendChartProps) {
  const data = createMemo(() => props.view && levelSpendData(props.view.results));
  const [showShares, setShowShares] = createSignal(false);
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Spend a year', large());
  const shareAxis: ScaleOptions<'linear'> = { ...percentAxis('Share of spend (%)', large()), max: 1, stacked: true };
  const shown = () => (showShares() ? data()?.shares : data());
  /** A level's bar for one case, in the way chosen. */
  const barData = (level: LevelSeries, inCase: typeof BASELINE | typeof SCENARIO) =>
    inCase === BASELINE ? (showShares() ? level.baselineShare : level.baseline) : showShares() ? level.scenarioShare : level.scenario;
  return (
    <ChartPanel
      title="Spend by level: baseline and scenario"
      view={props.view}
      table={shown()?.table}
      wide
      large={props.large}
      scenarioName={props.scenarioName}
      headingLevel={props.headingLevel}
      controls={
        <span class="chart-panel__choice" role="group" aria-label="Show spend as">
          <button type="button" class="chart-panel__toggle" aria-pressed={!showShares()} onClick={() => setShowShares(false)}>
            £ a year
          </button>
          <button type="button" class="chart-panel__toggle" aria-pressed={showShares()} onClick={() => setShowShares(true)}>
            Share of spend (%)
          </button>
        </span>
      }
    >
      <p class="chart-key" aria-hidden="true">
        <span class="chart-key__item">
          <span class="chart-key__swatch chart-key__swatch--pale" /> Left bar each year: baseline (no change)
        </span>
        <span class="chart-key__item">
          <span class="chart-key__swatch" /> Right bar: scenario
        </span>
      </p>
      <ChartCanvas<'bar'>
        summary={shown()?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          options: moneyChartOptions(large(), money, {
            x: { ...categoryAxis(large()), stacked: true },
            y: { stacked: true },
            tooltipFor: 'bar',
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
              title: (items) => `${items[0].label} ${String(items[0].dataset.stack).toLowerCase()}`,
              label: (item) => {
                const level = data()?.levels[Math.floor(item.datasetIndex / 2)];
                const amount = level && (item.dataset.stack === BASELINE ? level.baseline : level.scenario)[item.dataIndex];
                const pounds = formatPounds(amount ?? Number.NaN);
                return `Level ${item.dataset.label}: ${showShares() ? `${formatPercent(Number(item.parsed.y))} (${pounds})` : pounds}`;
              },
            },
          }),
        })}
        update={(chart) => {
          const d = data();
          const scales = chart.options.scales;
          if (!d || !scales) return;
          if (showShares()) scales.y = shareAxis;
          else {
            scales.y = { ...money.options, stacked: true, suggestedMax: props.sharedMax };
            money.setUnit(chart, 'y', props.sharedMax === undefined ? d.unit : moneyUnitFor([props.sharedMax]));
          }
          const datasets: ChartDataset<'bar'>[] = d.levels.flatMap((level) => [
            {
              label: level.label,
              stack: BASELINE,
              data: barData(level, BASELINE),
              backgroundColor: withAlpha(level.colour, 0.32),
              borderColor: level.colour,
              borderWidth: 1,
            },
            { label: level.label, stack: SCENARIO, data: barData(level, SCENARIO), backgroundColor: level.colour, borderColor: level.colour, borderWidth: 1 },
          ]);
          replaceData(chart, d.labels, datasets);
        }}
      />
    </ChartPanel>
  );
}
