// The headline figures: NPV (and after capital, where there is capital),
// payback year, upstream share now → at the horizon, and net saving at the
// horizon; under them, spend against the budget envelope when the scenario
// sets one. Each tile can take focus and explains itself on hover or focus (aria-describedby, so screen readers
// hear it too); Escape hides the explanation.
import { createMemo, createSignal, createUniqueId, Index, Show } from 'solid-js';
import { StaleLabel } from '../charts/StaleLabel';
import type { ResultsView } from '../resultsView';
import { envelopeLine, headlineTiles, type HeadlineTile } from './headlineTiles';
import './headline.css';

function Tile(props: { tile: HeadlineTile }) {
  const explanationId = createUniqueId();
  const [dismissed, setDismissed] = createSignal(false);
  return (
    <li
      class="headline-tile"
      classList={{ 'headline-tile--dismissed': dismissed() }}
      tabindex="0"
      aria-describedby={explanationId}
      onKeyDown={(event) => {
        // The first Escape hides the explanation; only a second one reaches the board view.
        if (event.key === 'Escape' && !dismissed()) {
          event.preventDefault();
          setDismissed(true);
        }
      }}
      onBlur={() => setDismissed(false)}
      onMouseLeave={() => setDismissed(false)}
    >
      <span class="headline-tile__label">{props.tile.label}</span>
      <span class="headline-tile__value">{props.tile.value}</span>
      <Show when={props.tile.also}>
        {(also) => (
          <span class="headline-tile__also">
            <span class="headline-tile__also-label">{also().label}</span> {also().value}
          </span>
        )}
      </Show>
      <span class="headline-tile__detail">{props.tile.detail}</span>
      <span class="headline-tile__explanation" id={explanationId} role="tooltip">
        {props.tile.explanation}
      </span>
    </li>
  );
}

export function HeadlineStrip(props: { view: ResultsView | undefined }) {
  const tiles = createMemo(() => (props.view ? headlineTiles(props.view.results, props.view.scenario) : []));
  const envelope = createMemo(() => props.view && envelopeLine(props.view.results, props.view.scenario));
  return (
    <section class="headline" aria-label="Headline figures">
      <StaleLabel view={props.view} />
      <Show when={props.view} fallback={<p class="headline__empty">The headline figures appear once the scenario has results.</p>}>
        {/* Index keeps each tile's element while its figures change, so focus stays put. */}
        <ul class="headline__tiles">
          <Index each={tiles()}>{(tile) => <Tile tile={tile()} />}</Index>
        </ul>
        <Show when={envelope()}>
          {(line) => (
            <p class="headline__envelope" classList={{ 'headline__envelope--over': line().over }}>
              {line().text}
            </p>
          )}
        </Show>
      </Show>
    </section>
  );
}
