// What the file actions and the automatic copy have to tell the user, under
// the header: the choice when another tab saved a newer version, storage
// that is full or unavailable (until it works again), the last file
// action's news, and once, that files are the lasting copy. Also the
// dialogs, the drop zone and the file input that Open falls back on.
import { Show } from 'solid-js';
import { whenSaved } from '../../files/autosaveStore';
import { DropZone } from './DropZone';
import { FileDialogs } from './FileDialogs';
import type { Files } from './files';

export function FilesNotices(props: { files: Files; /** The welcome shows the storage note on the first visit. */ storageNoteElsewhere?: boolean }) {
  const { autosave, messages, scenarioFiles } = props.files;
  const state = autosave.state;
  const copyKept = () => ['kept', 'pending'].includes(state().kind);
  const conflictAt = () => {
    const now = state();
    return now.kind === 'conflict' ? now.savedAt : null;
  };
  const storageProblem = () => {
    const now = state();
    return now.kind === 'failed' || now.kind === 'off' ? now.reason : null;
  };
  return (
    <>
      <Show when={conflictAt()}>
        {(savedAt) => (
          <section class="files-notice files-notice--choice" role="alert" aria-label="Changed in another tab">
            <p>
              <strong>This scenario was changed in another tab {whenSaved(savedAt())}.</strong> Changes here are not being kept in this browser until you choose
              which version to keep.
            </p>
            <div class="files-notice__actions">
              <button type="button" class="primary" onClick={() => void autosave.openTheirs()}>
                Open the other tab's version
              </button>
              <button type="button" onClick={() => void autosave.keepMine()}>
                Keep this tab's version
              </button>
            </div>
          </section>
        )}
      </Show>
      <Show when={storageProblem()}>
        {(reason) => (
          <p class="files-notice files-notice--storage" role="status">
            {reason()} You can keep working.
          </p>
        )}
      </Show>
      <Show when={messages.message()}>
        {(message) => (
          <div class="files-notice" classList={{ 'files-notice--failed': message().failed }} role={message().failed ? 'alert' : 'status'}>
            <p>{message().text}</p>
            <button type="button" class="files-notice__dismiss" onClick={messages.dismiss}>
              Dismiss
            </button>
          </div>
        )}
      </Show>
      <Show when={!props.storageNoteElsewhere && props.files.storageNote()}>
        {(note) => (
          <div class="files-notice files-notice--note" role="note">
            <p>Upstream keeps your latest changes in this browser automatically. {note()}</p>
            <button type="button" class="files-notice__dismiss" onClick={props.files.readStorageNote}>
              Got it
            </button>
          </div>
        )}
      </Show>
      <FileDialogs files={scenarioFiles} copyKept={copyKept} />
      <DropZone onFile={(file) => void scenarioFiles.openFile(file, null)} onTooMany={() => messages.warn('Drop one scenario file at a time.')} />
      <input
        ref={scenarioFiles.setFileInput}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label="Open a scenario file"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so choosing the same file again opens it again.
          input.value = '';
          if (file) void scenarioFiles.openFile(file, null);
        }}
      />
    </>
  );
}
