// The whole-system map: a Level 1–5 × setting grid of people served, now and
// at the horizon (scenario and baseline), shaded by the scenario's people.
// On screen an HTML table (screen readers read it as one); for Save as PNG a
// canvas drawn from the same figures, only when a picture or print asks
// (visibility.ts), so an edit costs it nothing.
import { createEffect, createMemo, For, onCleanup, Show } from 'solid-js';
import { ChartPanel } from './ChartPanel';
import type { ChartProps } from './chartProps';
import { cellLines, cellShade, COUNTED_TWICE, lineLabels, mapKey, peopleMapData } from './peopleMapData';
import { drawPeopleMap } from './peopleMapPicture';
import { cancelRedraw, deferRedraw } from './visibility';

type Lines = ReturnType<typeof cellLines>;

/** The labels' column on screen, narrow so the places fit beside it; the key above gives the years. */
const SHORT_LABELS: Lines = { now: 'Now', scenario: 'Scenario', baseline: 'Baseline' };

/** A place's three lines, the scenario's in bold; `spoken` adds each line's label for screen readers, which do not see the labels' column. */
function PlaceLines(props: { lines: Lines; spoken?: Lines }) {
  const spoken = (line: keyof Lines) => <Show when={props.spoken}>{(labels) => <span class="visually-hidden">{`${labels()[line]}: `}</span>}</Show>;
  return (
    <>
      <span>
        {spoken('now')}
        {props.lines.now}
      </span>
      <strong>
        {spoken('scenario')}
        {props.lines.scenario}
      </strong>
      <span>
        {spoken('baseline')}
        {props.lines.baseline}
      </span>
    </>
  );
}

export function PeopleMapChart(props: ChartProps) {
  const data = createMemo(() => props.view && peopleMapData(props.view.scenario, props.view.results));
  let picture!: HTMLCanvasElement;
  const draw = () => {
    const d = data();
    if (d) drawPeopleMap(picture, d);
  };
  createEffect(() => {
    data();
    deferRedraw(draw);
  });
  onCleanup(() => cancelRedraw(draw));
  return (
    <ChartPanel title="Whole-system map: people served by level and setting" view={props.view} table={data()?.table} wide large={props.large} note={COUNTED_TWICE}>
      <Show when={data()}>
        {(d) => (
          <>
            <p class="chart-key">
              <span class="chart-key__item">{mapKey(d())}</span>
            </p>
            <div class="people-map" classList={{ 'people-map--large': props.large }}>
              <table>
                <caption class="visually-hidden">{d().summary}</caption>
                <colgroup>
                  <col class="people-map__level-column" />
                  <col class="people-map__labels-column" />
                  <For each={d().settings}>{() => <col />}</For>
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Level</th>
                    <td aria-hidden="true" />
                    <For each={d().settings}>{(setting) => <th scope="col">{setting.words}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={d().levels}>
                    {(level, l) => (
                      <tr>
                        <th scope="row">{level}</th>
                        <td class="people-map__labels" aria-hidden="true">
                          <PlaceLines lines={SHORT_LABELS} />
                        </td>
                        <For each={d().cells[l()]}>
                          {(cell) => (
                            <Show when={cell} fallback={<td class="people-map__none">–</td>}>
                              {(served) => (
                                <td style={{ 'background-color': cellShade(served(), d().most) }}>
                                  <PlaceLines lines={cellLines(served())} spoken={lineLabels(d())} />
                                </td>
                              )}
                            </Show>
                          )}
                        </For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </>
        )}
      </Show>
      <canvas ref={picture} class="people-map__picture" hidden aria-hidden="true" />
    </ChartPanel>
  );
}
