// Keeps every change in this browser: at once in the journals (localStorage,
// written before the next frame, draftJournal.ts, and the tab's journal file,
// journalFiles.ts) and then in IndexedDB through AutosaveStore, one write at a time, the latest draft
// next. While IndexedDB does not hold the draft on screen, leaving the page
// asks first. A failure is shown, never swallowed, and the app keeps
// working. When another tab has saved a newer copy this tab stops saving
// until the user chooses: open that copy here, or keep this one.
import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { AutosaveStore, DraftRecord } from '../../files/autosaveStore';
import type { ScenarioDraft } from '../store/draft';

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
  /** The draft on screen came from the journal and IndexedDB does not hold it yet. */
  unstored: boolean;
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
  let kept: { draft: ScenarioDraft; fileName: string | null } | null = options.unstored ? null : { draft: options.draft(), fileName: options.fileName() };
  const blocked = () => ['conflict', 'off'].includes(state().kind);
  const upToDate = () => kept !== null && kept.draft === options.draft() && kept.fileName === options.fileName();
  const onScreen = () => ({ draft: options.draft(), fileName: options.fileName() });

  /**
   * Writes the draft on screen to IndexedDB at once, without waiting for a
   * write under way: IndexedDB commits one tab's writes in the order they
   * began, so the newest always lands last, and a browser killed one frame
   * after an edit finds it stored (a write queued behind another was lost).
   */
  async function flush(): Promise<void> {
    if (blocked() || upToDate()) return;
    const wanted = onScreen();
    const result = await store.saveDraft(wanted);
    if (result.ok) {
      // An older write finishing after a newer one began must not mark the newer one kept.
      if (wanted.draft === options.draft() && wanted.fileName === options.fileName()) kept = wanted;
      if (upToDate()) store.stored();
      setState({ kind: upToDate() ? 'kept' : 'pending' });
    } else if (result.kind === 'conflict') setState({ kind: 'conflict', savedAt: result.theirs.savedAt });
    else setState({ kind: 'failed', reason: result.reason });
  }

  createEffect(
    on([options.draft, options.fileName], () => {
      if (blocked() || upToDate()) return;
      store.journal(onScreen());
      if (state().kind === 'kept') setState({ kind: 'pending' });
      void flush();
    }),
  );

  /** The browser's leave-page question, while IndexedDB does not hold the draft on screen. */
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!upToDate()) event.preventDefault();
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  const stopListening = store.onOtherTabSaved((notice) => {
    if (state().kind !== 'off') setState({ kind: 'conflict', savedAt: notice.savedAt });
  });
  onCleanup(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
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
      void flush();
    },
    keepMine: async () => {
      const wanted = onScreen();
      const result = await store.saveDraft(wanted, { overwrite: true });
      if (!result.ok) {
        setState(result.kind === 'conflict' ? { kind: 'conflict', savedAt: result.theirs.savedAt } : { kind: 'failed', reason: result.reason });
        return;
      }
      kept = wanted;
      setState({ kind: 'kept' });
      void flush();
    },
  };
}
