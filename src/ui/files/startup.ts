// What the app opens with: the automatic copy from this browser's storage
// (the newer of the journal and the IndexedDB copy), exactly as it was left
// (half-typed values and all), or else the first sample (or the one the
// address names). Storage that cannot be read turns autosave off for the
// visit, so a copy the user has not seen is never written over.
import { wrap } from 'comlink';
import type { JournalWorkerApi } from '../../../workers/journal.worker';
import { AutosaveStore, whenSaved, type JournalFileChannel, type LatestFound } from '../../files/autosaveStore';
import { randomId } from '../../files/browserDatabase';
import { latestDraft, readJournal, type JournalEntry } from '../../files/draftJournal';
import { keepUnsavedWork } from '../../files/libraryEntries';
import type { ScenarioDraft } from '../store/draft';
import { lastVisitCrashedInRun } from '../model/runMarker';
import { loadSample, startingSampleKey } from './samples';

/** IndexedDB answers in milliseconds; past this it is stuck, and the app must still start. */
const STORAGE_WAIT_MS = 5000;

export interface StartingPoint {
  draft: ScenarioDraft;
  autosave: AutosaveStore;
  /** The file the restored copy belonged to; null for a sample or a copy that had no file. */
  fileName: string | null;
  /** When the restored copy was saved (ISO 8601); null when the app starts from a sample. */
  restoredFrom: string | null;
  /** Why autosave is off for this visit; null when storage works. */
  storageProblem: string | null;
  /** The draft came from the journal: IndexedDB does not hold it yet. */
  unstored: boolean;
  /** News for the user about work kept in the library at start-up; null when there is none. */
  news: string | null;
  /** The last visit died while the model ran this restored draft: start with the model paused. */
  crashedInRun: boolean;
}

const STORAGE_TOO_SLOW =
  "Could not open the automatic copy of your scenario: this browser's storage did not answer. Automatic copies are off until Upstream is reloaded, so save the scenario to a file to keep your work.";

const isDraft = (value: unknown): value is ScenarioDraft => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Work another tab saved over before this browser stored it (draftJournal.ts)
 * goes to the library, never away; so does work a closed or crashed tab left
 * in its journal file, when a newer change is the one opened.
 */
async function keepSetAside(journal: JournalEntry, why: 'saved over' | 'left over'): Promise<string> {
  const because =
    why === 'saved over'
      ? `Unsaved work ${whenSaved(journal.savedAt)}, kept because another tab saved a newer version`
      : `Unsaved work ${whenSaved(journal.savedAt)} from another tab, kept because a newer change opened here`;
  const kept = await keepUnsavedWork(journal.draft, because);
  if (!kept.ok) return kept.reason;
  return why === 'saved over'
    ? `Your changes ${whenSaved(journal.savedAt)} were made on an older copy than another tab saved; they are in the library: “${because}”.`
    : `Changes another tab had not stored ${whenSaved(journal.savedAt)} are in the library: “${because}”.`;
}

/** The tab's journal file, written from a worker of its own; none where workers cannot start. */
function startJournalFile(tabId: string): JournalFileChannel | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('../../../workers/journal.worker.ts', import.meta.url), { type: 'module', name: 'upstream journal' });
  const api = wrap<JournalWorkerApi>(worker);
  void api.open(tabId);
  return { write: (text) => void api.write(text), clear: () => void api.clear() };
}

export async function loadStartingPoint(): Promise<StartingPoint> {
  const tabId = randomId();
  const autosave = new AutosaveStore(tabId, startJournalFile(tabId));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooSlow = new Promise<LatestFound>((resolve) => {
    timer = setTimeout(() => resolve({ latest: latestDraft(null, readJournal()), failure: { ok: false, kind: 'unavailable', reason: STORAGE_TOO_SLOW }, leftOver: [] }), STORAGE_WAIT_MS);
  });
  const { latest, failure, leftOver } = await Promise.race([autosave.loadLatest(), tooSlow]);
  clearTimeout(timer);
  const storageProblem = failure?.reason ?? null;
  const kept = [
    ...(latest?.setAside ? [await keepSetAside(latest.setAside, 'saved over')] : []),
    ...(await Promise.all(leftOver.map((entry) => keepSetAside(entry, 'left over')))),
  ];
  const news = kept.length > 0 ? kept.join(' ') : null;
  // What opens is already in IndexedDB (or nothing was found): the journal files read have been dealt with.
  if (!latest?.unstored && !failure) autosave.stored();
  if (latest && isDraft(latest.record.draft)) {
    const { draft, fileName, savedAt } = latest.record;
    return { draft, autosave, fileName, restoredFrom: savedAt, storageProblem, unstored: latest.unstored, news, crashedInRun: lastVisitCrashedInRun() };
  }
  const sample = await loadSample(startingSampleKey(location.search));
  return { draft: sample.draft, autosave, fileName: null, restoredFrom: null, storageProblem, unstored: false, news, crashedInRun: false };
}
