// The header's Import button: opens the import dialog, and once figures are
// applied says so, with Undo in the header to take them back. The scenario
// keeps its file: importing figures is an edit like typing them.
import { createSignal, lazy, Show } from 'solid-js';
import type { ModelClient } from '../model/modelClient';
import type { ScenarioDraft } from '../store/draft';
import type { ScenarioStore } from '../store/scenarioStore';
// Loaded when first opened, with the spreadsheet reader behind it.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));

export interface ImportButtonProps {
  store: ScenarioStore;
  model: ModelClient;
  /** Shows news under the header (the files' messages). */
  tell: (text: string) => void;
}

export function ImportButton(props: ImportButtonProps) {
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import…
      </button>
      <Show when={open()}>
        <ImportDialog
          draft={props.store.draft}
          run={props.model.runOnce}
          onApply={(scenario, fileName) => {
            props.store.replace(scenario as ScenarioDraft);
            setOpen(false);
            props.tell(`Imported the figures from ${fileName}. Undo brings back the ones you had before.`);
          }}
          onClose={() => setOpen(false)}
        />
      </Show>
    </>
  );
}
