// The charts, for the app shell, the board view and compare: the catalogue lists them all.
export { ActivityChart } from './ActivityChart';
export { CHART_CATALOGUE, comparedCharts, shownCharts, type CatalogueEntry, type ChartId } from './chartCatalogue';
export { CHART_COMPONENTS, type CatalogueChartProps } from './chartComponents';
export { ChartsPanel } from './ChartsPanel';
export type { ChartProps } from './chartProps';
export { CommissioningGapChart } from './CommissioningGapChart';
export { EnvelopeChart } from './EnvelopeChart';
export { GravityChart } from './GravityChart';
export { LevelSpendChart } from './LevelSpendChart';
export { NetSavingChart } from './NetSavingChart';
export { PartnersChart } from './PartnersChart';
export { UpstreamShareChart } from './UpstreamShareChart';
export { WaterfallChart } from './WaterfallChart';
