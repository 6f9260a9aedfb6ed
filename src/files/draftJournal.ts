// The journal: the latest draft written synchronously to localStorage on
// every change, beside the IndexedDB copy (autosaveStore.ts). An IndexedDB
// write finishes some milliseconds later, and one begun as the page unloads
// may never finish; localStorage is written before the next frame (a 1.8 MB
// draft took 7.7 ms, ENGINEERING.md) and survives a reload or a crashed tab.
// On load the newer of the two wins.
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

/** The journal, or null when there is none or it cannot be read (then the IndexedDB copy is all there is). */
export function readJournal(): JournalEntry | null {
  try {
    const text = localStorage.getItem(JOURNAL_KEY);
    const parsed: unknown = text === null ? null : JSON.parse(text);
    return isEntry(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Writes the journal; false when localStorage refused (5 MiB per origin, or
 * storage turned off). A journal that could not be brought up to date is
 * removed, so an older change can never win over the IndexedDB copy.
 */
export function writeJournal(entry: JournalEntry): boolean {
  try {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify(entry));
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
