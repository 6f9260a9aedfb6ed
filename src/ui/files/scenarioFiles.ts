// Open, Save, Save as and samples for the scenario on screen (MODEL.md §9).
// Files are read in the model worker. A file with problems changes nothing
// and every problem is listed; a good one replaces the scenario as one step
// of undo. Save writes only what Upstream itself would open again: the draft
// is read back through the same reader first.
import { createSignal } from 'solid-js';
import type { Problem } from '../../model';
import type { ReadResult } from '../../model';
import type { ModelClient } from '../model/modelClient';
import type { ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
import type { FileState, FileTracker } from './fileTracker';
import type { Messages } from './messages';
import type { Sample } from './samples';
import { keepBeforeOpening } from './unsavedWork';

/** The pickers, the download and the reader load on first use: the reader brings zod, which start-up does without. */
const fileIO = () => import('../../files/scenarioFileIO');

/** Chromium's open picker gives a handle Save can write back to; elsewhere a file input does the job. */
/** A file's JSON, to name the places of its problems; undefined when it is not JSON at all. */
async function contentOf(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch {
    return undefined;
  }
}

const hasOpenPicker = () => typeof (window as { showOpenFilePicker?: unknown }).showOpenFilePicker === 'function';

export type FilesDialog =
  /** `content`: the scenario the problems are in, as far as it reads, to name their places. */
  | { kind: 'cannotOpen'; fileName: string; problems: Problem[]; content: unknown }
  | { kind: 'cannotSave'; problems: Problem[]; content: unknown }
  | { kind: 'samples' };

export interface ScenarioFiles {
  /** Asks for a file (picker or file input) and opens it. */
  open: () => void;
  /** Opens a chosen or dropped file; the handle lets Save write back to it. */
  openFile: (file: File, handle: FileSystemFileHandle | null) => Promise<void>;
  /** Resolves true once the sample is on screen; false if the work on screen could not be kept first. */
  openSample: (sample: Sample) => Promise<boolean>;
  save: () => Promise<void>;
  saveAs: () => Promise<void>;
  dialog: () => FilesDialog | null;
  showSamples: () => void;
  closeDialog: () => void;
  /** The <input type="file"> used where there is no open picker. */
  setFileInput: (input: HTMLInputElement) => void;
}

export interface ScenarioFilesOptions {
  store: ScenarioStore;
  model: Pick<ModelClient, 'readFile'>;
  tracker: FileTracker;
  messages: Messages;
}

const now = () => new Date().toISOString();
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createScenarioFiles({ store, model, tracker, messages }: ScenarioFilesOptions): ScenarioFiles {
  const [dialog, setDialog] = createSignal<FilesDialog | null>(null);
  let fileInput: HTMLInputElement | undefined;
  let saving = false;

  /** The worker's reader; a worker that fails gives a problem, not a throw. */
  async function readInWorker(bytes: Uint8Array): Promise<ReadResult> {
    try {
      return await model.readFile(bytes);
    } catch (error) {
      return { ok: false, problems: [{ path: '', message: `Upstream's model could not read it (${describe(error)}). Try again.` }] };
    }
  }

  /** Puts `draft` on screen, the work it replaces kept in the library first if it has unsaved changes; false if that failed. */
  async function replaceWith(draft: ScenarioDraft, state: FileState, opening: string, news: string): Promise<boolean> {
    const kept = await keepBeforeOpening(tracker, store.draft(), opening);
    if (!kept.ok) {
      messages.warn(kept.reason);
      return false;
    }
    tracker.switchTo(draft, state);
    store.replace(draft);
    messages.tell(`${news}${kept.news} Undo brings back the scenario you had before.`);
    return true;
  }

  async function openFile(file: File, handle: FileSystemFileHandle | null): Promise<void> {
    const read = await (await fileIO()).openScenarioFile(file, readInWorker);
    if (!read.ok) {
      setDialog({ kind: 'cannotOpen', fileName: file.name, problems: read.problems, content: await contentOf(file) });
      return;
    }
    const older = read.migratedFrom === null ? '' : ` It was saved by an older Upstream (file version ${read.migratedFrom}) and has been brought up to date; saving it writes the current version.`;
    const draft = read.scenario as ScenarioDraft;
    await replaceWith(draft, { name: file.name, handle, savedDraft: draft, event: 'opened', at: now() }, file.name, `Opened ${file.name}.${older}`);
  }

  async function open(): Promise<void> {
    // The file input must be clicked while the user's click or key press still counts, so before any await.
    if (!hasOpenPicker()) {
      fileInput?.click();
      return;
    }
    const chosen = await (await fileIO()).chooseScenarioFile();
    if (chosen.outcome === 'chosen') await openFile(chosen.file, chosen.handle);
    else if (chosen.outcome === 'failed') messages.warn(chosen.reason);
    else if (chosen.outcome === 'unsupported') fileInput?.click();
  }

  async function save(asNew: boolean): Promise<void> {
    if (saving) return;
    saving = true;
    try {
      const draft = store.draft();
      const checked = await readInWorker(new TextEncoder().encode(JSON.stringify(draft)));
      if (!checked.ok) {
        setDialog({ kind: 'cannotSave', problems: checked.problems, content: draft });
        return;
      }
      const current = tracker.state();
      const result = await (await fileIO()).saveScenarioFile(checked.scenario, asNew ? null : current.handle);
      if (result.outcome === 'saved') {
        tracker.saved({ name: result.fileName, handle: result.handle, savedDraft: draft, event: 'saved', at: now() });
        messages.tell(`Saved ${result.fileName}.`);
      } else if (result.outcome === 'downloaded') {
        tracker.saved({ name: result.fileName, handle: null, savedDraft: draft, event: 'downloaded', at: now() });
        messages.tell(`Saved ${result.fileName} to your downloads: this browser cannot write straight back to a file.`);
      } else if (result.outcome === 'failed') messages.warn(result.reason);
    } finally {
      saving = false;
    }
  }

  return {
    open: () => void open(),
    openFile,
    openSample: (sample) =>
      replaceWith(
        sample.draft,
        { name: null, handle: null, savedDraft: sample.draft, event: 'sample', at: now() },
        `the sample “${sample.name}”`,
        `Opened the sample “${sample.name}”.`,
      ),
    save: () => save(false),
    saveAs: () => save(true),
    dialog,
    showSamples: () => setDialog({ kind: 'samples' }),
    closeDialog: () => setDialog(null),
    setFileInput: (input) => {
      fileInput = input;
    },
  };
}
