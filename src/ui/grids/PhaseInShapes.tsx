// MODEL.md §15: the four phase-in profiles drawn small beside the grid, so
// "Fast start" and "Slow start" are seen rather than guessed.
import { For } from 'solid-js';
import { formatPercent } from '../../format/money';
import { phase, profiled, PROFILES } from '../../model';

/** The ramp-up drawn: four years, a bar each. */
const RAMP_YEARS = 4;
const BAR_WIDTH = 10;
const BAR_GAP = 3;
const HEIGHT = 30;
const WIDTH = RAMP_YEARS * (BAR_WIDTH + BAR_GAP) - BAR_GAP;

/** The share of the full effect in each year of the ramp-up, under profile `p` (its place in PROFILES, as the kernel counts them). */
const rampShares = (p: number) => Array.from({ length: RAMP_YEARS }, (_, t) => profiled(p, phase(t, 0, RAMP_YEARS)));

export function PhaseInShapes() {
  return (
    <figure class="phase-in-shapes">
      <figcaption>Phase-in over a four-year ramp-up, as a share of the full effect each year:</figcaption>
      <ul>
        <For each={PROFILES}>
          {(profile, p) => {
            const shares = rampShares(p());
            return (
              <li>
                <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${profile.words}: ${shares.map((s) => formatPercent(s, 0)).join(', ')}`}>
                  <For each={shares}>
                    {(share, t) => {
                      // A year with nothing yet still shows as a line on the baseline.
                      const height = Math.max(HEIGHT * share, 1);
                      return <rect x={t() * (BAR_WIDTH + BAR_GAP)} y={HEIGHT - height} width={BAR_WIDTH} height={height} />;
                    }}
                  </For>
                </svg>
                <span>{profile.words}</span>
              </li>
            );
          }}
        </For>
      </ul>
    </figure>
  );
}
