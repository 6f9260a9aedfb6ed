// Keeps every change in this browser's storage (IndexedDB, through
// AutosaveStore): the first change after a pause at once, later ones
// together at most every 300 ms, and whatever is waiting when the tab is
// hidden or left (a write begun as the page unloads may not finish, so
// waiting is kept short). A failure is shown, never swallowed, and
// the app keeps working. When another tab has saved a newer copy this tab
// stops saving until the user chooses: open that copy here, or keep this one.
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { AutosaveStore, DraftRecord } from '../../files/autosaveStore';
import type { ScenarioDraft } from '../store/draft';

/** The least time between two writes, so a burst of edits is one write. */
const MIN_GAP_MS = 300;

export type AutosaveState =
  | { kind: 'kept' }
  | { kind: 'pending' }
  /** Storage is full or failing; the next change tries again. */
  | { kind: 'failed'; reason: string }
  /** Another tab saved a newer copy at `savedAt`; nothing is saved until the user chooses. */
  | { kind: 'conflict'; savedAt: string }
  /** The stored copy could not be read at start-up, so this visit never writes over it. */
  | { kind: 'off'; reason: string };

export interface Autosave {
  state: () => AutosaveState;
  /** Opens the other tab's newer copy here (the store's undo brings this tab's back). */
  openTheirs: () => Promise<void>;
  /** Saves this tab's scenario over the other tab's copy. */
  keepMine: () => Promise<void>;
}

export interface AutosaveOptions {
  store: AutosaveStore;
  draft: () => ScenarioDraft;
  fileName: () => string | null;
  /** Why autosave must stay off for this visit; null when storage opened. */
  offBecause: string | null;
  /** Puts the other tab's copy on screen. */
  open: (record: DraftRecord) => void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const { store } = options;
  const [state, setState] = createSignal<AutosaveState>(options.offBecause ? { kind: 'off', reason: options.offBecause } : { kind: 'kept' });
  /**
   * What need not be written: the scenario as the tab opened (restored from
   * storage, or a sample) and then whatever this tab last saved.
   */
  let kept = { draft: options.draft(), fileName: options.fileName() };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = false;
  let lastWrite = 0;
  const blocked = () => ['conflict', 'off'].includes(state().kind);
  const upToDate = () => kept.draft === options.draft() && kept.fileName === options.fileName();

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), Math.max(0, lastWrite + MIN_GAP_MS - Date.now()));
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (saving || blocked() || upToDate()) return;
    const wanted = { draft: options.draft(), fileName: options.fileName() };
    saving = true;
    lastWrite = Date.now();
    const result = await store.saveDraft(wanted);
    saving = false;
    if (result.ok) {
      kept = wanted;
      setState({ kind: upToDate() ? 'kept' : 'pending' });
      if (!upToDate()) schedule();
    } else if (result.kind === 'conflict') setState({ kind: 'conflict', savedAt: result.theirs.savedAt });
    else setState({ kind: 'failed', reason: result.reason });
  }

  createEffect(
    on([options.draft, options.fileName], () => {
      if (blocked() || upToDate()) return;
      if (state().kind === 'kept') setState({ kind: 'pending' });
      schedule();
    }),
  );

  const onHidden = () => document.visibilityState === 'hidden' && void flush();
  const onPageHide = () => void flush();
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);
  const stopListening = store.onOtherTabSaved((notice) => {
    if (state().kind !== 'off') setState({ kind: 'conflict', savedAt: notice.savedAt });
  });
  onCleanup(() => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
    stopListening();
  });

  return {
    state,
    openTheirs: async () => {
      const loaded = await store.loadDraft();
      if (!loaded.ok) {
        setState({ kind: 'failed', reason: loaded.reason });
        return;
      }
      if (loaded.value) {
        const theirs = loaded.value;
        kept = { draft: theirs.draft as ScenarioDraft, fileName: theirs.fileName };
        options.open(theirs);
      }
      setState({ kind: upToDate() ? 'kept' : 'pending' });
      if (!upToDate()) schedule();
    },
    keepMine: async () => {
      const wanted = { draft: options.draft(), fileName: options.fileName() };
      const result = await store.saveDraft(wanted, { overwrite: true });
      if (!result.ok) {
        setState(result.kind === 'conflict' ? { kind: 'conflict', savedAt: result.theirs.savedAt } : { kind: 'failed', reason: result.reason });
        return;
      }
      kept = wanted;
      setState({ kind: 'kept' });
      if (!upToDate()) schedule();
    },
  };
}
