// The input grids of the scenario, as one panel the app shell places.
export { InputsPanel, type InputsPanelProps } from './InputsPanel';
