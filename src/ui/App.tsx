// The app shell: inputs on the left, what they mean on the right, the model
// in a worker, the board view on demand.
import { createEffect, createMemo, createSignal, For, lazy, onCleanup, Show } from 'solid-js';
import { problemLine } from '../model/problems';
import { rangedPaths } from './analysis/rangedPaths';
import { BoardView } from './board';
import { ChartsPanel } from './charts';
import { BoardPack, createFiles, FileMenus, FilesNotices, FileStatus, type StartingPoint } from './files';
import { InputsPanel } from './grids';
import { HeadlineStrip } from './headline';
import { HowItWorks } from './howItWorks';
import { ImportButton } from './import';
import { LibraryButton } from './library';
import { createModelClient } from './model/modelClient';
import { parsePath } from './store/draft';
import { createScenarioStore } from './store/scenarioStore';
import './app.css';

// Loaded when first opened: it is not needed to see the results.
const AnalysisPanel = lazy(() => import('./analysis/AnalysisPanel').then((m) => ({ default: m.AnalysisPanel })));

export function App(props: { start: StartingPoint }) {
  const store = createScenarioStore(props.start.draft);
  const model = createModelClient();
  onCleanup(model.dispose);
  const files = createFiles({ store, model, start: props.start });
  createEffect(() => model.run(store.draft()));

  const [selectedPath, setSelectedPath] = createSignal<string | null>(null);
  const ranged = createMemo(() => rangedPaths(store.draft()), undefined, {
    equals: (a, b) => a.size === b.size && [...a].every((path) => b.has(path)),
  });
  const [outputTab, setOutputTab] = createSignal<'results' | 'uncertainty'>('results');
  const [analysisOpened, setAnalysisOpened] = createSignal(false);
  createEffect(() => outputTab() === 'uncertainty' && setAnalysisOpened(true));
  const [boardOpen, setBoardOpen] = createSignal(false);
  const [helpOpen, setHelpOpen] = createSignal(false);
  const name = () => String(store.draft().meta?.name ?? 'Untitled scenario');
  const setNumber = (path: string, value: number) => store.setValues([{ path: parsePath(path), value }]);

  return (
    <div class="app">
      <header class="app-header">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">↑</span>
          <span class="brand-name">Upstream</span>
        </div>
        <div class="scenario-title">
          <h1 class="scenario-name">{name()}</h1>
          <FileStatus files={files} />
        </div>
        <nav class="app-actions" aria-label="Scenario">
          <FileMenus files={files} />
          <button type="button" onClick={store.undo} disabled={!store.canUndo()} aria-keyshortcuts="Control+Z">Undo</button>
          <button type="button" onClick={store.redo} disabled={!store.canRedo()} aria-keyshortcuts="Control+Y">Redo</button>
          <LibraryButton store={store} model={model} tracker={files.tracker} tell={files.messages.tell} />
          <ImportButton store={store} model={model} tell={files.messages.tell} />
          <button type="button" aria-expanded={helpOpen()} onClick={() => setHelpOpen(!helpOpen())}>How the model works</button>
          <button type="button" class="primary" onClick={() => setBoardOpen(true)} disabled={!model.view()}>Board view</button>
        </nav>
      </header>
      <FilesNotices files={files} />

      <Show when={model.notice()}>
        {(message) => (
          <div class="notice" role="alert">
            <span>{message()}</span>
            <button type="button" onClick={model.dismissNotice}>Dismiss</button>
          </div>
        )}
      </Show>
      <Show when={model.problems().length > 0}>
        <section class="problems-banner" role="status" aria-live="polite">
          <strong>
            {model.problems().length === 1 ? '1 input needs fixing' : `${model.problems().length} inputs need fixing`}. The results shown are from the last
            valid inputs.
          </strong>
          <ul>
            <For each={model.problems().slice(0, 5)}>{(problem) => <li>{problemLine(problem)}</li>}</For>
          </ul>
        </section>
      </Show>
      <Show when={helpOpen()}>
        <HowItWorks />
      </Show>

      <main class="workspace">
        <section class="inputs" aria-label="Inputs">
          <InputsPanel store={store} problems={model.problems} cellLinks={{ onSelectPath: setSelectedPath, rangedPaths: ranged }} />
        </section>
        <section class="outputs" aria-label="Results">
          <HeadlineStrip view={model.view()} />
          <div class="output-tabs" role="tablist" aria-label="What to show">
            <button type="button" role="tab" aria-selected={outputTab() === 'results'} onClick={() => setOutputTab('results')}>
              Results
            </button>
            <button type="button" role="tab" aria-selected={outputTab() === 'uncertainty'} onClick={() => setOutputTab('uncertainty')}>
              Uncertainty and goal seek
            </button>
          </div>
          <div role="tabpanel" hidden={outputTab() !== 'results'}>
            <ChartsPanel view={model.view()} />
          </div>
          {/* Mounted on first opening, then kept while hidden: its worker holds the last Monte Carlo run. */}
          <div role="tabpanel" hidden={outputTab() !== 'uncertainty'}>
            <Show when={analysisOpened()}>
              <AnalysisPanel store={store} view={model.view} selectedPath={selectedPath} />
            </Show>
          </div>
          <BoardPack view={model.view()} fileName={files.tracker.state().name} />
        </section>
      </main>

      <Show when={boardOpen()}>
        <BoardView view={model.view()} setNumber={setNumber} onClose={() => setBoardOpen(false)} />
      </Show>
    </div>
  );
}
