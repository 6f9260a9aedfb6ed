// The dialogs of the file actions: a file that could not be opened, a
// scenario that cannot be saved yet (each with every problem by its place),
// and the list of samples.
import { createResource, For, Match, Show, Switch } from 'solid-js';
import type { Problem } from '../../model';
import { problemInWords } from '../grids/pathWords';
import { ModalDialog } from '../dialog/ModalDialog';
import { loadSamples } from './samples';
import type { FilesDialog, ScenarioFiles } from './scenarioFiles';

/** Each problem by its place in words ('Service 3 "Home care", level'), its path in the file beside it. */
function ProblemList(props: { problems: Problem[]; content: unknown }) {
  return (
    <ul class="files-dialog__problems">
      <For each={props.problems}>{(problem) => <li>{problemInWords(problem, props.content)}</li>}</For>
    </ul>
  );
}

const theProblems = (count: number) => (count === 1 ? 'the problem' : `the ${count} problems`);

function SampleList(props: { files: ScenarioFiles }) {
  const [samples] = createResource(loadSamples);
  return (
    <div class="files-message">
      <p>Each opens in place of the scenario on screen; Undo brings that back.</p>
      <Show when={!samples.error} fallback={<p role="alert">Could not load the samples: {String(samples.error)}</p>}>
        <Show when={samples()} fallback={<p>Loading the samples…</p>}>
          {(list) => (
            <ul class="files-samples">
              <For each={list()}>
                {(sample) => (
                  <li>
                    <button
                      type="button"
                      class="files-samples__choice"
                      onClick={() => {
                        props.files.closeDialog();
                        void props.files.openSample(sample);
                      }}
                    >
                      <span class="files-samples__name">{sample.name}</span>
                      <Show when={sample.area}>{(area) => <span class="files-samples__area">{area()}</span>}</Show>
                    </button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
      </Show>
    </div>
  );
}

export function FileDialogs(props: { files: ScenarioFiles; copyKept: () => boolean }) {
  const shown = <K extends FilesDialog['kind']>(kind: K) => {
    const dialog = props.files.dialog();
    return dialog?.kind === kind ? (dialog as Extract<FilesDialog, { kind: K }>) : null;
  };
  return (
    <Switch>
      <Match when={shown('cannotOpen')}>
        {(dialog) => (
          <ModalDialog title={`Could not open ${dialog().fileName}`} size="small" problem onClose={props.files.closeDialog}>
            <div class="files-message">
              <p>Nothing has changed: the scenario you had open is just as it was. Fix {theProblems(dialog().problems.length)} in the file, each shown by its place, and open it again.</p>
              <ProblemList problems={dialog().problems} content={dialog().content} />
            </div>
          </ModalDialog>
        )}
      </Match>
      <Match when={shown('cannotSave')}>
        {(dialog) => (
          <ModalDialog title={`Fix ${theProblems(dialog().problems.length)} before saving`} size="small" problem onClose={props.files.closeDialog}>
            <div class="files-message">
              <p>
                Upstream would refuse to open a file with {dialog().problems.length === 1 ? 'this problem' : 'these problems'}, so it has not saved one. Nothing is lost: your
                changes stay here{props.copyKept() ? ', and this browser keeps a copy of them' : ''}. The inputs panel marks each one.
              </p>
              <ProblemList problems={dialog().problems} content={dialog().content} />
            </div>
          </ModalDialog>
        )}
      </Match>
      <Match when={shown('samples')}>
        <ModalDialog
          title="Open a sample"
          size="small"
          onClose={props.files.closeDialog}
          footer={
            <button type="button" onClick={() => props.files.closeDialog()}>
              Cancel
            </button>
          }
        >
          <SampleList files={props.files} />
        </ModalDialog>
      </Match>
    </Switch>
  );
}
