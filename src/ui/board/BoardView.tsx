// The board view: a full-screen overlay for a meeting room — the headline
// figures, the chart catalogue's board charts (spend by level, net saving)
// and sliders on the main levers that change the scenario live (with the
// population projection and each phase-in on menus), all on one 1280×720
// projector screen and larger on larger screens (board.css).
import { createMemo, createUniqueId, For, onCleanup, onMount, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { financialYear } from '../../model';
import { CHART_COMPONENTS, shownCharts } from '../charts';
import { StaleLabel } from '../charts/StaleLabel';
import { setPageCovered } from '../charts/visibility';
import { HeadlineStrip } from '../headline';
import type { ResultsView } from '../resultsView';
import { keepTabInside } from './dialogFocus';
import { LeverChoice } from './LeverChoice';
import { LeverSlider } from './LeverSlider';
import { boardLevers, leverRange, phaseInChoices, phaseInPathOf, PROJECTION_PATH, projectionChoice, projectionValue, type BoardChoice, type LeverGroup, type LeverRange } from './levers';
import './board.css';

export interface BoardViewProps {
  view: ResultsView | undefined;
  /** Sets one input by its JSON path, e.g. `investments/0/amount`; undefined takes an optional one away. */
  setInput: (path: string, value: number | string | undefined) => void;
  onClose: () => void;
}

/** Same levers, same names: the sliders stay in place while values change. */
function sameLevers(a: LeverGroup[], b: LeverGroup[]): boolean {
  const shape = (groups: LeverGroup[]) => JSON.stringify(groups.map((g) => [g.title, g.levers.map((l) => [l.path, l.label, l.unit])]));
  return shape(a) === shape(b);
}

/** Same menus, same options: the menus stay in place (and keep focus) while values change. */
function sameChoices(a: BoardChoice[], b: BoardChoice[]): boolean {
  const shape = (choices: BoardChoice[]) => JSON.stringify(choices.map((c) => [c.path, c.label, c.options]));
  return shape(a) === shape(b);
}

export function BoardView(props: BoardViewProps) {
  let dialog!: HTMLDivElement;
  const titleId = createUniqueId();
  const leversTitleId = createUniqueId();
  const boardCharts = createMemo(() => shownCharts(props.view, (entry) => entry.onBoard === true));
  const levers = createMemo(() => (props.view ? boardLevers(props.view.scenario) : []));
  const groups = createMemo(() => levers(), [], { equals: sameLevers });
  const currentValues = createMemo(() => new Map(levers().flatMap((g) => g.levers.map((l) => [l.path, l.value] as const))));
  const projection = createMemo(() => (props.view ? projectionChoice(props.view.scenario) : null));
  const projectionMenu = createMemo(() => (projection() ? [projection()!] : []), [], { equals: sameChoices });
  const phaseIns = createMemo(() => (props.view ? phaseInChoices(props.view.scenario) : []));
  const phaseInMenus = createMemo(() => new Map(phaseIns().map((choice) => [choice.path, choice] as const)), new Map(), {
    equals: (a, b) => sameChoices([...a.values()], [...b.values()]),
  });
  const currentChoices = createMemo(() => new Map([...(projection() ? [projection()!] : []), ...phaseIns()].map((c) => [c.path, c.value] as const)));
  const choose = (choice: BoardChoice, value: string) => props.setInput(choice.path, choice.path === PROJECTION_PATH ? projectionValue(value) : value);
  const phaseInOf = (leverPath: string) => {
    const choice = phaseInMenus().get(phaseInPathOf(leverPath) ?? '');
    return choice && { choice, current: currentChoices().get(choice.path) ?? choice.value, onChange: (value: string) => choose(choice, value) };
  };
  const choiceOf = (choice: BoardChoice) => (
    <LeverChoice choice={choice} current={currentChoices().get(choice.path) ?? choice.value} onChange={(value) => choose(choice, value)} />
  );
  // Ranges come from each lever's value when it first appears, so a slider's
  // ends do not move under the user's hand.
  const ranges = new Map<string, LeverRange>();
  const rangeOf = (path: string): LeverRange => {
    let range = ranges.get(path);
    if (!range) {
      const lever = levers().flatMap((g) => g.levers).find((l) => l.path === path)!;
      range = leverRange(lever, props.view!.scenario);
      ranges.set(path, range);
    }
    return range;
  };
  const span = () => {
    const years = props.view?.results.years;
    return years ? `${financialYear(years[0])} to ${financialYear(years[years.length - 1])}` : '';
  };

  onMount(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    document.documentElement.classList.add('board-open');
    setPageCovered(true);
    dialog.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      // A tooltip that took the Escape for itself has called preventDefault.
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        props.onClose();
      } else if (event.key === 'Tab') keepTabInside(dialog, event);
    };
    document.addEventListener('keydown', onKeyDown);
    onCleanup(() => {
      document.removeEventListener('keydown', onKeyDown);
      document.documentElement.classList.remove('board-open');
      setPageCovered(false);
      opener?.focus();
    });
  });

  return (
    <div ref={dialog} class="board" role="dialog" aria-modal="true" aria-labelledby={titleId} tabindex="-1">
      <header class="board__header">
        <div class="board__heading">
          <h2 id={titleId}>{props.view?.scenario.meta.name ?? 'Board view'}</h2>
          <p class="board__subtitle">
            Board view{props.view?.scenario.meta.area ? ` · ${props.view.scenario.meta.area}` : ''} · {span()}
          </p>
        </div>
        <StaleLabel view={props.view} />
        <button type="button" class="board__close" onClick={() => props.onClose()}>
          Close
        </button>
      </header>

      <HeadlineStrip view={props.view} />

      <div class="board__charts">
        <For each={boardCharts()}>{(entry) => <Dynamic component={CHART_COMPONENTS[entry.id]} view={props.view} large />}</For>
      </div>

      <section class="board__levers" aria-labelledby={leversTitleId}>
        <div class="board__levers-top">
          <h2 id={leversTitleId}>Try a change</h2>
          <For each={projectionMenu()}>{choiceOf}</For>
        </div>
        <p class="board__hint">Sliders and menus change the scenario at once.</p>
        <Show when={groups().length > 0} fallback={<p class="board__hint">This scenario has no investments or rebalancing rules to vary.</p>}>
          <For each={groups()}>
            {(group) => (
              <fieldset class="board__group">
                <legend>
                  {group.title}
                  {/* Names the menus' column on screen; each menu's own name says it too. */}
                  <Show when={group.levers.some((lever) => phaseInOf(lever.path))}>
                    <span class="board__column-caption" aria-hidden="true">
                      Phase-in
                    </span>
                  </Show>
                </legend>
                <For each={group.levers}>
                  {(lever) => (
                    <LeverSlider
                      lever={lever}
                      range={rangeOf(lever.path)}
                      current={currentValues().get(lever.path) ?? lever.value}
                      onChange={(value) => props.setInput(lever.path, value)}
                      phaseIn={phaseInOf(lever.path)}
                    />
                  )}
                </For>
              </fieldset>
            )}
          </For>
        </Show>

      </section>
    </div>
  );
}
