// The local library: scenarios kept in this browser's IndexedDB, to list,
// open, duplicate, rename and delete (with undo). Files stay the durable
// copy; a browser may clear its storage (ENGINEERING.md).
import type { Problem } from '../model';
import { readScenario } from '../model';
import type { Scenario } from '../model';
import { LIBRARY_STORE, inTransaction, randomId, type StorageFailure, type StorageResult } from './browserDatabase';
import { writeEntry, type LibraryEntry } from './libraryEntries';

/** A line of the library list: the name and area come from the scenario's details. */
export interface LibrarySummary {
  id: string;
  name: string;
  area: string | null;
  updatedAt: string;
  keptBecause: string | null;
}

/** Hand it back to restoreScenario to undo a delete. */
export interface LibraryUndo {
  readonly entry: LibraryEntry;
}

export type LibraryFailure = StorageFailure | { ok: false; kind: 'missing'; reason: string } | { ok: false; kind: 'invalid'; reason: string; problems: Problem[] };
export type LibraryResult<T> = { ok: true; value: T } | LibraryFailure;

const MISSING: LibraryFailure = { ok: false, kind: 'missing', reason: 'That scenario is no longer in the library; it may have been deleted in another tab.' };

/** Stored entries are checked like files, so an entry from an older Upstream is migrated on the way out. */
function checked(stored: LibraryEntry): LibraryResult<LibraryEntry> {
  const read = readScenario(stored.scenario);
  if (read.ok) return { ok: true, value: { ...stored, scenario: read.scenario } };
  if (stored.keptBecause) return { ok: true, value: stored };
  return { ok: false, kind: 'invalid', reason: 'This library entry is not a scenario Upstream can open.', problems: read.problems };
}

function summaryOf(entry: LibraryEntry): LibrarySummary {
  const meta = entry.scenario?.meta;
  return {
    id: entry.id,
    name: typeof meta?.name === 'string' ? meta.name : '(no name)',
    area: typeof meta?.area === 'string' ? meta.area : null,
    updatedAt: entry.updatedAt,
    keptBecause: entry.keptBecause ?? null,
  };
}

/** Every scenario in the library, most recently changed first. */
export async function listScenarios(): Promise<StorageResult<LibrarySummary[]>> {
  const listed = await inTransaction<LibraryEntry[]>(LIBRARY_STORE, 'readonly', 'list the scenarios in the library', (steps) => {
    steps.read(steps.store.getAll(), (entries: LibraryEntry[]) => steps.answer(entries));
  });
  if (!listed.ok) return listed;
  return { ok: true, value: listed.value.map(summaryOf).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
}

function storedEntry(id: string, doing: string): Promise<StorageResult<LibraryEntry | undefined>> {
  return inTransaction<LibraryEntry | undefined>(LIBRARY_STORE, 'readonly', doing, (steps) => {
    steps.read(steps.store.get(id), (entry: LibraryEntry | undefined) => steps.answer(entry));
  });
}

async function checkedEntry(id: string, doing: string): Promise<LibraryResult<LibraryEntry>> {
  const got = await storedEntry(id, doing);
  if (!got.ok) return got;
  return got.value ? checked(got.value) : MISSING;
}

export function getScenario(id: string): Promise<LibraryResult<LibraryEntry>> {
  return checkedEntry(id, 'open the scenario from the library');
}

/**
 * Puts a scenario in the library: a new entry without an id, otherwise it
 * replaces that entry's scenario, keeping when it was first added (and
 * adding it again if another tab deleted it meanwhile).
 */
export async function putScenario(scenario: Scenario, id?: string): Promise<StorageResult<LibraryEntry>> {
  const now = new Date().toISOString();
  if (id === undefined) return writeEntry({ id: randomId(), scenario, createdAt: now, updatedAt: now }, 'add the scenario to the library');
  const existing = await storedEntry(id, 'save the scenario in the library');
  if (!existing.ok) return existing;
  return writeEntry({ id, scenario, createdAt: existing.value?.createdAt ?? now, updatedAt: now }, 'save the scenario in the library');
}

/** A scenario with a new name, checked like a file (a name is 1 to 200 characters). */
function renamed(scenario: Scenario, name: string): LibraryResult<Scenario> {
  const read = readScenario({ ...scenario, meta: { ...scenario.meta, name } });
  if (read.ok) return { ok: true, value: read.scenario };
  return { ok: false, kind: 'invalid', reason: read.problems.map((p) => `The name ${p.message}`).join(' '), problems: read.problems };
}

export async function renameScenario(id: string, name: string): Promise<LibraryResult<LibraryEntry>> {
  const existing = await checkedEntry(id, 'rename the scenario');
  if (!existing.ok) return existing;
  const scenario = renamed(existing.value.scenario, name);
  if (!scenario.ok) return scenario;
  return writeEntry({ ...existing.value, scenario: scenario.value, updatedAt: new Date().toISOString() }, 'rename the scenario');
}

/** A copy as a new entry, named "NAME (copy)" unless a name is given. */
export async function duplicateScenario(id: string, name?: string): Promise<LibraryResult<LibraryEntry>> {
  const existing = await checkedEntry(id, 'duplicate the scenario');
  if (!existing.ok) return existing;
  const scenario = renamed(existing.value.scenario, name ?? `${existing.value.scenario.meta.name} (copy)`.slice(0, 200));
  if (!scenario.ok) return scenario;
  return putScenario(scenario.value);
}

/** Deletes an entry and hands back what restoreScenario needs to undo it. */
export async function deleteScenario(id: string): Promise<LibraryResult<LibraryUndo>> {
  const deleted = await inTransaction<LibraryEntry | undefined>(LIBRARY_STORE, 'readwrite', 'delete the scenario from the library', (steps) => {
    steps.read(steps.store.get(id), (entry: LibraryEntry | undefined) => {
      if (!entry) return;
      steps.store.delete(id);
      steps.answer(entry);
    });
  });
  if (!deleted.ok) return deleted;
  return deleted.value ? { ok: true, value: { entry: deleted.value } } : MISSING;
}

/** Undoes a delete: the entry comes back exactly as it was, under the same id. */
export function restoreScenario(undo: LibraryUndo): Promise<StorageResult<LibraryEntry>> {
  return writeEntry(undo.entry, 'put the scenario back in the library');
}
