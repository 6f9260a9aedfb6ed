// The input grids of the scenario, as one panel the app shell places.
export { InputsPanel, type InputsPanelApi, type InputsPanelProps } from './InputsPanel';
export { problemPlace } from './problemPlaces';
