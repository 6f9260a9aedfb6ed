// The automatic copy of the scenario being edited, kept in IndexedDB so a
// closed tab or a crash loses nothing. Every save carries a revision and the
// saving tab's id; an older tab can never silently overwrite a newer copy
// (ENGINEERING.md): the check and the write happen in one transaction.
import { DRAFTS_STORE, inTransaction, randomId, type StorageFailure, type StorageResult } from './browserDatabase';
import { latestDraft, newestJournal, readJournal, writeJournal, type JournalEntry, type LatestDraft } from './draftJournal';
import { readJournalFiles, removeJournalFiles } from './journalFiles';

const DRAFT_KEY = 'current';
const CHANNEL_NAME = 'upstream-autosave';

export interface DraftRecord {
  /** The scenario as the user has it, perhaps with half-typed invalid values: plain JSON, stored as it is. */
  draft: unknown;
  /** The file it was opened from or last saved to, if any. */
  fileName: string | null;
  /** When it was saved, as an ISO 8601 timestamp. */
  savedAt: string;
  /** Goes up by one with every save, from any tab. */
  revision: number;
  /** The tab that saved it. */
  tabId: string;
}

export type SaveDraftResult =
  | { ok: true; revision: number; savedAt: string }
  | { ok: false; kind: 'conflict'; reason: string; theirs: DraftRecord }
  | StorageFailure;

/** What other tabs hear after a save. */
export interface DraftSavedNotice {
  revision: number;
  tabId: string;
  savedAt: string;
}

/** "at 14:32" today, "on 3 March 2026 at 14:32" another day. */
export function whenSaved(savedAt: string, now = new Date()): string {
  const when = new Date(savedAt);
  const time = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (when.toDateString() === now.toDateString()) return `at ${time}`;
  return `on ${when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} at ${time}`;
}

/** The tab's journal file, written by a worker (journalFileWriter.ts). */
export interface JournalFileChannel {
  write(text: string): void;
  /** IndexedDB holds the change: nothing is waiting. */
  clear(): void;
}

/** What start-up found: the copy to open, and work other tabs left in journal files that is not that copy. */
export interface LatestFound {
  latest: LatestDraft | null;
  failure: StorageFailure | null;
  /** Unstored work of other tabs that closed or crashed, to be kept in the library. */
  leftOver: JournalEntry[];
}

/** One tab's view of the automatic copy: the tab's id and the last revision it has seen. */
export class AutosaveStore {
  readonly tabId: string;
  private knownRevision = 0;
  private readonly channel: BroadcastChannel | null;
  private readonly journalFile: JournalFileChannel | null;
  /** Other tabs' journal files read at start-up, removed once this tab's first save holds what they held. */
  private filesDealtWith: string[] = [];

  constructor(tabId: string = randomId(), journalFile: JournalFileChannel | null = null) {
    this.tabId = tabId;
    this.journalFile = journalFile;
    // Browsers without BroadcastChannel still get the conflict check; they just hear about it at the next save.
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  }

  /** The automatic copy (null if there is none). This tab then works on top of it. */
  async loadDraft(): Promise<StorageResult<DraftRecord | null>> {
    const loaded = await inTransaction<DraftRecord | null>(DRAFTS_STORE, 'readonly', 'open the automatic copy of your scenario', (steps) => {
      steps.read(steps.store.get(DRAFT_KEY), (stored: DraftRecord | undefined) => steps.answer(stored ?? null));
    });
    if (loaded.ok && loaded.value) this.knownRevision = loaded.value.revision;
    return loaded;
  }

  /**
   * The copy to open: the newest of the IndexedDB copy, the localStorage
   * journal and the journal files (draftJournal.ts, journalFiles.ts). When
   * IndexedDB cannot be read the journals are still offered, with the
   * failure, so the latest work opens either way.
   */
  async loadLatest(): Promise<LatestFound> {
    const [loaded, files] = await Promise.all([this.loadDraft(), readJournalFiles()]);
    const entries = files.flatMap((file) => (file.entry ? [file.entry] : []));
    const journal = newestJournal([readJournal(), ...entries]);
    const stored = loaded.ok ? loaded.value : null;
    const latest = latestDraft(stored, journal);
    this.filesDealtWith = files.map((file) => file.name);
    const opened = JSON.stringify(latest?.record.draft);
    const leftOver = entries.filter((entry) => entry !== journal && latestDraft(stored, entry)?.unstored && JSON.stringify(entry.draft) !== opened);
    return { latest, failure: loaded.ok ? null : loaded, leftOver };
  }

  /** Writes the change to both journals at once, on top of the revision this tab has seen; false when localStorage refused. */
  journal(input: { draft: unknown; fileName: string | null }): boolean {
    const text = JSON.stringify({ ...input, savedAt: new Date().toISOString(), onRevision: this.knownRevision, tabId: this.tabId } satisfies JournalEntry);
    this.journalFile?.write(text);
    return writeJournal(text);
  }

  /** IndexedDB holds the draft on screen: this tab's journal file empties, and other tabs' files read at start-up go. */
  stored(): void {
    this.journalFile?.clear();
    if (this.filesDealtWith.length === 0) return;
    void removeJournalFiles(this.filesDealtWith);
    this.filesDealtWith = [];
  }

  /**
   * Saves the draft unless another tab has saved since this tab last loaded
   * or saved: then it answers 'conflict' with their copy, and saves only
   * when asked again with `overwrite` (the user chose to keep this tab's version).
   */
  async saveDraft(input: { draft: unknown; fileName: string | null }, options: { overwrite?: boolean } = {}): Promise<SaveDraftResult> {
    const savedAt = new Date().toISOString();
    const known = this.knownRevision;
    type Outcome = { saved: DraftRecord } | { theirs: DraftRecord };
    const done = await inTransaction<Outcome>(DRAFTS_STORE, 'readwrite', 'keep an automatic copy of your scenario', (steps) => {
      steps.read(steps.store.get(DRAFT_KEY), (stored: DraftRecord | undefined) => {
        if (stored && stored.tabId !== this.tabId && stored.revision > known && !options.overwrite) {
          steps.answer({ theirs: stored });
          return;
        }
        const record: DraftRecord = { ...input, savedAt, revision: Math.max(stored?.revision ?? 0, known) + 1, tabId: this.tabId };
        steps.store.put(record, DRAFT_KEY);
        steps.answer({ saved: record });
      });
    });
    if (!done.ok) return done;
    if ('theirs' in done.value) {
      const { theirs } = done.value;
      return {
        ok: false,
        kind: 'conflict',
        reason: `This scenario was changed in another tab ${whenSaved(theirs.savedAt)}. Open that version here, or keep this one to replace it.`,
        theirs,
      };
    }
    const { revision } = done.value.saved;
    this.knownRevision = revision;
    const notice: DraftSavedNotice = { revision, tabId: this.tabId, savedAt };
    this.channel?.postMessage(notice);
    return { ok: true, revision, savedAt };
  }

  /** Calls `listener` when another tab saves; returns a function that stops listening. */
  onOtherTabSaved(listener: (notice: DraftSavedNotice) => void): () => void {
    const channel = this.channel;
    if (!channel) return () => undefined;
    const handle = (event: MessageEvent<DraftSavedNotice>) => {
      if (event.data.tabId !== this.tabId) listener(event.data);
    };
    channel.addEventListener('message', handle);
    return () => channel.removeEventListener('message', handle);
  }

  close(): void {
    this.channel?.close();
  }
}

export interface PersistenceAnswer {
  persisted: boolean;
  message: string;
}

const MAY_BE_CLEARED =
  "The browser may clear Upstream's saved copies when disk space runs low (Safari does after 7 days unused). Keep your scenario files: they are the lasting copy.";

/** Asks the browser not to clear Upstream's storage, and says what it answered. */
export async function requestPersistentStorage(): Promise<PersistenceAnswer> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return { persisted: false, message: MAY_BE_CLEARED };
  try {
    const persisted = (await storage.persisted()) || (await storage.persist());
    return persisted
      ? { persisted, message: "The browser will keep Upstream's saved copies until you clear them yourself. Scenario files are still the copy to share and back up." }
      : { persisted, message: MAY_BE_CLEARED };
  } catch (error) {
    return { persisted: false, message: `${MAY_BE_CLEARED} (The browser would not say: ${error instanceof Error ? error.message : String(error)}.)` };
  }
}
