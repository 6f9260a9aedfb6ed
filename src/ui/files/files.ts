// Everything about files and storage the app shell needs, wired together:
// which file the scenario belongs to, open and save, the automatic copy in
// this browser, exports, keyboard shortcuts and the note that files are the
// lasting copy.
import { createSignal, onCleanup } from 'solid-js';
import { requestPersistentStorage } from '../../files/autosaveStore';
import type { ModelClient } from '../model/modelClient';
import type { ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import { createAutosave } from './autosave';
import { downloadExport, exportUnavailable, type ExportKind } from './exports';
import { createFileTracker } from './fileTracker';
import { createMessages } from './messages';
import { createScenarioFiles } from './scenarioFiles';
import { fileCommandOf } from './shortcuts';
import type { StartingPoint } from './startup';

/** Remembers that the user has read the note about storage, so it is shown (and persistence asked for) once. */
const NOTE_READ_KEY = 'upstream.storageNoteRead';

function noteRead(): boolean {
  try {
    return localStorage.getItem(NOTE_READ_KEY) === 'yes';
  } catch {
    return false;
  }
}

export interface FilesOptions {
  store: ScenarioStore;
  model: ModelClient;
  start: StartingPoint;
}

export function createFiles({ store, model, start }: FilesOptions) {
  const messages = createMessages();
  const tracker = createFileTracker(store.draft, {
    name: start.fileName,
    handle: null,
    savedDraft: start.draft,
    event: start.restoredFrom ? 'restored' : 'sample',
    at: start.restoredFrom ?? new Date().toISOString(),
  });
  const autosave = createAutosave({
    store: start.autosave,
    draft: store.draft,
    fileName: () => tracker.state().name,
    offBecause: start.storageProblem,
    unstored: start.unstored,
    open: (record) => {
      const draft = record.draft as ScenarioDraft;
      tracker.switchTo(draft, { name: record.fileName, handle: null, savedDraft: draft, event: 'restored', at: record.savedAt });
      store.replace(draft);
      messages.tell("Opened the other tab's version. Undo brings back the one this tab had.");
    },
  });
  const scenarioFiles = createScenarioFiles({ store, model, tracker, messages });
  if (start.news) messages.tell(start.news);

  const onKeyDown = (event: KeyboardEvent) => {
    const command = fileCommandOf(event);
    if (!command) return;
    // Always, so the browser never offers to save the web page itself.
    event.preventDefault();
    if (document.querySelector('dialog[open]')) return;
    if (command === 'open') scenarioFiles.open();
    else void (command === 'save' ? scenarioFiles.save() : scenarioFiles.saveAs());
  };
  // Capture: the grids handle their own keys and must not keep these from the app.
  window.addEventListener('keydown', onKeyDown, true);
  onCleanup(() => window.removeEventListener('keydown', onKeyDown, true));

  const [storageNote, setStorageNote] = createSignal<string | null>(null);
  if (!noteRead()) void requestPersistentStorage().then((answer) => setStorageNote(answer.message));

  return {
    tracker,
    autosave,
    messages,
    scenarioFiles,
    storageNote,
    readStorageNote: () => {
      setStorageNote(null);
      try {
        localStorage.setItem(NOTE_READ_KEY, 'yes');
      } catch {
        // Without localStorage the note simply comes back next visit.
      }
    },
    exportUnavailable: () => exportUnavailable(model.view()),
    exportAs: async (kind: ExportKind) => {
      const view = model.view();
      if (!view || exportUnavailable(view)) return;
      if (kind === 'xlsx') messages.tell('Preparing the Excel workbook…');
      messages.show(await downloadExport(kind, view));
    },
  };
}

export type Files = ReturnType<typeof createFiles>;
