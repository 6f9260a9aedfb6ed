// The journal file's worker: the only place a synchronous file handle can be
// had, so each change reaches the disk within a frame (journalFileWriter.ts).
import { expose } from 'comlink';
import { JournalFileWriter } from '../src/files/journalFileWriter';
import { openJournalFile } from '../src/files/journalFiles';

let writer: JournalFileWriter | null = null;

const api = {
  open(tabId: string): Promise<void> {
    writer = new JournalFileWriter(() => openJournalFile(tabId));
    return writer.ready();
  },
  write(text: string): void {
    writer?.write(text);
  },
  clear(): void {
    writer?.clear();
  },
};

export type JournalWorkerApi = typeof api;

expose(api);
