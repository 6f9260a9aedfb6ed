// Chart 3: net saving each year (bars: green a saving, red a cost) and added
// up over the years (line), with the payback year marked.
import type { ChartDataset } from 'chart.js';
import { createMemo } from 'solid-js';
import { ChartCanvas } from './ChartCanvas';
import { createMoneyAxis, moneyChartOptions, replaceData, typeSizes } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { netSavingData } from './netSavingData';
import { COST_COLOUR, INK, SAVING_COLOUR } from './palette';
import { paybackMarkerPlugin } from './paybackMarker';

/** The cumulative net saving as a line over each year's net saving as bars, green a saving and red a cost (also each partner's, PartnersChart). */
export function netSavingDatasets(yearly: number[], cumulative: number[], large: boolean): ChartDataset<'bar' | 'line', number[]>[] {
  return [
    {
      type: 'line',
      label: 'Cumulative net saving',
      data: cumulative,
      borderColor: INK,
      backgroundColor: INK,
      borderWidth: large ? 4 : 2.5,
      pointRadius: large ? 4 : 3,
      order: 0,
    },
    {
      type: 'bar',
      label: 'Net saving in the year',
      data: yearly,
      backgroundColor: yearly.map((value) => (value < 0 ? COST_COLOUR : SAVING_COLOUR)),
      order: 1,
    },
  ];
}

export function NetSavingChart(props: ChartProps) {
  const data = createMemo(() => props.view && netSavingData(props.view.results));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Net saving', large());
  const marker = () => {
    const d = data();
    return { index: d?.paybackIndex ?? null, text: d?.paybackText ?? '' };
  };
  return (
    <ChartPanel
      title="Net saving and payback"
      view={props.view}
      table={data()?.table}
      large={props.large}
      note={data() ? `${data()!.paybackText}. Net saving is baseline spend minus scenario spend; below zero, the scenario costs more.` : undefined}
    >
      <ChartCanvas<'bar' | 'line', number[]>
        summary={data()?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          options: moneyChartOptions(large(), money),
          plugins: [paybackMarkerPlugin(marker, typeSizes(large()).legend.size ?? 13)],
        })}
        update={(chart) => {
          const d = data();
          if (!d) return;
          money.setUnit(chart, 'y', d.unit);
          replaceData(chart, d.labels, netSavingDatasets(d.yearly, d.cumulative, large()));
        }}
      />
    </ChartPanel>
  );
}
