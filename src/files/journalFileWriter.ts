// The journal file: each change written to a file of this tab's own in the
// origin private file system (OPFS), from a worker, where a synchronous
// access handle writes straight to the file. localStorage reaches the disk
// only when the browser process gets round to it, and an IndexedDB write
// needs round trips to that process, so a browser killed one frame after an
// edit lost it (4 in 50); a write here is in the operating system's hands
// within a millisecond or two of the edit, and survives the kill.

/** What the writer needs of a FileSystemSyncAccessHandle. */
export interface SyncFile {
  truncate(size: number): void;
  write(bytes: Uint8Array, options: { at: number }): number;
}

export class JournalFileWriter {
  /** The open file; null while opening, and for good when it could not be opened. */
  private file: SyncFile | null = null;
  private opening = true;
  private readonly opened: Promise<void>;

  /** `open` gives the file's handle; until it has, writes wait for it, in order. Without one, the journal file is off. */
  constructor(open: () => Promise<SyncFile>) {
    this.opened = open()
      .then(
        (file) => {
          this.file = file;
        },
        () => undefined,
      )
      .finally(() => {
        this.opening = false;
      });
  }

  /** Replaces the file's contents with `text`. No flush: a process kill leaves written data to the system, and fsync would cost milliseconds. */
  write(text: string): void {
    if (this.file) this.replace(this.file, new TextEncoder().encode(text));
    else if (this.opening) void this.opened.then(() => this.write(text));
  }

  /** Empties the file once IndexedDB holds the change: an empty journal file means nothing is waiting. */
  clear(): void {
    this.write('');
  }

  /** Waits until the file is open (or could not be). */
  ready(): Promise<void> {
    return this.opened;
  }

  private replace(file: SyncFile, bytes: Uint8Array): void {
    try {
      file.truncate(0);
      file.write(bytes, { at: 0 });
    } catch {
      // A full disk: the localStorage journal and IndexedDB still hold the change, and report their own failures.
    }
  }
}
