// Every input of the scenario, a tab per part: an ARIA tablist (arrow keys,
// Home and End move between tabs), each tab's problem count in its label,
// and one undo history for all of it (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z; Cmd on a Mac).
import { createMemo, createSignal, createUniqueId, For, Match, Show, Switch, type JSX } from 'solid-js';
import type { Problem } from '../../model';
import type { ResultsView } from '../resultsView';
import type { ScenarioStore } from '../store/scenarioStore';
import { CellLinksContext, type CellLinks } from './cellLinks';
import { DetailsForm } from './DetailsForm';
import { bestFind, createProblemTargets, type ProblemTarget } from './problemTargets';
import { ProblemList } from './ProblemList';
import { CapacityTab, EnvelopeTab, InvestmentsTab, PartnersTab, PopulationTab, RebalancingTab, ServicesTab } from './tabContents';
import { placeOfPath, problemsOfTab, tabAfterKey, tabOfProblem, TABS, type TabId } from './tabs';
import './grids.css';

export interface InputsPanelProps {
  store: ScenarioStore;
  /** What the worker found wrong with the current draft. */
  problems: () => Problem[];
  /** The results on screen (what the rebalancing grid says beside each rule). */
  view?: () => ResultsView | undefined;
  /** Selection and ranged cells, shared with the uncertainty panel. */
  cellLinks?: CellLinks;
  /** Controls at the end of the row of tabs, such as the layout's. */
  tools?: JSX.Element;
  /** Shows uncertainty range `index` where it is edited (the ranges table, outside this panel). */
  showRange?: (index: number) => void;
  /** Hands the shell what the panel can do from outside it. */
  ref?: (panel: InputsPanelApi) => void;
}

export interface InputsPanelApi {
  /** Opens the problem's tab and puts the keyboard on its cell or field (on the tab's problem list when no grid has it). */
  goToProblem: (path: string) => void;
}

/** Where the browser's own undo belongs: text being typed in a field. */
function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function InputsPanel(props: InputsPanelProps) {
  const id = createUniqueId();
  const [active, setActive] = createSignal<TabId>('details');
  const targets = createProblemTargets();
  const tabButtons: HTMLButtonElement[] = [];
  const counts = createMemo(() => new Map(TABS.map((tab) => [tab.id, problemsOfTab(props.problems(), tab.id).length])));
  const activeProblems = createMemo(() => problemsOfTab(props.problems(), active()));
  const tabProps = { store: props.store, problems: activeProblems, targets, view: () => props.view?.() };
  // A range's problem is fixed in the ranges table, so its link goes there rather than to a tab.
  const rangesTarget: ProblemTarget = {
    find: (path) => {
      const range = /^uncertainty\/(\d+)/.exec(path);
      const showRange = props.showRange;
      return range && showRange ? { place: placeOfPath(path), exact: true, goTo: () => showRange(Number(range[1])) } : undefined;
    },
  };
  targets.register(rangesTarget);
  let tabPanel!: HTMLDivElement;

  // Opening the tab mounts its grids, which register as targets before setActive returns.
  function goToProblem(path: string): void {
    const range = rangesTarget.find(path);
    if (range) return range.goTo();
    setActive(tabOfProblem(path));
    const found = bestFind(targets.targets(), path);
    if (found) found.goTo();
    else tabPanel.focus();
    tabPanel.scrollIntoView({ block: 'nearest' });
  }
  props.ref?.({ goToProblem });

  function onTabKey(event: KeyboardEvent, index: number): void {
    const next = tabAfterKey(event.key, index, TABS.length);
    if (next === undefined) return;
    event.preventDefault();
    setActive(TABS[next].id);
    tabButtons[next].focus();
  }

  // The grids bind these keys themselves (Handsontable handles their keyboard); this covers the tabs, buttons and the panel.
  function onHistoryKey(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
    if (event.target instanceof Element && event.target.closest('.handsontable')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) props.store.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) props.store.redo();
    else return;
    event.preventDefault();
  }

  // A function, so the grids are created inside the context provider below and can read it.
  const panel = () => (
    <div class="inputs-panel" onKeyDown={onHistoryKey}>
      <div class="inputs-tabs-row">
        <div class="inputs-tabs" role="tablist" aria-label="Scenario inputs">
          <For each={TABS}>
            {(tab, index) => {
              const count = () => counts().get(tab.id) ?? 0;
              return (
                <button
                  ref={(el) => (tabButtons[index()] = el)}
                  type="button"
                  role="tab"
                  id={`${id}-tab-${tab.id}`}
                  aria-selected={active() === tab.id}
                  aria-controls={`${id}-panel`}
                  tabIndex={active() === tab.id ? 0 : -1}
                  classList={{ 'has-problems': count() > 0 }}
                  onClick={() => setActive(tab.id)}
                  onKeyDown={(event) => onTabKey(event, index())}
                >
                  {tab.label}
                  <Show when={count() > 0}>
                    <span class="tab-count" aria-hidden="true">
                      {count()}
                    </span>
                    <span class="visually-hidden">, {count() === 1 ? '1 problem' : `${count()} problems`}</span>
                  </Show>
                </button>
              );
            }}
          </For>
        </div>
        <Show when={props.tools}>
          <div class="inputs-tools">{props.tools}</div>
        </Show>
      </div>
      <div ref={tabPanel} class="inputs-tab-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${active()}`} tabIndex={0}>
        <ProblemList problems={activeProblems()} targets={targets.targets()} />
        <Switch>
          <Match when={active() === 'details'}>
            <DetailsForm {...tabProps} />
          </Match>
          <Match when={active() === 'population'}>
            <PopulationTab {...tabProps} />
          </Match>
          <Match when={active() === 'services'}>
            <ServicesTab {...tabProps} />
          </Match>
          <Match when={active() === 'capacity'}>
            <CapacityTab {...tabProps} />
          </Match>
          <Match when={active() === 'rebalancing'}>
            <RebalancingTab {...tabProps} />
          </Match>
          <Match when={active() === 'investments'}>
            <InvestmentsTab {...tabProps} />
          </Match>
          <Match when={active() === 'partners'}>
            <PartnersTab {...tabProps} />
          </Match>
          <Match when={active() === 'envelope'}>
            <EnvelopeTab {...tabProps} />
          </Match>
        </Switch>
      </div>
    </div>
  );
  return props.cellLinks ? <CellLinksContext.Provider value={props.cellLinks}>{panel()}</CellLinksContext.Provider> : panel();
}
