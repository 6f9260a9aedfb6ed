// "From the last valid inputs": shown wherever results are on screen while
// an input is invalid and the figures are the last good ones.
import { Show } from 'solid-js';
import type { ResultsView } from '../resultsView';
import './staleLabel.css';

export const STALE_LABEL = 'From the last valid inputs';

export function StaleLabel(props: { view: ResultsView | undefined }) {
  return (
    <Show when={props.view?.stale}>
      <p class="stale-label">{STALE_LABEL}</p>
    </Show>
  );
}
