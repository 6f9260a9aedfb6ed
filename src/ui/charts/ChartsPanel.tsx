// Every chart in a responsive grid, the headline chart first and full width.
import { ActivityChart } from './ActivityChart';
import type { ChartProps } from './chartProps';
import { CommissioningGapChart } from './CommissioningGapChart';
import { EnvelopeChart } from './EnvelopeChart';
import { GravityChart } from './GravityChart';
import { LevelSpendChart } from './LevelSpendChart';
import { NetSavingChart } from './NetSavingChart';
import { PartnersChart } from './PartnersChart';
import { UpstreamShareChart } from './UpstreamShareChart';
import { WaterfallChart } from './WaterfallChart';

export function ChartsPanel(props: Pick<ChartProps, 'view'>) {
  return (
    <div class="charts-grid">
      <LevelSpendChart view={props.view} />
      <NetSavingChart view={props.view} />
      <WaterfallChart view={props.view} />
      <UpstreamShareChart view={props.view} />
      <GravityChart view={props.view} />
      <PartnersChart view={props.view} />
      <EnvelopeChart view={props.view} />
      <CommissioningGapChart view={props.view} />
      <ActivityChart view={props.view} />
    </div>
  );
}
