// Chart 7: scenario spend by level at the horizon against the desired
// position — the commissioning gap. The catalogue shows it only when there
// is a desired position (chartCatalogue.ts).
import { createMemo, Show } from 'solid-js';
import { ChartCanvas } from './ChartCanvas';
import { categoryAxis, createMoneyAxis, moneyChartOptions, replaceData } from './chartOptions';
import { wrapLabel } from './chartData';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { commissioningGapData, describeGap } from './commissioningGapData';
import { ENVELOPE_COLOUR, SCENARIO_COLOUR } from './palette';

export function CommissioningGapChart(props: ChartProps) {
  const data = createMemo(() => props.view && commissioningGapData(props.view.results, props.view.scenario));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Spend a year', large());
  return (
    <ChartPanel
      title={`Commissioning gap by level${data() ? `, ${data()!.year}` : ''}`}
      view={props.view}
      table={data()?.table ?? undefined}
      large={props.large}
      note={data() ? 'Where the scenario bar is short of the desired position, commission more at that level; where it is over, decommission.' : undefined}
    >
      <Show when={data()}>
        <ChartCanvas<'bar', number[], string[]>
          summary={data()?.summary ?? ''}
          large={props.large}
          create={() => ({
            type: 'bar',
            data: { labels: [], datasets: [] },
            options: moneyChartOptions<'bar'>(large(), money, {
              x: categoryAxis(large(), true),
              tooltip: {
                footer: (items) => {
                  const level = data()?.levels[items[0].dataIndex];
                  return level ? describeGap(level.gap) : '';
                },
              },
            }),
          })}
          update={(chart) => {
            const d = data();
            if (!d) return;
            money.setUnit(chart, 'y', d.unit);
            replaceData(
              chart,
              d.levels.map((l) => wrapLabel(l.label, 14)),
              [
                { label: `Scenario ${d.year}`, data: d.levels.map((l) => l.scenario), backgroundColor: SCENARIO_COLOUR },
                { label: 'Desired position', data: d.levels.map((l) => l.desired), backgroundColor: ENVELOPE_COLOUR },
              ],
            );
          }}
        />
      </Show>
    </ChartPanel>
  );
}
