// The charts of issue 3, for the app shell and the board view.
export { ActivityChart } from './ActivityChart';
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
