// Each catalogue chart's component, by its id (chartCatalogue.ts): the type
// asks for one for every id, so a chart cannot be listed without one.
import type { Component } from 'solid-js';
import { ActivityChart } from './ActivityChart';
import { CapacityChart } from './CapacityChart';
import type { ChartId } from './chartCatalogue';
import type { HeadingLevel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { CommissioningGapChart } from './CommissioningGapChart';
import { EnvelopeChart } from './EnvelopeChart';
import { GravityChart } from './GravityChart';
import { IndicatorsChart } from './IndicatorsChart';
import { LevelSpendChart } from './LevelSpendChart';
import { NetSavingChart } from './NetSavingChart';
import { PartnerBudgetsChart } from './PartnerBudgetsChart';
import { PartnersChart } from './PartnersChart';
import { PeopleBySettingChart } from './PeopleBySettingChart';
import { PeopleMapChart } from './PeopleMapChart';
import { UpstreamShareChart } from './UpstreamShareChart';
import { VariantsChart } from './VariantsChart';
import { WaterfallChart } from './WaterfallChart';

/** What a catalogue chart is given: the results and, in compare, whose chart it is and the scale the row shares; a chart may use only `view`. */
export interface CatalogueChartProps extends ChartProps {
  scenarioName?: string;
  headingLevel?: HeadingLevel;
  /** Compare's one top for the money axis of the charts side by side, so their bars compare honestly. */
  sharedMax?: number;
}

export const CHART_COMPONENTS: Record<ChartId, Component<CatalogueChartProps>> = {
  'level-spend': LevelSpendChart,
  'net-saving': NetSavingChart,
  waterfall: WaterfallChart,
  'upstream-share': UpstreamShareChart,
  gravity: GravityChart,
  'people-map': PeopleMapChart,
  'people-by-setting': PeopleBySettingChart,
  indicators: IndicatorsChart,
  capacity: CapacityChart,
  partners: PartnersChart,
  'partner-budgets': PartnerBudgetsChart,
  variants: VariantsChart,
  envelope: EnvelopeChart,
  'commissioning-gap': CommissioningGapChart,
  activity: ActivityChart,
};
