// Chart 2: the upstream share (left axis, %) and the gravity (right axis,
// the 1–5 level scale), baseline dashed and scenario solid.
import type { ChartDataset } from 'chart.js';
import { createMemo } from 'solid-js';
import { formatPercent } from '../../format/money';
import { ChartCanvas } from './ChartCanvas';
import { categoryAxis, lineLegendOptions, replaceData, typeSizes } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { GRID_LINE, LEVEL_COLOURS, MUTED } from './palette';
import { formatGravity, upstreamShareData } from './upstreamShareData';

const SHARE_COLOUR = LEVEL_COLOURS[0];
const GRAVITY_COLOUR = '#5b4a8b';

export function UpstreamShareChart(props: ChartProps) {
  const data = createMemo(() => props.view && upstreamShareData(props.view.results));
  const large = () => props.large ?? false;
  const line = (label: string, values: Array<number | null>, colour: string, axis: 'share' | 'gravity', dashed: boolean): ChartDataset<'line', Array<number | null>> => ({
    label,
    data: values,
    yAxisID: axis,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: large() ? 4 : 2.5,
    borderDash: dashed ? [6, 4] : [],
    pointRadius: large() ? 4 : 3,
    pointStyle: axis === 'share' ? 'circle' : 'rectRot',
  });
  return (
    <ChartPanel
      title="Upstream share and gravity"
      view={props.view}
      table={data()?.table}
      large={props.large}
      note="Up is upstream on both scales. Upstream share: the part of spend on Levels 1 to 3 (left scale). Gravity: the average level money is spent at, weighted by spend, from 1 (all citizenship) to 5 (all hospital and care homes); its scale on the right runs downwards, so a rising line means money moving upstream."
    >
      <ChartCanvas<'line', Array<number | null>>
        summary={data()?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'line',
          data: { labels: [], datasets: [] },
          options: {
            interaction: { mode: 'index', intersect: false },
            scales: {
              x: categoryAxis(large()),
              share: {
                type: 'linear',
                position: 'left',
                beginAtZero: true,
                grid: { color: GRID_LINE },
                border: { display: false },
                ticks: { font: typeSizes(large()).tick, callback: (value) => formatPercent(Number(value), 0) },
                title: { display: true, text: 'Upstream share (%)', font: typeSizes(large()).title, color: MUTED },
              },
              gravity: {
                type: 'linear',
                position: 'right',
                // Reversed, so that up is upstream on both axes.
                reverse: true,
                grid: { display: false },
                border: { display: false },
                ticks: { font: typeSizes(large()).tick, callback: (value) => Number(value).toFixed(2) },
                title: { display: true, text: 'Gravity (mean level)', font: typeSizes(large()).title, color: MUTED },
              },
            },
            plugins: {
              legend: lineLegendOptions(large()),
              tooltip: {
                titleFont: typeSizes(large()).legend,
                bodyFont: typeSizes(large()).legend,
                callbacks: {
                  label: (item) =>
                    `${item.dataset.label}: ${item.dataset.yAxisID === 'share' ? formatPercent(item.parsed.y ?? Number.NaN) : formatGravity(item.parsed.y)}`,
                },
              },
            },
          },
        })}
        update={(chart) => {
          const d = data();
          if (!d) return;
          replaceData(chart, d.labels, [
            line('Upstream share, scenario', d.share.scenario, SHARE_COLOUR, 'share', false),
            line('Upstream share, baseline', d.share.baseline, SHARE_COLOUR, 'share', true),
            line('Gravity, scenario', d.gravity.scenario, GRAVITY_COLOUR, 'gravity', false),
            line('Gravity, baseline', d.gravity.baseline, GRAVITY_COLOUR, 'gravity', true),
          ]);
        }}
      />
    </ChartPanel>
  );
}
