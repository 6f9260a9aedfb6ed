// What the app opens with: the automatic copy from this browser's storage,
// exactly as it was left (half-typed values and all), or else the first
// sample (or the one the address names). Storage that cannot be read turns autosave off for the visit, so
// a copy the user has not seen is never written over.
import { AutosaveStore } from '../../files/autosaveStore';
import type { ScenarioDraft } from '../store/draft';
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
}

const STORAGE_TOO_SLOW =
  "Could not open the automatic copy of your scenario: this browser's storage did not answer. Automatic copies are off until Upstream is reloaded, so save the scenario to a file to keep your work.";

const isDraft = (value: unknown): value is ScenarioDraft => typeof value === 'object' && value !== null && !Array.isArray(value);

export async function loadStartingPoint(): Promise<StartingPoint> {
  const autosave = new AutosaveStore();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooSlow = new Promise<{ ok: false; reason: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: STORAGE_TOO_SLOW }), STORAGE_WAIT_MS);
  });
  const loaded = await Promise.race([autosave.loadDraft(), tooSlow]);
  clearTimeout(timer);
  if (loaded.ok && loaded.value && isDraft(loaded.value.draft)) {
    const { draft, fileName, savedAt } = loaded.value;
    return { draft, autosave, fileName, restoredFrom: savedAt, storageProblem: null };
  }
  const sample = await loadSample(startingSampleKey(location.search));
  return { draft: sample.draft, autosave, fileName: null, restoredFrom: null, storageProblem: loaded.ok ? null : loaded.reason };
}
