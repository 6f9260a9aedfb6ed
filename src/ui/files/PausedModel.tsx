// After a visit that died while the model ran the restored draft (a worker
// out of memory can take the tab with it), the model waits: the user can fix
// the inputs and run it, or discard the draft, which is kept in the library.
import { Show } from 'solid-js';
import type { ModelClient } from '../model/modelClient';
import type { Files } from './files';
import { FIRST_SAMPLE, loadSample } from './samples';

export function PausedModel(props: { model: ModelClient; files: Files }) {
  async function discard(): Promise<void> {
    const opened = await props.files.scenarioFiles.openSample(await loadSample(FIRST_SAMPLE));
    if (opened) props.model.resume();
  }
  return (
    <Show when={props.model.paused()}>
      <div class="notice paused-model" role="alert" aria-label="The model is paused">
        <p>
          <strong>The model is paused.</strong> Upstream stopped last time while running this scenario (a very large one can use up the browser's
          memory). Your inputs are all here: fix them and run the model, or discard this draft (it is kept in the library).
        </p>
        <button type="button" class="primary" onClick={() => props.model.resume()}>
          Run the model
        </button>
        <button type="button" onClick={() => void discard()}>
          Discard this draft
        </button>
      </div>
    </Show>
  );
}
