// The line under the scenario's name: its file, whether it has changed since
// it was opened or saved, and whether this browser holds a copy.
import { whenSaved } from '../../files/autosaveStore';
import type { AutosaveState } from './autosave';
import type { Files } from './files';
import type { FileState } from './fileTracker';

function lastEvent(state: FileState): string {
  const when = whenSaved(state.at);
  switch (state.event) {
    case 'opened':
      return `opened ${when}`;
    case 'saved':
      return `saved ${when}`;
    case 'downloaded':
      return `saved to your downloads ${when}`;
    case 'sample':
      return 'a sample';
    case 'restored':
      return `restored from this browser (last changed ${when})`;
  }
}

const COPY_WORDS: Record<AutosaveState['kind'], string> = {
  kept: 'kept in this browser',
  pending: 'keeping a copy in this browser…',
  failed: 'not kept in this browser',
  conflict: 'changed in another tab',
  off: 'not kept in this browser',
};

export function FileStatus(props: { files: Files }) {
  const state = () => props.files.tracker.state();
  const copy = () => props.files.autosave.state().kind;
  return (
    <p class="file-status">
      <span class="file-status__name" title={state().name ?? undefined}>{state().name ?? 'No file yet'}</span>
      <span class="file-status__change" data-unsaved={props.files.tracker.hasUnsavedChanges()}>
        {props.files.tracker.hasUnsavedChanges() ? 'unsaved changes' : lastEvent(state())}
      </span>
      <span class="file-status__copy" data-state={copy()}>
        {COPY_WORDS[copy()]}
      </span>
    </p>
  );
}
