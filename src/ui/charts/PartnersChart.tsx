// Chart 5: who pays and who saves — one small chart per partner of its net
// saving each year (bars) and added up (line), each on its own scale so a
// partner that pays a little more is seen, not a sliver under another's
// hundreds of millions, with its spend at the horizon beside it.
import { createMemo, Index } from 'solid-js';
import { formatPoundsShort } from '../../format/money';
import { ChartCanvas } from './ChartCanvas';
import { createMoneyAxis, legendOptions, moneyChartOptions, replaceData } from './chartOptions';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { netSavingDatasets } from './NetSavingChart';
import { partnersData, type PartnerFigures } from './partnersData';

function PartnerChart(props: { partner: PartnerFigures; labels: string[]; year: string; large: boolean }) {
  const money = createMoneyAxis('Net saving', props.large);
  const net = () => props.partner.net;
  return (
    <section class="partner" data-caption={props.partner.name}>
      <h3 class="partner__name">{props.partner.name}</h3>
      <p class="partner__figures">
        {props.year}: spends {formatPoundsShort(props.partner.scenario)} (baseline {formatPoundsShort(props.partner.baseline)}),{' '}
        <strong classList={{ 'partner__net--cost': net() < 0 }}>{net() < 0 ? `pays ${formatPoundsShort(-net())} more` : `saves ${formatPoundsShort(net())}`}</strong>.
      </p>
      <ChartCanvas<'bar' | 'line', number[]>
        summary={`${props.partner.name}: net saving ${formatPoundsShort(net())} in ${props.year}, ${formatPoundsShort(props.partner.cumulativeNet)} over all years.`}
        large={props.large}
        small
        create={() => ({
          type: 'bar',
          data: { labels: [], datasets: [] },
          options: moneyChartOptions(props.large, money, { legend: { ...legendOptions(props.large), display: false } }),
        })}
        update={(chart) => {
          money.setUnit(chart, 'y', props.partner.unit);
          replaceData(chart, props.labels, netSavingDatasets(props.partner.yearly, props.partner.cumulative, props.large));
        }}
      />
    </section>
  );
}

export function PartnersChart(props: ChartProps) {
  const data = createMemo(() => props.view && partnersData(props.view.results, props.view.scenario));
  return (
    <ChartPanel
      title={`Who pays and who saves${data() ? `, ${data()!.year}` : ''}`}
      view={props.view}
      table={data()?.table}
      wide
      large={props.large}
      note={data()?.poolNote}
    >
      <div class="partners">
        <Index each={data()?.partners ?? []}>
          {(partner) => <PartnerChart partner={partner()} labels={data()!.labels} year={data()!.year} large={props.large ?? false} />}
        </Index>
      </div>
      <p class="chart-key">
        <span class="chart-key__item">Each partner on its own scale: bars, the net saving each year (red: pays more); line, the net saving added up.</span>
      </p>
    </ChartPanel>
  );
}
