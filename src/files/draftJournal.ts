// The journal: the latest draft written synchronously to localStorage on
// every change, beside the IndexedDB copy (autosaveStore.ts). An IndexedDB
// write finishes some milliseconds later, and one begun as the page unloads
// may never finish; localStorage is written before the next frame (a 1.8 MB
// draft took 7.7 ms, ENGINEERING.md) and survives a reload or a crashed tab.
// The same entry goes to the tab's journal file (journalFiles.ts), which
// also survives the browser being killed. On load the newest copy wins.
import type { DraftRecord } from './autosaveStore';

const JOURNAL_KEY = 'upstream.journal';

export interface JournalEntry {
  draft: unknown;
  fileName: string | null;
  /** When the change was made, as an ISO 8601 timestamp. */
  savedAt: string;
  /** The IndexedDB revision the writing tab had seen: the journal is that copy plus this change. */
  onRevision: number;
  tabId: string;
}

const isEntry = (value: unknown): value is JournalEntry =>
  typeof value === 'object' && value !== null && 'draft' in value && typeof (value as JournalEntry).onRevision === 'number' && typeof (value as JournalEntry).savedAt === 'string';

/** A journal entry from its text; null for anything else (an empty or damaged journal). */
export function parseJournal(text: string | null): JournalEntry | null {
  try {
    const parsed: unknown = text === null || text === '' ? null : JSON.parse(text);
    return isEntry(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The localStorage journal, or null when there is none or it cannot be read (then the IndexedDB copy is all there is). */
export function readJournal(): JournalEntry | null {
  try {
    return parseJournal(localStorage.getItem(JOURNAL_KEY));
  } catch {
    return null;
  }
}

/** The entry written last, of the journals found (the localStorage one and the journal files). */
export function newestJournal(entries: ReadonlyArray<JournalEntry | null>): JournalEntry | null {
  let newest: JournalEntry | null = null;
  for (const entry of entries) if (entry && (!newest || entry.savedAt > newest.savedAt)) newest = entry;
  return newest;
}

/**
 * Writes the journal (an entry's JSON text); false when localStorage refused
 * (5 MiB per origin, or storage turned off). A journal that could not be
 * brought up to date is removed, so an older change can never win over the
 * IndexedDB copy.
 */
export function writeJournal(text: string): boolean {
  try {
    localStorage.setItem(JOURNAL_KEY, text);
    return true;
  } catch {
    try {
      localStorage.removeItem(JOURNAL_KEY);
    } catch {
      // Nothing stored means nothing stale either.
    }
    return false;
  }
}

export type LatestDraft =
  /** The copy to open; `unstored` when IndexedDB does not have it yet. */
  | { record: DraftRecord | JournalEntry; unstored: boolean; setAside: null }
  /** Another tab saved over the copy this journal was built on: open theirs, and keep the journal's work elsewhere. */
  | { record: DraftRecord; unstored: false; setAside: JournalEntry };

/**
 * Which copy to open. From one tab, the later write wins (the journal is
 * written before each IndexedDB save begins, so a tie means the same draft or
 * a newer journal). From two tabs, the journal wins when it was written on
 * top of the stored revision; when another tab has since saved a revision the
 * journal's tab never saw, that copy opens and the journal's work is handed
 * back to be kept, never silently dropped.
 */
export function latestDraft(stored: DraftRecord | null, journal: JournalEntry | null): LatestDraft | null {
  if (!journal) return stored && { record: stored, unstored: false, setAside: null };
  if (!stored) return { record: journal, unstored: true, setAside: null };
  const journalNewer = journal.tabId === stored.tabId ? journal.savedAt >= stored.savedAt : journal.onRevision >= stored.revision;
  if (journalNewer) return { record: journal, unstored: true, setAside: null };
  const sameWork = journal.tabId === stored.tabId || JSON.stringify(journal.draft) === JSON.stringify(stored.draft);
  return sameWork ? { record: stored, unstored: false, setAside: null } : { record: stored, unstored: false, setAside: journal };
}
