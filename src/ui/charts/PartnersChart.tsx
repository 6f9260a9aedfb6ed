// Chart 5: who pays and who saves — each partner's baseline and scenario
// spend and net saving at the horizon, after pooling.
import { createMemo } from 'solid-js';
import { ChartCanvas } from './ChartCanvas';
import { createMoneyAxis, moneyChartOptions, replaceData } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { BASELINE_COLOUR, COST_COLOUR, SAVING_COLOUR, SCENARIO_COLOUR } from './palette';
import { partnersData } from './partnersData';

export function PartnersChart(props: ChartProps) {
  const data = createMemo(() => props.view && partnersData(props.view.results, props.view.scenario));
  const large = () => props.large ?? false;
  const money = createMoneyAxis('Spend a year', large());
  return (
    <ChartPanel
      title={`Who pays and who saves${data() ? `, ${data()!.year}` : ''}`}
      view={props.view}
      table={data()?.table}
      large={props.large}
      note={data()?.poolNote}
    >
      <ChartCanvas<'bar'>
        summary={data()?.summary ?? ''}
        large={props.large}
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          options: moneyChartOptions(large(), money),
        })}
        update={(chart) => {
          const d = data();
          if (!d) return;
          money.setUnit(chart, 'y', d.unit);
          const nets = d.partners.map((p) => p.net);
          replaceData(
            chart,
            d.partners.map((p) => p.name),
            [
              { label: 'Baseline spend', data: d.partners.map((p) => p.baseline), backgroundColor: BASELINE_COLOUR },
              { label: 'Scenario spend', data: d.partners.map((p) => p.scenario), backgroundColor: SCENARIO_COLOUR },
              { label: 'Net saving (red: pays more)', data: nets, backgroundColor: nets.map((net) => (net < 0 ? COST_COLOUR : SAVING_COLOUR)) },
            ],
          );
        }}
      />
    </ChartPanel>
  );
}
