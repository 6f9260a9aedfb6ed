// Issue 5: uncertainty, sensitivity and goal seek, for the app shell.
export { AnalysisPanel, type AnalysisPanelProps } from './AnalysisPanel';
export { rangedPaths } from './rangedPaths';
