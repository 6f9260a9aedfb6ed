// One entry of the local library as it is stored, the write that stores it,
// and keeping unsaved work as an entry. Apart from library.ts, which checks
// entries as files are checked, so that keeping work at start-up does not
// bring the file validator onto the page.
import type { Scenario } from '../model';
import { LIBRARY_STORE, inTransaction, randomId, type StorageResult } from './browserDatabase';

export interface LibraryEntry {
  id: string;
  scenario: Scenario;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /**
   * Set when Upstream kept the scenario by itself ("Unsaved work from 14:32,
   * kept before opening victoria.upstream.json"). Such work is stored as
   * typed, half-typed values and all, and opens as a draft with its problems.
   */
  keptBecause?: string;
}

export function writeEntry(entry: LibraryEntry, doing: string): Promise<StorageResult<LibraryEntry>> {
  return inTransaction<LibraryEntry>(LIBRARY_STORE, 'readwrite', doing, (steps) => {
    steps.store.put(entry);
    steps.answer(entry);
  });
}

/** Keeps work that is about to leave the screen as a new entry, exactly as typed (it may not be valid yet). */
export function keepUnsavedWork(draft: unknown, keptBecause: string): Promise<StorageResult<LibraryEntry>> {
  const now = new Date().toISOString();
  return writeEntry({ id: randomId(), scenario: draft as Scenario, createdAt: now, updatedAt: now, keptBecause }, 'keep your unsaved work in the library');
}
