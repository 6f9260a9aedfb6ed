// The folder of journal files in the origin private file system: one file a
// tab, named by its id, holding the change IndexedDB does not have yet (and
// empty once it has). journalFileWriter.ts writes a tab's own file from a
// worker; the app reads them all at start-up and removes those it has dealt
// with. A live tab's file is locked by its writer and can be neither read
// nor removed, which is right: that tab still keeps its own work.
import { parseJournal, type JournalEntry } from './draftJournal';
import type { SyncFile } from './journalFileWriter';

const FOLDER = 'journals';
const SUFFIX = '.json';

export interface JournalFile {
  name: string;
  /** Null for an empty file (its tab stored everything) or a damaged one. */
  entry: JournalEntry | null;
}

async function folder(): Promise<FileSystemDirectoryHandle | null> {
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(FOLDER, { create: true });
  } catch {
    // No private file system here (an old browser, storage turned off): the other two copies remain.
    return null;
  }
}

/** Opens this tab's file for writing; only a worker can (FileSystemSyncAccessHandle). */
export async function openJournalFile(tabId: string): Promise<SyncFile> {
  const dir = await folder();
  if (!dir) throw new Error('No private file system');
  const handle = (await dir.getFileHandle(`${tabId}${SUFFIX}`, { create: true })) as FileSystemFileHandle & {
    createSyncAccessHandle(): Promise<SyncFile>;
  };
  return handle.createSyncAccessHandle();
}

/** Every journal file that can be read (a live tab's is locked, and passed over). */
export async function readJournalFiles(): Promise<JournalFile[]> {
  const dir = await folder();
  if (!dir) return [];
  const found: JournalFile[] = [];
  for await (const [name, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
    if (handle.kind !== 'file' || !name.endsWith(SUFFIX)) continue;
    try {
      found.push({ name, entry: parseJournal(await (await (handle as FileSystemFileHandle).getFile()).text()) });
    } catch {
      // Locked by a live tab's writer.
    }
  }
  return found;
}

/** Removes files the app has dealt with; a file a live tab holds stays. */
export async function removeJournalFiles(names: readonly string[]): Promise<void> {
  const dir = await folder();
  if (!dir) return;
  await Promise.all(names.map((name) => dir.removeEntry(name).catch(() => undefined)));
}
