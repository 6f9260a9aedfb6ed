// Chart 4: the waterfall from spend in the first year to the scenario at the
// horizon, one floating bar per driver. The money axis starts near the
// lowest running total (waterfallData's axisFloor), and the note says so.
import type { LegendItem } from 'chart.js';
import { createMemo } from 'solid-js';
import { formatPounds, formatPoundsShort } from '../../format/money';
import { ChartCanvas } from './ChartCanvas';
import { barLabelsPlugin, labelRoom } from './barLabels';
import { createMoneyAxis, fittedCategoryAxis, legendOptions, moneyChartOptions, replaceData, typeSizes } from './chartOptions';
import { wrapLabel } from './chartData';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { COST_COLOUR, SAVING_COLOUR, SCENARIO_COLOUR } from './palette';
import { signedChange, waterfallData, type StepKind, type WaterfallStep } from './waterfallData';

const STEP_COLOURS: Record<StepKind, string> = { total: SCENARIO_COLOUR, increase: COST_COLOUR, decrease: SAVING_COLOUR };
const LEGEND: LegendItem[] = [
  { text: 'Total spend', fillStyle: STEP_COLOURS.total, strokeStyle: STEP_COLOURS.total, lineWidth: 0, hidden: false },
  { text: 'Adds to spend', fillStyle: STEP_COLOURS.increase, strokeStyle: STEP_COLOURS.increase, lineWidth: 0, hidden: false },
  { text: 'Reduces spend', fillStyle: STEP_COLOURS.decrease, strokeStyle: STEP_COLOURS.decrease, lineWidth: 0, hidden: false },
];

const ABOUT = 'From the baseline in the first year to the scenario at the horizon: more older people, dearer care, moving services, the prevention bought and the demand it avoids.';

/** The figure over a bar: the total, or the step's change with its sign. */
const barLabel = (step: WaterfallStep) => (step.kind === 'total' ? formatPoundsShort(step.to) : signedChange(step, formatPoundsShort));

/** The note, saying where the axis starts when that is not £0. */
function note(floor: number | undefined): string {
  if (!floor) return ABOUT;
  return `${ABOUT} The axis does not start at zero: it starts at ${formatPoundsShort(floor)}, so the smaller steps show and the two totals are cut short. The table gives every figure exactly.`;
}

export function WaterfallChart(props: ChartProps) {
  const data = createMemo(() => props.view && waterfallData(props.view.results));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Spend a year', large());
  const labelSize = () => typeSizes(large()).tick.size ?? 12;
  return (
    <ChartPanel title="What drives the change in spend" view={props.view} table={data()?.table} large={props.large} note={note(data()?.floor)}>
      <ChartCanvas<'bar', Array<[number, number]>, string[]>
        summary={data()?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          plugins: [barLabelsPlugin(() => data()?.steps.map(barLabel) ?? [], labelSize())],
          options: {
            layout: { padding: { top: labelRoom(labelSize()) } },
            ...moneyChartOptions(large(), money, {
              x: fittedCategoryAxis(large()),
              legend: { ...legendOptions(large()), onClick: () => {}, labels: { ...legendOptions(large()).labels, generateLabels: () => LEGEND } },
              tooltip: {
                label: (item) => {
                  const step = data()?.steps[item.dataIndex];
                  if (!step) return '';
                  return step.kind === 'total' ? formatPounds(step.to) : `${signedChange(step, formatPounds)}, to ${formatPounds(step.to)}`;
                },
              },
            }),
          },
        })}
        update={(chart) => {
          const d = data();
          if (!d) return;
          money.setUnit(chart, 'y', d.unit);
          const y = chart.options.scales?.y;
          if (y) y.min = d.floor;
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
