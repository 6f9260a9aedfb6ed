// The header's Library button. A scenario the library puts on screen (opened,
// blank or a sample) belongs to no file, so the file tracker is told first:
// Save must never write it over the file that was open before.
import { createSignal, lazy, Show } from 'solid-js';
import type { FileTracker } from '../files/fileTracker';
import { keepBeforeOpening } from '../files/unsavedWork';
import type { ModelClient } from '../model/modelClient';
import type { ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import type { LibraryOrigin } from './LibraryPanel';

// Loaded when first opened, with the checks it runs on stored scenarios.
const LibraryPanel = lazy(() => import('./LibraryPanel').then((m) => ({ default: m.LibraryPanel })));

export interface LibraryButtonProps {
  store: ScenarioStore;
  model: ModelClient;
  tracker: FileTracker;
  /** Shows news under the header (the files' messages). */
  tell: (text: string) => void;
  /** Shows a failure under the header. */
  warn: (text: string) => void;
}

/** What is opening, for the note on work kept in the library ("kept before opening …"). */
function openingOf(draft: ScenarioDraft, origin: LibraryOrigin): string {
  const name = String(draft.meta?.name ?? 'Untitled scenario');
  if (origin === 'blank') return 'a new scenario';
  return origin === 'sample' ? `the sample “${name}”` : `“${name}” from the library`;
}

export function LibraryButton(props: LibraryButtonProps) {
  const [open, setOpen] = createSignal(false);
  const putOnScreen = async (draft: ScenarioDraft, origin: LibraryOrigin, news: string) => {
    const kept = await keepBeforeOpening(props.tracker, props.store.draft(), openingOf(draft, origin));
    if (!kept.ok) {
      props.warn(kept.reason);
      return;
    }
    props.tracker.switchTo(draft, { name: null, handle: null, savedDraft: draft, event: origin === 'sample' ? 'sample' : 'opened', at: new Date().toISOString() });
    props.store.replace(draft);
    props.tell(`${news}${kept.news} Undo brings back the scenario you had before.`);
  };
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Library
      </button>
      <Show when={open()}>
        <LibraryPanel store={props.store} model={props.model} putOnScreen={putOnScreen} onClose={() => setOpen(false)} />
      </Show>
    </>
  );
}
