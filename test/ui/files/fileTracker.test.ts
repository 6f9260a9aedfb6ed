import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createFileTracker, type FileState } from '../../../src/ui/files/fileTracker';
import type { ScenarioDraft } from '../../../src/ui/store/draft';

const draftNamed = (name: string) => ({ meta: { name } }) as unknown as ScenarioDraft;

const fileState = (name: string | null, savedDraft: ScenarioDraft, event: FileState['event'] = 'opened'): FileState => ({
  name,
  handle: null,
  savedDraft,
  event,
  at: '2026-11-22T14:30:00.000Z',
});

/** A tracker over a draft the test sets by hand, as the store's edits, undo and redo would. */
function trackerOn(first: ScenarioDraft, state: FileState) {
  return createRoot(() => {
    const [draft, setDraft] = createSignal(first);
    return { tracker: createFileTracker(draft, state), show: (next: ScenarioDraft) => setDraft(() => next) };
  });
}

describe('the file the scenario belongs to', () => {
  it('has no unsaved changes until the draft changes, and none again once saved', () => {
    const opened = draftNamed('County');
    const { tracker, show } = trackerOn(opened, fileState('county.upstream.json', opened));
    expect(tracker.hasUnsavedChanges()).toBe(false);
    const edited = draftNamed('County, edited');
    show(edited);
    expect(tracker.hasUnsavedChanges()).toBe(true);
    tracker.saved(fileState('county.upstream.json', edited, 'saved'));
    expect(tracker.state()).toMatchObject({ name: 'county.upstream.json', event: 'saved' });
    expect(tracker.hasUnsavedChanges()).toBe(false);
  });

  it('goes with the draft through undo and redo of an open, unsaved changes and all', () => {
    const county = draftNamed('County');
    const { tracker, show } = trackerOn(county, fileState('county.upstream.json', county));
    const countyEdited = draftNamed('County, edited');
    show(countyEdited);

    const victoria = draftNamed('Victoria');
    tracker.switchTo(victoria, fileState('victoria.upstream.json', victoria));
    show(victoria);
    expect(tracker.state().name).toBe('victoria.upstream.json');
    expect(tracker.hasUnsavedChanges()).toBe(false);

    show(countyEdited); // Undo
    expect(tracker.state().name).toBe('county.upstream.json');
    expect(tracker.hasUnsavedChanges()).toBe(true);

    show(victoria); // Redo
    expect(tracker.state().name).toBe('victoria.upstream.json');
    expect(tracker.hasUnsavedChanges()).toBe(false);
  });

  it('records a save after undoing an open against the file that was open before, never the newer one', () => {
    const county = draftNamed('County');
    const { tracker, show } = trackerOn(county, fileState('county.upstream.json', county));
    const sample = draftNamed('Victoria sample');
    tracker.switchTo(sample, fileState(null, sample, 'sample'));
    show(sample);
    expect(tracker.state().name).toBeNull();

    show(county); // Undo
    tracker.saved(fileState('county copy.upstream.json', county, 'saved'));
    show(sample); // Redo
    expect(tracker.state()).toMatchObject({ name: null, event: 'sample' });
    show(county); // Undo again
    expect(tracker.state()).toMatchObject({ name: 'county copy.upstream.json', event: 'saved' });
  });
});
