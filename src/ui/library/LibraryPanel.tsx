// The scenario library: scenarios kept in this browser (src/files/library.ts)
// to save, start, open, duplicate, rename, delete (with Undo) and choose for
// comparing side by side. A scenario put on screen replaces the one there as
// one step of history, so Undo in the header brings the previous one back.
import { createSignal, For, onMount, Show } from 'solid-js';
import {
  deleteScenario,
  duplicateScenario,
  getScenario,
  listScenarios,
  putScenario,
  renameScenario,
  restoreScenario,
  type LibraryFailure,
  type LibrarySummary,
  type LibraryUndo,
} from '../../files/library';
import { problemLine, type Problem } from '../../model';
import type { Scenario } from '../../model';
import { CompareView, type CompareSource } from '../compare/CompareView';
import { ModalDialog } from '../dialog/ModalDialog';
import type { ModelClient } from '../model/modelClient';
import type { ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import { lastChangedText } from './lastChanged';
import { LibraryRow } from './LibraryRow';
import { NewScenarioForm } from './NewScenarioForm';
import { createToast, Toast } from './Toast';
import './library.css';

/** Where a scenario put on screen from the library comes from; it belongs to no file. */
export type LibraryOrigin = 'library' | 'blank' | 'sample';

export interface LibraryPanelProps {
  /** The scenario on screen, to save and compare. */
  store: ScenarioStore;
  model: ModelClient;
  /** Replaces the scenario on screen (one step of Undo) and says so with `news`. */
  putOnScreen: (draft: ScenarioDraft, origin: LibraryOrigin, news: string) => Promise<void>;
  onClose: () => void;
}

/** The key of the scenario on screen among the ones chosen to compare. */
const CURRENT = 'current';
const MAX_COMPARED = 4;
const NO_ANSWER = 'The model did not answer, so the scenario on screen could not be checked. Please try again.';

interface Failure {
  reason: string;
  problems: Problem[];
}

export function LibraryPanel(props: LibraryPanelProps) {
  let body!: HTMLDivElement;
  const [entries, setEntries] = createSignal<LibrarySummary[] | null>(null);
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const [saveProblems, setSaveProblems] = createSignal<Problem[]>([]);
  const [sameName, setSameName] = createSignal<{ scenario: Scenario; entry: LibrarySummary } | null>(null);
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [comparing, setComparing] = createSignal<CompareSource[] | null>(null);
  const toast = createToast();
  const currentName = () => String(props.store.draft().meta?.name ?? 'Untitled scenario');

  function fail(result: LibraryFailure): void {
    setFailure({ reason: result.reason, problems: result.kind === 'invalid' ? result.problems : [] });
  }
  const focusIn = (selector: string) => body.querySelector<HTMLElement>(selector)?.focus();
  const focusRow = (id: string, action: string) => focusIn(`[data-entry="${CSS.escape(id)}"] [data-action="${action}"]`);

  async function refresh(): Promise<void> {
    const listed = await listScenarios();
    if (!listed.ok) {
      setEntries([]);
      fail(listed);
      return;
    }
    setEntries(listed.value);
    setChosen((keys) => keys.filter((key) => key === CURRENT || listed.value.some((entry) => entry.id === key)));
  }
  onMount(refresh);

  /** The scenario on screen, checked whole in the model's worker; null (and the problems shown) if it is not valid. */
  async function checkedCurrent(): Promise<Scenario | null> {
    try {
      const outcome = await props.model.runOnce(props.store.draft());
      if (outcome.ok) return outcome.scenario;
      setSaveProblems(outcome.problems);
    } catch {
      setFailure({ reason: NO_ANSWER, problems: [] });
    }
    return null;
  }

  async function put(scenario: Scenario, replacing?: LibrarySummary): Promise<void> {
    const saved = await putScenario(scenario, replacing?.id);
    if (!saved.ok) return fail(saved);
    setSameName(null);
    await refresh();
    toast.show({ text: replacing ? `Replaced “${replacing.name}” in the library.` : `Saved “${scenario.meta.name}” in the library.` });
  }

  async function saveCurrent(): Promise<void> {
    setFailure(null);
    setSaveProblems([]);
    setSameName(null);
    const scenario = await checkedCurrent();
    if (!scenario) return;
    const existing = entries()?.find((entry) => entry.name === scenario.meta.name);
    if (existing) {
      setSameName({ scenario, entry: existing });
      focusIn('.library-same-name button');
    } else await put(scenario);
  }

  function replaceOnScreen(draft: ScenarioDraft, origin: LibraryOrigin, news: string): void {
    props.onClose();
    void props.putOnScreen(draft, origin, news);
  }

  async function open(entry: LibrarySummary): Promise<void> {
    setFailure(null);
    const got = await getScenario(entry.id);
    if (!got.ok) return fail(got);
    replaceOnScreen(got.value.scenario as ScenarioDraft, 'library', `Opened “${got.value.scenario.meta.name}” from the library.`);
  }

  async function duplicate(entry: LibrarySummary): Promise<void> {
    setFailure(null);
    const copy = await duplicateScenario(entry.id);
    if (!copy.ok) return fail(copy);
    await refresh();
    focusRow(entry.id, 'duplicate');
    toast.show({ text: `Made a copy called “${copy.value.scenario.meta.name}”.` });
  }

  async function rename(entry: LibrarySummary, name: string): Promise<string | null> {
    setFailure(null);
    const renamed = await renameScenario(entry.id, name.trim());
    if (!renamed.ok) {
      if (renamed.kind === 'invalid') return renamed.reason;
      fail(renamed);
      return null;
    }
    setRenaming(null);
    await refresh();
    focusRow(entry.id, 'rename');
    toast.show({ text: `Renamed to “${renamed.value.scenario.meta.name}”.` });
    return null;
  }

  async function undoDelete(undo: LibraryUndo): Promise<void> {
    const restored = await restoreScenario(undo);
    if (!restored.ok) return fail(restored);
    await refresh();
    focusRow(undo.entry.id, 'open');
    toast.show({ text: `“${undo.entry.scenario.meta.name}” is back in the library.` });
  }

  async function remove(entry: LibrarySummary): Promise<void> {
    setFailure(null);
    const deleted = await deleteScenario(entry.id);
    if (!deleted.ok) return fail(deleted);
    await refresh();
    toast.show({ text: `Deleted “${entry.name}”.`, action: { label: 'Undo', run: () => void undoDelete(deleted.value) } });
    // The row and its buttons are gone: Undo is the natural next place.
    focusIn('.toast__action');
  }

  function choose(key: string, on: boolean): void {
    setChosen((keys) => (on ? [...keys.filter((k) => k !== key), key] : keys.filter((k) => k !== key)));
  }

  async function compareChosen(): Promise<void> {
    setFailure(null);
    const sources: CompareSource[] = [];
    // In the order they were ticked: the first is the one the others are compared with.
    for (const key of chosen()) {
      if (key === CURRENT) {
        sources.push({ key, name: currentName(), note: 'On screen now', draft: props.store.draft() });
        continue;
      }
      const got = await getScenario(key);
      if (!got.ok) return fail(got);
      sources.push({ key, name: got.value.scenario.meta.name, note: `Library, last changed ${lastChangedText(got.value.updatedAt)}`, draft: got.value.scenario });
    }
    setComparing(sources);
  }

  const count = () => chosen().length;
  const compareHint = () =>
    count() < 2
      ? 'Tick two to four scenarios, the one on screen among them if you like, to compare them side by side.'
      : `${count()} scenarios chosen${count() === MAX_COMPARED ? ', the most that fit side by side' : ''}. The first one ticked is the one the others are compared with.`;

  return (
    <ModalDialog
      title="Scenario library"
      subtitle="Scenarios kept in this browser only. Save to a file to share one or keep it safe: a browser may clear its storage."
      size="medium"
      onClose={props.onClose}
    >
      <div ref={body} class="library">
        <section class="library__actions" aria-label="Save or start a scenario">
          <div class="library__save">
            <button type="button" class="primary" onClick={() => void saveCurrent()}>
              Save the scenario on screen to the library
            </button>
            <Show when={sameName()}>
              {(pending) => (
                <div class="library-same-name" role="group" aria-label="A scenario with this name is already saved">
                  <p>
                    “{pending().entry.name}” is already in the library (last changed {lastChangedText(pending().entry.updatedAt)}). Replace it with the
                    scenario on screen, or keep both?
                  </p>
                  <button type="button" onClick={() => void put(pending().scenario, pending().entry)}>
                    Replace it
                  </button>
                  <button type="button" onClick={() => void put(pending().scenario)}>
                    Keep both
                  </button>
                  <button type="button" onClick={() => setSameName(null)}>
                    Cancel
                  </button>
                </div>
              )}
            </Show>
            <Show when={saveProblems().length > 0}>
              <div class="library-problems" role="alert">
                <p>The scenario on screen cannot be saved until {saveProblems().length === 1 ? 'this is' : 'these are'} fixed:</p>
                <ul>
                  <For each={saveProblems()}>{(problem) => <li>{problemLine(problem)}</li>}</For>
                </ul>
              </div>
            </Show>
          </div>
          <NewScenarioForm onStart={replaceOnScreen} onFailure={(reason) => setFailure({ reason, problems: [] })} />
        </section>

        <Show when={failure()}>
          {(shown) => (
            <div class="library-problems library-problems--error" role="alert">
              <p>{shown().reason}</p>
              <Show when={shown().problems.length > 0}>
                <ul>
                  <For each={shown().problems}>{(problem) => <li>{problemLine(problem)}</li>}</For>
                </ul>
              </Show>
              <button type="button" onClick={() => setFailure(null)}>
                Dismiss
              </button>
            </div>
          )}
        </Show>
        <Toast message={toast.message()} onDismiss={toast.clear} />

        <table class="library-list">
          <caption>Saved scenarios</caption>
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col">Name and area</th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <tr class="library-row--current" classList={{ 'library-row--chosen': chosen().includes(CURRENT) }}>
              <td class="library-row__choose">
                <input
                  type="checkbox"
                  checked={chosen().includes(CURRENT)}
                  disabled={!chosen().includes(CURRENT) && count() >= MAX_COMPARED}
                  aria-label={`Compare the scenario on screen, “${currentName()}”`}
                  onChange={(event) => choose(CURRENT, event.currentTarget.checked)}
                />
              </td>
              <td class="library-row__name">
                <span class="library-row__title">{currentName()}</span>
                <span class="library-row__area">As it is now, with any changes not yet saved</span>
              </td>
              <td class="library-row__when">On screen</td>
              <td />
            </tr>
            <For each={entries() ?? []}>
              {(entry) => (
                <LibraryRow
                  entry={entry}
                  chosen={chosen().includes(entry.id)}
                  canChoose={count() < MAX_COMPARED}
                  renaming={renaming() === entry.id}
                  onChoose={(on) => choose(entry.id, on)}
                  onOpen={() => void open(entry)}
                  onDuplicate={() => void duplicate(entry)}
                  onStartRename={() => setRenaming(entry.id)}
                  onRename={(name) => rename(entry, name)}
                  onCancelRename={() => {
                    setRenaming(null);
                    focusRow(entry.id, 'rename');
                  }}
                  onDelete={() => void remove(entry)}
                />
              )}
            </For>
          </tbody>
        </table>
        <Show when={entries()?.length === 0 && !failure()}>
          <p class="library__empty">Nothing is saved in the library yet. Save the scenario on screen to keep a copy here.</p>
        </Show>

        <div class="library__compare">
          <p>{compareHint()}</p>
          <button type="button" class="primary" disabled={count() < 2} onClick={() => void compareChosen()}>
            Compare side by side
          </button>
        </div>
      </div>
      <Show when={comparing()}>
        {(sources) => <CompareView sources={sources()} run={props.model.runOnce} onClose={() => setComparing(null)} />}
      </Show>
    </ModalDialog>
  );
}
