// The app shell: inputs on the left, what they mean on the right (or below,
// when the inputs take the full width), the model in a worker, the board view
// on demand. On a wide screen the inputs and the charts scroll each on their
// own, so the headline and the cell being edited stay in view (app.css).
import { createComputed, createEffect, createMemo, createSignal, createUniqueId, For, lazy, onCleanup, Show } from 'solid-js';
import { rangedPaths } from './analysis/rangedPaths';
import { BoardPack, createFiles, FileMenus, FilesNotices, FileStatus, PausedModel, type StartingPoint } from './files';
import { InputsPanel, problemPlace, type InputsPanelApi } from './grids';
import { HeadlineStrip } from './headline';
import { HowItWorks, Welcome } from './howItWorks';
import { ImportButton } from './import';
import { LibraryButton } from './library';
import { createModelClient } from './model/modelClient';
import { parsePath } from './store/draft';
import { createScenarioStore } from './store/scenarioStore';
import './app.css';
import './longText.css';

/** Past this many characters the scenario's name is set smaller, to keep to about two lines. */
const LONG_NAME = 90;
/** Problems listed at the top of the page; the tabs list the rest. */
const PROBLEMS_LISTED = 5;

// Loaded when first opened: it is not needed to see the results.
// The charts (with Chart.js) and the board view load just after the page: the inputs
// show at once, and the first results take as long as the worker anyway. The charts'
// code is fetched from the start, beside the page's own, not once the app has mounted.
const chartsPanel = import('./charts/ChartsPanel');
const ChartsPanel = lazy(() => chartsPanel.then((m) => ({ default: m.ChartsPanel })));
const BoardView = lazy(() => import('./board/BoardView').then((m) => ({ default: m.BoardView })));
const AnalysisPanel = lazy(() => import('./analysis/AnalysisPanel').then((m) => ({ default: m.AnalysisPanel })));

export function App(props: { start: StartingPoint }) {
  const store = createScenarioStore(props.start.draft);
  const model = createModelClient({ paused: props.start.crashedInRun });
  onCleanup(model.dispose);
  // A computation, not an effect: it runs before the rest of the page's work on a new draft (the
  // grids' figures, the journals), so the worker starts on the draft while the page does that work.
  createComputed(() => model.run(store.draft()));
  const files = createFiles({ store, model, start: props.start });

  const [selectedPath, setSelectedPath] = createSignal<string | null>(null);
  const ranged = createMemo(() => rangedPaths(store.draft()), undefined, {
    equals: (a, b) => a.size === b.size && [...a].every((path) => b.has(path)),
  });
  const [outputTab, setOutputTab] = createSignal<'results' | 'uncertainty'>('results');
  const [analysisOpened, setAnalysisOpened] = createSignal(false);
  const [rangeShown, setRangeShown] = createSignal<{ index: number } | null>(null);
  const showRange = (index: number) => {
    setOutputTab('uncertainty');
    setRangeShown({ index });
  };
  createEffect(() => outputTab() === 'uncertainty' && setAnalysisOpened(true));
  const [boardOpen, setBoardOpen] = createSignal(false);
  const [helpOpen, setHelpOpen] = createSignal(false);
  // Opening on the sample (nothing kept from an earlier visit): say what it shows and what to try.
  const [welcoming, setWelcoming] = createSignal(props.start.restoredFrom === null && props.start.fileName === null);
  const endWelcome = () => {
    setWelcoming(false);
    if (files.storageNote()) files.readStorageNote();
  };
  const name = () => String(store.draft().meta?.name ?? 'Untitled scenario');
  const setInput = (path: string, value: unknown) => store.setValues([{ path: parsePath(path), value }]);

  let inputs: InputsPanelApi | undefined;
  const [inputsWide, setInputsWide] = createSignal(false);
  const problemsTitleId = createUniqueId();
  const problemCount = () => model.problems().length;
  const listedProblems = createMemo(() =>
    model
      .problems()
      .slice(0, PROBLEMS_LISTED)
      .map((problem) => ({ ...problem, place: problemPlace(store.draft(), problem.path) })),
  );

  return (
    <div class="app">
      <a class="skip-link" href="#results">
        Skip to the results
      </a>
      <header class="app-header">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">↑</span>
          <span class="brand-name">Upstream</span>
        </div>
        <div class="scenario-title">
          <h1 class="scenario-name" classList={{ 'scenario-name--long': name().length > LONG_NAME }} title={name()}>
            {name()}
          </h1>
          <FileStatus files={files} />
        </div>
        <nav class="app-actions" aria-label="Scenario">
          <FileMenus files={files} />
          <button type="button" onClick={store.undo} disabled={!store.canUndo()} aria-keyshortcuts="Control+Z">Undo</button>
          <button type="button" onClick={store.redo} disabled={!store.canRedo()} aria-keyshortcuts="Control+Y">Redo</button>
          <LibraryButton store={store} model={model} tracker={files.tracker} tell={files.messages.tell} warn={files.messages.warn} />
          <ImportButton store={store} model={model} tell={files.messages.tell} />
          <button type="button" aria-expanded={helpOpen()} onClick={() => setHelpOpen(!helpOpen())}>How the model works</button>
          <button type="button" class="primary" onClick={() => setBoardOpen(true)} disabled={!model.view()}>Board view</button>
        </nav>
      </header>
      <FilesNotices files={files} storageNoteElsewhere={welcoming()} />
      <PausedModel model={model} files={files} />
      <Show when={welcoming()}>
        <Welcome notes={String(props.start.draft.meta?.notes ?? '')} storageNote={files.storageNote()} onDismiss={endWelcome} />
      </Show>

      <Show when={model.notice()}>
        {(message) => (
          <div class="notice" role="alert">
            <span>{message()}</span>
            <button type="button" onClick={model.dismissNotice}>Dismiss</button>
          </div>
        )}
      </Show>
      <Show when={problemCount() > 0}>
        <section class="problems-banner" aria-labelledby={problemsTitleId}>
          <p id={problemsTitleId} class="problems-banner__title" role="status">
            <strong>
              {problemCount() === 1 ? '1 input needs fixing' : `${problemCount()} inputs need fixing`}. The results shown are from the last valid inputs.
            </strong>{' '}
            Choose a problem to go to it.
          </p>
          <ul>
            <For each={listedProblems()}>
              {(problem) => (
                <li>
                  <button type="button" class="problems-banner__link" title={`${problem.place}: ${problem.message}`} onClick={() => inputs?.goToProblem(problem.path)}>
                    <strong class="problems-banner__place">{problem.place}</strong>: {problem.message}
                  </button>
                </li>
              )}
            </For>
          </ul>
          <Show when={problemCount() > PROBLEMS_LISTED}>
            <p class="problems-banner__more">
              And {problemCount() - PROBLEMS_LISTED} more, listed on the input tabs marked with a number.
            </p>
          </Show>
        </section>
      </Show>
      <Show when={helpOpen()}>
        <HowItWorks />
      </Show>

      <main class="workspace" classList={{ 'workspace--inputs-wide': inputsWide() }}>
        <section class="inputs" aria-label="Inputs">
          <InputsPanel
            store={store}
            problems={model.problems}
            view={model.view}
            cellLinks={{ onSelectPath: setSelectedPath, rangedPaths: ranged }}
            showRange={showRange}
            ref={(panel) => (inputs = panel)}
            tools={
              <button
                type="button"
                class="inputs-width"
                aria-pressed={inputsWide()}
                title="Give the inputs the full width, with the results below them"
                onClick={() => setInputsWide(!inputsWide())}
              >
                Full width
              </button>
            }
          />
        </section>
        <section class="outputs" id="results" tabindex="-1" aria-label="Results">
          <HeadlineStrip view={model.view()} />
          <div class="output-tabs" role="tablist" aria-label="What to show">
            <button type="button" role="tab" aria-selected={outputTab() === 'results'} onClick={() => setOutputTab('results')}>
              Results
            </button>
            <button type="button" role="tab" aria-selected={outputTab() === 'uncertainty'} onClick={() => setOutputTab('uncertainty')}>
              Uncertainty and goal seek
            </button>
          </div>
          <div role="tabpanel" class="outputs__panel" hidden={outputTab() !== 'results'}>
            <ChartsPanel view={model.view()} />
          </div>
          {/* Mounted on first opening, then kept while hidden: its worker holds the last Monte Carlo run. */}
          <div role="tabpanel" class="outputs__panel outputs__panel--scrolls" hidden={outputTab() !== 'uncertainty'}>
            <Show when={analysisOpened()}>
              <AnalysisPanel store={store} view={model.view} selectedPath={selectedPath} rangeShown={rangeShown} />
            </Show>
          </div>
          <BoardPack view={model.view()} fileName={files.tracker.state().name} />
        </section>
      </main>

      <Show when={boardOpen()}>
        <BoardView view={model.view()} setInput={setInput} onClose={() => setBoardOpen(false)} />
      </Show>
    </div>
  );
}
