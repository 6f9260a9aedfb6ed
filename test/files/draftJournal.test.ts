// Which copy opens: the journals (localStorage, journal files) or the IndexedDB copy.
import { describe, expect, it } from 'vitest';
import type { DraftRecord } from '../../src/files/autosaveStore';
import { latestDraft, newestJournal, parseJournal, type JournalEntry } from '../../src/files/draftJournal';

const stored = (over: Partial<DraftRecord>): DraftRecord => ({ draft: { meta: { name: 'stored' } }, fileName: null, savedAt: '2026-03-01T10:00:00.000Z', revision: 5, tabId: 'A', ...over });
const journal = (over: Partial<JournalEntry>): JournalEntry => ({ draft: { meta: { name: 'journal' } }, fileName: null, savedAt: '2026-03-01T10:00:00.500Z', onRevision: 5, tabId: 'A', ...over });

describe('latestDraft', () => {
  it('opens whichever exists when only one does, and nothing when neither does', () => {
    expect(latestDraft(null, null)).toBeNull();
    expect(latestDraft(stored({}), null)).toEqual({ record: stored({}), unstored: false, setAside: null });
    expect(latestDraft(null, journal({}))).toEqual({ record: journal({}), unstored: true, setAside: null });
  });

  it('from one tab, the later write wins', () => {
    expect(latestDraft(stored({ revision: 6 }), journal({ onRevision: 5 }))?.record).toEqual(journal({ onRevision: 5 }));
    const olderJournal = journal({ savedAt: '2026-03-01T09:59:59.000Z' });
    expect(latestDraft(stored({}), olderJournal)).toEqual({ record: stored({}), unstored: false, setAside: null });
  });

  it('from two tabs, the journal wins only when it was written on top of the stored revision', () => {
    expect(latestDraft(stored({ tabId: 'B', revision: 5 }), journal({ onRevision: 5 }))?.unstored).toBe(true);
    const theirs = stored({ tabId: 'B', revision: 6, savedAt: '2026-03-01T09:00:00.000Z' });
    expect(latestDraft(theirs, journal({ onRevision: 5 }))).toEqual({ record: theirs, unstored: false, setAside: journal({ onRevision: 5 }) });
  });

  it('sets nothing aside when the other tab saved the same work', () => {
    const theirs = stored({ tabId: 'B', revision: 6, draft: { meta: { name: 'journal' } } });
    expect(latestDraft(theirs, journal({ onRevision: 5 }))?.setAside).toBeNull();
  });
});

describe('parseJournal and newestJournal', () => {
  it('reads an entry, and nothing from an empty, damaged or foreign text', () => {
    expect(parseJournal(JSON.stringify(journal({})))).toEqual(journal({}));
    for (const text of [null, '', '{', '{"draft":1}', '[]']) expect(parseJournal(text)).toBeNull();
  });

  it('picks the entry written last, wherever it was found', () => {
    const early = journal({ savedAt: '2026-03-01T10:00:00.100Z' });
    const late = journal({ savedAt: '2026-03-01T10:00:00.200Z', tabId: 'B' });
    expect(newestJournal([early, null, late])).toBe(late);
    expect(newestJournal([late, early])).toBe(late);
    expect(newestJournal([null, null])).toBeNull();
  });
});
