// Chart 8: total spend against the budget envelope, baseline and scenario.
// The catalogue shows it only when there is an envelope (chartCatalogue.ts).
import { createMemo, Show } from 'solid-js';
import { ChartCanvas } from './ChartCanvas';
import { createMoneyAxis, lineLegendOptions, moneyChartOptions, replaceData } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { envelopeData } from './envelopeData';
import { BASELINE_COLOUR, ENVELOPE_COLOUR, SCENARIO_COLOUR } from './palette';

export function EnvelopeChart(props: ChartProps) {
  const data = createMemo(() => props.view && envelopeData(props.view.results, props.view.scenario));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Spend a year', large());
  const width = () => (large() ? 4 : 2.5);
  return (
    <ChartPanel
      title="Spend against the budget envelope"
      view={props.view}
      table={data()?.table ?? undefined}
      large={props.large}
      note={data() ? 'The envelope is the budget available each year; above it, the scenario needs more money than there is.' : undefined}
    >
      <Show when={data()}>
        <ChartCanvas<'line'>
          summary={data()?.summary ?? ''}
          large={props.large}
          create={() => ({
            type: 'line',
            data: { labels: [], datasets: [] },
            options: moneyChartOptions(large(), money, { y: { beginAtZero: true }, legend: lineLegendOptions(large()) }),
          })}
          update={(chart) => {
            const d = data();
            if (!d) return;
            money.setUnit(chart, 'y', d.unit);
            replaceData(chart, d.labels, [
              { label: 'Envelope', data: d.envelope, borderColor: ENVELOPE_COLOUR, backgroundColor: ENVELOPE_COLOUR, borderWidth: width() + 1, borderDash: [10, 5], pointRadius: 0 },
              { label: 'Scenario spend', data: d.scenario, borderColor: SCENARIO_COLOUR, backgroundColor: SCENARIO_COLOUR, borderWidth: width(), pointRadius: 3 },
              { label: 'Baseline spend', data: d.baseline, borderColor: BASELINE_COLOUR, backgroundColor: BASELINE_COLOUR, borderWidth: width(), borderDash: [6, 4], pointRadius: 3 },
            ]);
          }}
        />
      </Show>
    </ChartPanel>
  );
}
