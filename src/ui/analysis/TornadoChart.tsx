// The tornado: one row per ranged input, a bar from the central NPV to the
// NPV with the input at its low and another to the NPV at its high; the
// input that moves the answer most at the top.
import type { TooltipItem } from 'chart.js';
import { createMemo, Show } from 'solid-js';
import { formatPounds, formatPoundsShort } from '../../format/money';
import { formatInputValue } from '../../model';
import type { TornadoResult } from '../../model';
import { ChartCanvas } from '../charts/ChartCanvas';
import { wrapLabel } from '../charts/chartData';
import { categoryAxis, createMoneyAxis, legendOptions, replaceData } from '../charts/chartOptions';
import { ChartPanel } from '../charts/ChartPanel';
import { BASELINE_COLOUR, SCENARIO_COLOUR } from '../charts/palette';
import type { ResultsView } from '../resultsView';
import { tornadoData } from './tornadoData';

type FloatingBars = Array<[number, number]>;

export interface TornadoChartProps {
  /** Undefined until the first survey answers; null while no input has a range. */
  result: TornadoResult | null | undefined;
  view: ResultsView | undefined;
}

export function TornadoChart(props: TornadoChartProps) {
  const data = createMemo(() => props.result && tornadoData(props.result));
  const money = createMoneyAxis('NPV of net saving', false);
  const tooltipLabel = (item: TooltipItem<'bar'>) => {
    const entry = props.result?.entries[item.dataIndex];
    if (!entry) return '';
    const atLow = item.datasetIndex === 0;
    const value = formatInputValue(entry.path, atLow ? entry.low : entry.high);
    return `At its ${atLow ? 'low' : 'high'} (${value}): NPV ${formatPounds(atLow ? entry.npvAtLow : entry.npvAtHigh)}`;
  };
  return (
    <ChartPanel
      title="Which inputs matter most (tornado)"
      view={props.view}
      table={data()?.table}
      note={data() ? `Each input alone at its low and at its high, every other input at its value. Bars start at the central NPV, ${formatPoundsShort(data()!.centralNpv)}.` : undefined}
    >
      <Show
        when={data()}
        fallback={
          <p class="chart-panel__explain">
            {props.result === undefined
              ? 'Working out which inputs matter most…'
              : 'Give at least one input a range (above) to see which uncertainties move the NPV of net saving most.'}
          </p>
        }
      >
        <ChartCanvas<'bar', FloatingBars, string[]>
          summary={data()?.summary ?? ''}
          rows={data()?.labels.length ?? 0}
          create={() => ({
            type: 'bar',
            data: { labels: [], datasets: [] },
            options: {
              indexAxis: 'y',
              // The bars float from the central NPV, so the axis frames them rather than running from £0.
              scales: { x: { ...money.options, beginAtZero: false, grace: '5%' }, y: categoryAxis(false, true) },
              plugins: { legend: legendOptions(false), tooltip: { callbacks: { label: tooltipLabel } } },
            },
          })}
          update={(chart) => {
            const d = data();
            if (!d) return;
            money.setUnit(chart, 'x', d.unit);
            replaceData(
              chart,
              d.labels.map((label) => wrapLabel(label, 30)),
              [
                { label: 'With the input at its low', data: d.lowBars, backgroundColor: BASELINE_COLOUR, grouped: false },
                { label: 'With the input at its high', data: d.highBars, backgroundColor: SCENARIO_COLOUR, grouped: false },
              ],
            );
          }}
        />
      </Show>
    </ChartPanel>
  );
}
