// The journal file's writer: writes wait for the file to open and land in
// order; an empty file means nothing waits; no file means no journal file.
import { describe, expect, it } from 'vitest';
import { JournalFileWriter, type SyncFile } from '../../src/files/journalFileWriter';

/** A file in memory, as a FileSystemSyncAccessHandle would hold it. */
function memoryFile(): SyncFile & { text: () => string } {
  let bytes = new Uint8Array(0);
  return {
    truncate: (size) => {
      bytes = bytes.slice(0, size);
    },
    write: (data, { at }) => {
      const next = new Uint8Array(Math.max(bytes.length, at + data.length));
      next.set(bytes);
      next.set(data, at);
      bytes = next;
      return data.length;
    },
    text: () => new TextDecoder().decode(bytes),
  };
}

describe('JournalFileWriter', () => {
  it('writes at once once the file is open, each write replacing the last', async () => {
    const file = memoryFile();
    const writer = new JournalFileWriter(async () => file);
    await writer.ready();
    writer.write('{"a":"a longer first entry"}');
    expect(file.text()).toBe('{"a":"a longer first entry"}');
    writer.write('{"b":2}');
    expect(file.text()).toBe('{"b":2}');
    writer.clear();
    expect(file.text()).toBe('');
  });

  it('keeps writes made before the file opened, in order', async () => {
    const file = memoryFile();
    let open!: () => void;
    const writer = new JournalFileWriter(() => new Promise<SyncFile>((resolve) => (open = () => resolve(file))));
    writer.write('first');
    writer.write('second');
    expect(file.text()).toBe('');
    open();
    await writer.ready();
    await Promise.resolve();
    expect(file.text()).toBe('second');
  });

  it('does nothing, and throws nothing, when the file cannot be opened or written', async () => {
    const refused = new JournalFileWriter(() => Promise.reject(new Error('No private file system')));
    await refused.ready();
    expect(() => refused.write('x')).not.toThrow();
    const full = new JournalFileWriter(async () => ({
      truncate: () => undefined,
      write: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    }));
    await full.ready();
    expect(() => full.write('x')).not.toThrow();
  });
});
