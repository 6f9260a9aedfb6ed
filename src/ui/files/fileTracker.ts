// Which file the scenario belongs to, and whether it has changed since it was
// opened or saved. Opening a file is one step of undo history, so the file
// goes with the draft: undoing an open brings back the file that was open
// before, and Save can never write one scenario over another's file.
import { createEffect, createSignal, on, type Accessor, type Setter } from 'solid-js';
import type { ScenarioDraft } from '../store/draft';

/** What last happened between the scenario and its file. */
export type FileEvent = 'opened' | 'saved' | 'downloaded' | 'sample' | 'restored';

export interface FileState {
  /** "county.upstream.json"; null while the scenario has no file. */
  name: string | null;
  /** Where Save writes back (File System Access API); null: Save asks where, or downloads. */
  handle: FileSystemFileHandle | null;
  /** The draft as it was opened or saved: any other draft has unsaved changes. */
  savedDraft: ScenarioDraft;
  event: FileEvent;
  /** When that happened, as an ISO 8601 timestamp. */
  at: string;
}

interface FileRef {
  state: Accessor<FileState>;
  setState: Setter<FileState>;
}

export interface FileTracker {
  state: () => FileState;
  hasUnsavedChanges: () => boolean;
  /** Call just before the store replaces the scenario with `next`, which came from (or now belongs to) another file. */
  switchTo: (next: ScenarioDraft, state: FileState) => void;
  /** The scenario was saved (to the same file or, after Save as, to a new one). */
  saved: (state: FileState) => void;
}

function fileRef(first: FileState): FileRef {
  const [state, setState] = createSignal(first);
  return { state, setState };
}

export function createFileTracker(draft: () => ScenarioDraft, first: FileState): FileTracker {
  const [current, setCurrent] = createSignal(fileRef(first));
  /** The drafts either side of each open, and the file each belongs to. */
  const fileOfDraft = new WeakMap<ScenarioDraft, FileRef>([[first.savedDraft, current()]]);
  createEffect(
    on(draft, (shown) => {
      const ref = fileOfDraft.get(shown);
      if (ref) setCurrent(() => ref);
    }),
  );

  return {
    state: () => current().state(),
    hasUnsavedChanges: () => draft() !== current().state().savedDraft,
    switchTo: (next, state) => {
      fileOfDraft.set(draft(), current());
      const ref = fileRef(state);
      fileOfDraft.set(next, ref);
      setCurrent(() => ref);
    },
    saved: (state) => current().setState(state),
  };
}
