// Chart 4: the waterfall from spend in the first year to the scenario at the
// horizon, one floating bar per driver.
import type { LegendItem } from 'chart.js';
import { createMemo } from 'solid-js';
import { formatPounds } from '../../format/money';
import { ChartCanvas } from './ChartCanvas';
import { categoryAxis, createMoneyAxis, legendOptions, replaceData, typeSizes } from './chartOptions';
import { wrapLabel } from './chartData';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { COST_COLOUR, SAVING_COLOUR, SCENARIO_COLOUR } from './palette';
import { waterfallData, type StepKind } from './waterfallData';

const STEP_COLOURS: Record<StepKind, string> = { total: SCENARIO_COLOUR, increase: COST_COLOUR, decrease: SAVING_COLOUR };
const LEGEND: LegendItem[] = [
  { text: 'Total spend', fillStyle: STEP_COLOURS.total, strokeStyle: STEP_COLOURS.total, lineWidth: 0, hidden: false },
  { text: 'Adds to spend', fillStyle: STEP_COLOURS.increase, strokeStyle: STEP_COLOURS.increase, lineWidth: 0, hidden: false },
  { text: 'Reduces spend', fillStyle: STEP_COLOURS.decrease, strokeStyle: STEP_COLOURS.decrease, lineWidth: 0, hidden: false },
];

export function WaterfallChart(props: ChartProps) {
  const data = createMemo(() => props.view && waterfallData(props.view.results));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Spend a year', large());
  return (
    <ChartPanel
      title="What drives the change in spend"
      view={props.view}
      table={data()?.table}
      large={props.large}
      note="From the baseline in the first year to the scenario at the horizon: more older people, dearer care, moving services, the prevention bought and the demand it avoids."
    >
      <ChartCanvas<'bar', Array<[number, number]>, string[]>
        summary={data()?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          options: {
            scales: { x: categoryAxis(large(), true), y: { ...money.options, beginAtZero: true } },
            plugins: {
              legend: { ...legendOptions(large()), onClick: () => {}, labels: { ...legendOptions(large()).labels, generateLabels: () => LEGEND } },
              tooltip: {
                titleFont: typeSizes(large()).legend,
                bodyFont: typeSizes(large()).legend,
                callbacks: {
                  label: (item) => {
                    const step = data()?.steps[item.dataIndex];
                    if (!step) return '';
                    return step.kind === 'total' ? formatPounds(step.to) : `${step.change > 0 ? '+' : ''}${formatPounds(step.change)}, to ${formatPounds(step.to)}`;
                  },
                },
              },
            },
          },
        })}
        update={(chart) => {
          const d = data();
          if (!d) return;
          money.setUnit(chart, 'y', d.unit);
          replaceData(
            chart,
            d.steps.map((step) => wrapLabel(step.label, 11)),
            [
              {
                label: 'Spend',
                data: d.steps.map((step): [number, number] => [step.from, step.to]),
                backgroundColor: d.steps.map((step) => STEP_COLOURS[step.kind]),
              },
            ],
          );
        }}
      />
    </ChartPanel>
  );
}
