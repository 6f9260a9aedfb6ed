// "From the last valid inputs" (or "From before the model failed"): shown
// wherever results are on screen that may not match the inputs.
import { Show } from 'solid-js';
import { STALE_LABELS, type ResultsView } from '../resultsView';
import './staleLabel.css';

export function StaleLabel(props: { view: ResultsView | undefined }) {
  return <Show when={props.view?.stale}>{(why) => <p class="stale-label">{STALE_LABELS[why()]}</p>}</Show>;
}
