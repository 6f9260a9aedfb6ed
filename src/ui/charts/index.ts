// The charts, for the app shell, the board view and compare: each reads the catalogue.
export { CHART_CATALOGUE, comparedCharts, shownCharts, type CatalogueEntry, type ChartId } from './chartCatalogue';
export { CHART_COMPONENTS, type CatalogueChartProps } from './chartComponents';
export { ChartsPanel } from './ChartsPanel';
export type { ChartProps } from './chartProps';
